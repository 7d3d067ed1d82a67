#include "merge/cameracomparison.h"

#include "domain/camerafilter.h"
#include "domain/direction.h"

#include <cmath>
#include <QCoreApplication>

namespace nadzor::merge {

namespace {
constexpr double directionTolerance = 30.0; // degrees
constexpr double heightTolerance = 1.0;     // metres

QString degrees(double value)
{
    return QString::number(value, 'g', 4) + QChar(0x00B0);
}
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

void CameraComparison::text(const QString &label, const QString &a, const QString &b, double weight, bool strong)
{
    const QString ta = a.trimmed();
    const QString tb = b.trimmed();
    if (ta.isEmpty() || tb.isEmpty())
        return;
    m_compared += weight;
    if (domain::CameraFilter::fold(ta) == domain::CameraFilter::fold(tb)) {
        m_agreed += weight;
        m_agreements << QCoreApplication::translate("nadzor::merge", "same %1 (%2)").arg(label, tb);
    } else {
        m_conflicts << QCoreApplication::translate("nadzor::merge", "different %1 (%2 / %3)").arg(label, ta, tb);
        if (strong)
            m_strongConflict = true;
    }
}

CameraComparison CameraComparison::compare(const domain::Camera &incoming, const domain::Camera &existing)
{
    CameraComparison c;
    c.m_sameUuid = !incoming.uuid.isEmpty() && incoming.uuid == existing.uuid;
    c.text(QStringLiteral("manufacturer"), incoming.manufacturer, existing.manufacturer, 2.0, true);
    c.text(QStringLiteral("camera:type"), incoming.cameraType, existing.cameraType, 2.0, true);

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
    c.text(QStringLiteral("model"), incoming.model, existing.model, 1.0, true);
    c.text(QStringLiteral("camera:mount"), incoming.cameraMount, existing.cameraMount, 1.0, true);
    c.text(QStringLiteral("surveillance:type"), incoming.surveillanceType, existing.surveillanceType, 1.0, false);
    c.text(QStringLiteral("operator"), incoming.operatorName, existing.operatorName, 1.0, false);
    c.text(QStringLiteral("surveillance:zone"), incoming.surveillanceZone, existing.surveillanceZone, 0.5, false);
    if (incoming.height && existing.height) {
        c.m_compared += 0.5;
        if (std::abs(*incoming.height - *existing.height) <= heightTolerance) {
            c.m_agreed += 0.5;
            c.m_agreements << QCoreApplication::translate("nadzor::merge", "height within 1 m");
        } else {
            c.m_conflicts << QCoreApplication::translate("nadzor::merge", "different height (%1 m / %2 m)").arg(*incoming.height).arg(*existing.height);
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
