#pragma once
// Which cameras an analysis counts: "only Dahua", "only face recognition", "only verified",
// a date range, an operator, a type, text in the notes... Every field that is set narrows the
// selection (AND across fields, OR within a field's list of values).
//
// The default filter counts every camera whose verification status is not `removed`: a camera
// that volunteers marked as taken down is history, not surveillance, and must not inflate a
// density. Set statuses explicitly (e.g. {Removed}) to look at removed cameras.
#include "domain/camera.h"
#include "domain/result.h"
#include "domain/site.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace nadzor::domain {

class CameraFilter {
public:
    CameraFilter();

    // Each list is "any of" (case-insensitive, diacritic-insensitive); empty means no condition.
    QStringList manufacturers;     // manufacturer
    QStringList operators;         // operator
    QStringList surveillanceTypes; // surveillance:type
    QStringList zones;             // surveillance:zone
    QStringList sources;           // source
    QList<FaceRecognition> faceRecognition;  // empty: any
    QList<VerificationStatus> statuses;      // default: unverified, verified, disputed
    QDate observedFrom;            // inclusive; a camera without a date fails a date condition
    QDate observedTo;              // inclusive
    QString text;                  // in notes, address, model, manufacturer or operator, or in the
                                   // labels of the OSM values in the installed language
                                   // ("kupola" / "купола" for camera:type=dome; OsmValueLabels)

    // Whether a camera hanging at a site passes.
    bool matches(const Site &site, const Camera &camera) const;
    // Whether the filter is the default one (it passes every camera that is not removed).
    bool isEmpty() const;
    // Human text for a report's methodology: "manufacturer = Dahua; face recognition =
    // confirmed; observed 2024-01-01 to 2024-12-31". The default filter describes itself as
    // "all cameras except those marked removed".
    QString describe() const;

    // Parses `--filter` expressions: key=value[,value...]. Keys: manufacturer, operator, type,
    // zone, source, face, status, from, to, text. Repeating a key adds values to its list
    // (from, to and text take one value). Errors name the expression at fault.
    static Result<CameraFilter> parse(const QStringList &expressions);
    // The keys parse() accepts, for help texts.
    static QStringList keys();

    // Lower case without diacritics ("Osečina" -> "osecina", "Đ" -> "dj"): how the filter
    // compares text.
    static QString fold(const QString &text);

private:
    static bool anyOf(const QStringList &wanted, const QString &value);
};

} // namespace nadzor::domain
