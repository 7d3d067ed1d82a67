#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace nadzor::domain {

// Whether a camera is known to do face recognition.
enum class FaceRecognition { Unknown, No, Suspected, Confirmed };

// Where a camera stands in review.
enum class VerificationStatus { Unverified, Verified, Disputed, Removed };

// Stable lower-case keys, as stored in the project file and written to exports.
QString toKey(FaceRecognition value);
QString toKey(VerificationStatus value);
std::optional<FaceRecognition> faceRecognitionFromKey(const QString &key);
std::optional<VerificationStatus> verificationStatusFromKey(const QString &key);
QStringList faceRecognitionKeys();
QStringList verificationStatusKeys();
// Translated labels for people ("Verified", "Face recognition suspected"), context "nadzor::domain".
QString displayName(FaceRecognition value);
QString displayName(VerificationStatus value);

// Pick lists of the OpenStreetMap values (https://wiki.openstreetmap.org/wiki/Key:surveillance).
QStringList osmSurveillanceValues();      // surveillance=*
QStringList osmSurveillanceTypeValues();  // surveillance:type=*
QStringList osmSurveillanceZoneValues();  // surveillance:zone=*
QStringList osmCameraTypeValues();        // camera:type=*
QStringList osmCameraMountValues();       // camera:mount=*

} // namespace nadzor::domain
