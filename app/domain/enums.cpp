#include "domain/enums.h"

#include <QCoreApplication>

namespace nadzor::domain {

QString toKey(FaceRecognition value)
{
    switch (value) {
    case FaceRecognition::No: return QStringLiteral("no");
    case FaceRecognition::Suspected: return QStringLiteral("suspected");
    case FaceRecognition::Confirmed: return QStringLiteral("confirmed");
    case FaceRecognition::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toKey(VerificationStatus value)
{
    switch (value) {
    case VerificationStatus::Verified: return QStringLiteral("verified");
    case VerificationStatus::Disputed: return QStringLiteral("disputed");
    case VerificationStatus::Removed: return QStringLiteral("removed");
    case VerificationStatus::Unverified: break;
    }
    return QStringLiteral("unverified");
}

std::optional<FaceRecognition> faceRecognitionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("unknown") || k.isEmpty()) return FaceRecognition::Unknown;
    if (k == QLatin1String("no")) return FaceRecognition::No;
    if (k == QLatin1String("suspected")) return FaceRecognition::Suspected;
    if (k == QLatin1String("confirmed") || k == QLatin1String("yes")) return FaceRecognition::Confirmed;
    return std::nullopt;
}

std::optional<VerificationStatus> verificationStatusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("unverified") || k.isEmpty()) return VerificationStatus::Unverified;
    if (k == QLatin1String("verified")) return VerificationStatus::Verified;
    if (k == QLatin1String("disputed")) return VerificationStatus::Disputed;
    if (k == QLatin1String("removed")) return VerificationStatus::Removed;
    return std::nullopt;
}

QString displayName(FaceRecognition value)
{
    switch (value) {
    case FaceRecognition::No: return QCoreApplication::translate("nadzor::domain", "No face recognition");
    case FaceRecognition::Suspected: return QCoreApplication::translate("nadzor::domain", "Face recognition suspected");
    case FaceRecognition::Confirmed: return QCoreApplication::translate("nadzor::domain", "Face recognition confirmed");
    case FaceRecognition::Unknown: break;
    }
    return QCoreApplication::translate("nadzor::domain", "Face recognition unknown");
}

QString displayName(VerificationStatus value)
{
    switch (value) {
    case VerificationStatus::Verified: return QCoreApplication::translate("nadzor::domain", "Verified");
    case VerificationStatus::Disputed: return QCoreApplication::translate("nadzor::domain", "Disputed");
    case VerificationStatus::Removed: return QCoreApplication::translate("nadzor::domain", "Removed");
    case VerificationStatus::Unverified: break;
    }
    return QCoreApplication::translate("nadzor::domain", "Unverified");
}

QStringList faceRecognitionKeys()
{
    return {QStringLiteral("unknown"), QStringLiteral("no"), QStringLiteral("suspected"),
            QStringLiteral("confirmed")};
}

QStringList verificationStatusKeys()
{
    return {QStringLiteral("unverified"), QStringLiteral("verified"), QStringLiteral("disputed"),
            QStringLiteral("removed")};
}

QStringList osmSurveillanceValues()
{
    return {QStringLiteral("public"), QStringLiteral("outdoor"), QStringLiteral("indoor")};
}

QStringList osmSurveillanceTypeValues()
{
    return {QStringLiteral("camera"), QStringLiteral("ALPR"), QStringLiteral("guard"),
            QStringLiteral("gunshot_detector"), QStringLiteral("speed_camera"),
            QStringLiteral("red_light_camera")};
}

QStringList osmSurveillanceZoneValues()
{
    return {QStringLiteral("town"), QStringLiteral("traffic"), QStringLiteral("parking"),
            QStringLiteral("shop"), QStringLiteral("building"), QStringLiteral("area"),
            QStringLiteral("street"), QStringLiteral("public"), QStringLiteral("entrance"),
            QStringLiteral("bank"), QStringLiteral("atm"), QStringLiteral("school")};
}

QStringList osmCameraTypeValues()
{
    return {QStringLiteral("fixed"), QStringLiteral("dome"), QStringLiteral("panning")};
}

QStringList osmCameraMountValues()
{
    return {QStringLiteral("wall"), QStringLiteral("pole"), QStringLiteral("ceiling"),
            QStringLiteral("street_lamp"), QStringLiteral("traffic_signal"),
            QStringLiteral("building"), QStringLiteral("gantry"), QStringLiteral("bridge"),
            QStringLiteral("mast")};
}

} // namespace nadzor::domain
