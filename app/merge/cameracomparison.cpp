#include "merge/cameracomparison.h"

#include "domain/camerafilter.h"
#include "domain/direction.h"
#include "domain/osmvaluelabels.h"

#include <cmath>
#include <QCoreApplication>
#include <QLocale>

namespace nadzor::merge {

namespace {
constexpr double directionTolerance = 30.0; // degrees
constexpr double heightTolerance = 1.0;     // metres

// An angle in the installed language's number format ("12,5°" in Serbian).
QString degrees(double value)
{
    return QLocale().toString(value, 'g', 4) + QChar(0x00B0);
}

// A height in metres in the installed language's number format.
QString metres(double value)
{
    return QLocale().toString(value, 'g', 4);
}

// What two values of a compared field are called for people: a whole message per field and
// outcome, so a translation can make the adjective agree with the field's noun ("isti
// proizvođač", "ista zona").
struct FieldText {
    const char *same;       // %1: the value
    const char *different;  // %1 / %2: the incoming and the existing value
};

const FieldText kManufacturer = {QT_TRANSLATE_NOOP("nadzor::merge", "same manufacturer (%1)"),
                                 QT_TRANSLATE_NOOP("nadzor::merge", "different manufacturer (%1 / %2)")};
const FieldText kCameraType = {QT_TRANSLATE_NOOP("nadzor::merge", "same camera type (%1)"),
                               QT_TRANSLATE_NOOP("nadzor::merge", "different camera type (%1 / %2)")};
const FieldText kModel = {QT_TRANSLATE_NOOP("nadzor::merge", "same model (%1)"),
                          QT_TRANSLATE_NOOP("nadzor::merge", "different model (%1 / %2)")};
const FieldText kMount = {QT_TRANSLATE_NOOP("nadzor::merge", "same mount (%1)"),
                          QT_TRANSLATE_NOOP("nadzor::merge", "different mount (%1 / %2)")};
const FieldText kType = {QT_TRANSLATE_NOOP("nadzor::merge", "same surveillance type (%1)"),
                         QT_TRANSLATE_NOOP("nadzor::merge", "different surveillance type (%1 / %2)")};
const FieldText kOperator = {QT_TRANSLATE_NOOP("nadzor::merge", "same operator (%1)"),
                             QT_TRANSLATE_NOOP("nadzor::merge", "different operator (%1 / %2)")};
const FieldText kZone = {QT_TRANSLATE_NOOP("nadzor::merge", "same zone (%1)"),
                         QT_TRANSLATE_NOOP("nadzor::merge", "different zone (%1 / %2)")};
} // namespace

double CameraComparison::directionGap(const QString &a, const QString &b)
{
    const auto da = domain::Direction::parse(a);
    const auto db = domain::Direction::parse(b);
    if (!da || !db || da->isEmpty() || db->isEmpty())
        return -1.0;
    double best = 360.0;
    for (const domain::DirectionRange &ra : da->ranges()) {
        for (const domain::DirectionRange &rb : db->ranges()) {
            double gap = std::fmod(std::abs(ra.centre() - rb.centre()), 360.0);
            if (gap > 180.0)
                gap = 360.0 - gap;
            best = std::min(best, gap);
        }
    }
    return best;
}

void CameraComparison::text(const char *same, const char *different, const QString &osmKey, const QString &a,
                            const QString &b, double weight, bool strong)
{
    const QString ta = a.trimmed();
    const QString tb = b.trimmed();
    if (ta.isEmpty() || tb.isEmpty())
        return;
    m_compared += weight;
    // OSM values by their labels in the installed language; free text as it is.
    const auto shown = [&osmKey](const QString &value) {
        return osmKey.isEmpty() ? value : domain::OsmValueLabels::label(osmKey, value);
    };
    if (domain::CameraFilter::fold(ta) == domain::CameraFilter::fold(tb)) {
        m_agreed += weight;
        m_agreements << QCoreApplication::translate("nadzor::merge", same).arg(shown(tb));
    } else {
        m_conflicts << QCoreApplication::translate("nadzor::merge", different).arg(shown(ta), shown(tb));
        if (strong)
            m_strongConflict = true;
    }
}

CameraComparison CameraComparison::compare(const domain::Camera &incoming, const domain::Camera &existing)
{
    CameraComparison c;
    c.m_sameUuid = !incoming.uuid.isEmpty() && incoming.uuid == existing.uuid;
    using domain::OsmValueLabels;
    c.text(kManufacturer.same, kManufacturer.different, QString(), incoming.manufacturer, existing.manufacturer, 2.0, true);
    c.text(kCameraType.same, kCameraType.different, OsmValueLabels::cameraType(), incoming.cameraType, existing.cameraType, 2.0, true);

    const double gap = directionGap(incoming.direction, existing.direction);
    if (gap >= 0.0) {
        c.m_compared += 2.0;
        const QString both = QStringLiteral("%1 / %2").arg(incoming.direction.trimmed(), existing.direction.trimmed());
        if (gap <= directionTolerance) {
            c.m_agreed += 2.0;
            c.m_agreements << QCoreApplication::translate("nadzor::merge", "direction within 30%1 (%2, %3 apart)").arg(QChar(0x00B0), both, degrees(gap));
        } else {
            c.m_conflicts << QCoreApplication::translate("nadzor::merge", "different direction (%1, %2 apart)").arg(both, degrees(gap));
            c.m_strongConflict = true;
        }
    }
    c.text(kModel.same, kModel.different, QString(), incoming.model, existing.model, 1.0, true);
    c.text(kMount.same, kMount.different, OsmValueLabels::cameraMount(), incoming.cameraMount, existing.cameraMount, 1.0, true);
    c.text(kType.same, kType.different, OsmValueLabels::surveillanceType(), incoming.surveillanceType, existing.surveillanceType, 1.0, false);
    c.text(kOperator.same, kOperator.different, QString(), incoming.operatorName, existing.operatorName, 1.0, false);
    c.text(kZone.same, kZone.different, OsmValueLabels::surveillanceZone(), incoming.surveillanceZone, existing.surveillanceZone, 0.5, false);
    if (incoming.height && existing.height) {
        c.m_compared += 0.5;
        if (std::abs(*incoming.height - *existing.height) <= heightTolerance) {
            c.m_agreed += 0.5;
            c.m_agreements << QCoreApplication::translate("nadzor::merge", "height within 1 m");
        } else {
            c.m_conflicts << QCoreApplication::translate("nadzor::merge", "different height (%1 m / %2 m)")
                                 .arg(metres(*incoming.height), metres(*existing.height));
        }
    }
    return c;
}

double CameraComparison::similarity() const
{
    if (m_sameUuid)
        return 1.0;
    if (m_compared <= 0.0)
        return 0.5;
    return m_agreed / m_compared;
}

} // namespace nadzor::merge
