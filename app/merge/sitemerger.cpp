#include "merge/sitemerger.h"

#include "domain/camerafilter.h"
#include "domain/osmvaluelabels.h"
#include "merge/cameracomparison.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace nadzor::merge {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return domain::CameraFilter::fold(a.trimmed()) == domain::CameraFilter::fold(b.trimmed());
}

} // namespace

void SiteMerger::fillText(QString &target, const QString &incoming, const QString &what, bool join,
                          const QString &osmKey)
{
    const QString in = incoming.trimmed();
    if (in.isEmpty() || sameText(target, in))
        return;
    if (target.trimmed().isEmpty()) {
        target = incoming;
        m_changed = true;
    } else if (join) {
        if (!target.contains(in)) {
            target = target + QLatin1Char('\n') + incoming;
            m_changed = true;
        }
    } else {
        const auto shown = [&osmKey](const QString &value) {
            return osmKey.isEmpty() ? value : domain::OsmValueLabels::label(osmKey, value.trimmed());
        };
        m_notes << QCoreApplication::translate("nadzor::merge", "kept %1 \"%2\" (incoming \"%3\")")
                       .arg(what, shown(target), shown(in));
    }
}

void SiteMerger::fillCamera(domain::Camera &t, const domain::Camera &in)
{
    const QString who = QCoreApplication::translate("nadzor::merge", "camera %1").arg(t.id ? QString::number(t.id) : t.uuid);
    // "mount of camera 3": the field named for people, not by its OSM key.
    const auto field = [&t](const char *name) {
        return QCoreApplication::translate("nadzor::merge", "%1 of camera %2")
            .arg(QCoreApplication::translate("nadzor::merge", name), t.id ? QString::number(t.id) : t.uuid);
    };
    using domain::OsmValueLabels;
    auto text = [&](QString &value, const QString &incomingValue, const char *name, const QString &osmKey = QString(),
                    bool join = false) { fillText(value, incomingValue, field(name), join, osmKey); };
    text(t.surveillance, in.surveillance, QT_TRANSLATE_NOOP("nadzor::merge", "surveillance"), OsmValueLabels::surveillance());
    text(t.surveillanceType, in.surveillanceType, QT_TRANSLATE_NOOP("nadzor::merge", "surveillance type"), OsmValueLabels::surveillanceType());
    text(t.surveillanceZone, in.surveillanceZone, QT_TRANSLATE_NOOP("nadzor::merge", "zone"), OsmValueLabels::surveillanceZone());
    text(t.cameraType, in.cameraType, QT_TRANSLATE_NOOP("nadzor::merge", "camera type"), OsmValueLabels::cameraType());
    text(t.cameraMount, in.cameraMount, QT_TRANSLATE_NOOP("nadzor::merge", "mount"), OsmValueLabels::cameraMount());
    text(t.direction, in.direction, QT_TRANSLATE_NOOP("nadzor::merge", "direction"));
    text(t.operatorName, in.operatorName, QT_TRANSLATE_NOOP("nadzor::merge", "operator"));
    text(t.manufacturer, in.manufacturer, QT_TRANSLATE_NOOP("nadzor::merge", "manufacturer"));
    text(t.model, in.model, QT_TRANSLATE_NOOP("nadzor::merge", "model"));
    text(t.source, in.source, QT_TRANSLATE_NOOP("nadzor::merge", "source"));
    text(t.notes, in.notes, QT_TRANSLATE_NOOP("nadzor::merge", "notes"), QString(), true);
    auto number = [&](std::optional<double> &value, const std::optional<double> &incomingValue, const char *name) {
        if (!incomingValue || (value && *value == *incomingValue))
            return;
        if (!value) {
            value = incomingValue;
            m_changed = true;
        } else {
            m_notes << QCoreApplication::translate("nadzor::merge", "kept %1 %2 (incoming %3)")
                           .arg(field(name), QLocale().toString(*value), QLocale().toString(*incomingValue));
        }
    };
    number(t.angle, in.angle, QT_TRANSLATE_NOOP("nadzor::merge", "field of view"));
    number(t.tilt, in.tilt, QT_TRANSLATE_NOOP("nadzor::merge", "tilt"));
    number(t.height, in.height, QT_TRANSLATE_NOOP("nadzor::merge", "height"));
    if (in.faceRecognition != domain::FaceRecognition::Unknown && in.faceRecognition != t.faceRecognition) {
        if (t.faceRecognition == domain::FaceRecognition::Unknown) {
            t.faceRecognition = in.faceRecognition;
            m_changed = true;
        } else {
            m_notes << QCoreApplication::translate("nadzor::merge", "kept %1 face recognition %2 (incoming %3)")
                           .arg(who, domain::displayName(t.faceRecognition), domain::displayName(in.faceRecognition));
        }
    }
    if (in.status != domain::VerificationStatus::Unverified && in.status != t.status) {
        if (t.status == domain::VerificationStatus::Unverified) {
            t.status = in.status;
            t.reviewedBy = in.reviewedBy;
            t.reviewedAt = in.reviewedAt;
            m_changed = true;
        } else {
            m_notes << QCoreApplication::translate("nadzor::merge", "kept %1 status %2 (incoming %3)")
                           .arg(who, domain::displayName(t.status), domain::displayName(in.status));
        }
    }
    if (in.observed.isValid() && in.observed != t.observed) {
        if (!t.observed.isValid()) {
            t.observed = in.observed;
            m_changed = true;
        } else {
            m_notes << QCoreApplication::translate("nadzor::merge", "kept %1 observed %2 (incoming %3)")
                           .arg(who, t.observed.toString(Qt::ISODate), in.observed.toString(Qt::ISODate));
        }
    }
    for (auto it = in.tags.cbegin(); it != in.tags.cend(); ++it) {
        const auto mine = t.tags.constFind(it.key());
        if (mine == t.tags.cend()) {
            t.tags.insert(it.key(), it.value());
            m_changed = true;
        } else if (mine.value() != it.value()) {
            m_notes << QCoreApplication::translate("nadzor::merge", "kept %1 tag %2=%3 (incoming %4)").arg(who, it.key(), mine.value(), it.value());
        }
    }
}

SiteMerger SiteMerger::merge(const domain::Site &existing, const domain::Site &incoming,
                             const QSet<QString> &uuidsElsewhere)
{
    SiteMerger m;
    m.m_result = existing;
    domain::Site &r = m.m_result;
    m.fillText(r.address, incoming.address, QCoreApplication::translate("nadzor::merge", "address"), false);
    m.fillText(r.description, incoming.description, QCoreApplication::translate("nadzor::merge", "description"), true);

    const qsizetype n = incoming.cameras.size();
    QVector<int> target(n, -1);  // index in r.cameras
    QVector<bool> taken(r.cameras.size(), false);
    // Pass 1: identity by uuid.
    for (qsizetype i = 0; i < n; ++i) {
        const QString &uuid = incoming.cameras[i].uuid;
        if (uuid.isEmpty())
            continue;
        for (qsizetype j = 0; j < r.cameras.size(); ++j) {
            if (!taken[j] && r.cameras[j].uuid == uuid) {
                target[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
    // Pass 2: the most similar compatible camera not taken yet.
    for (qsizetype i = 0; i < n; ++i) {
        if (target[i] >= 0 || uuidsElsewhere.contains(incoming.cameras[i].uuid))
            continue;
        double best = -1.0;
        for (qsizetype j = 0; j < r.cameras.size(); ++j) {
            if (taken[j])
                continue;
            const CameraComparison c = CameraComparison::compare(incoming.cameras[i], r.cameras[j]);
            if (c.compatible() && c.similarity() > best) {
                best = c.similarity();
                target[i] = int(j);
            }
        }
        if (target[i] >= 0)
            taken[target[i]] = true;
    }
    // Fill in the matched cameras, add the others.
    for (qsizetype i = 0; i < n; ++i) {
        const domain::Camera &in = incoming.cameras[i];
        if (target[i] >= 0) {
            m.fillCamera(r.cameras[target[i]], in);
            m.m_cameraUuids << r.cameras[target[i]].uuid;
            ++m.m_matched;
        } else if (!in.uuid.isEmpty() && uuidsElsewhere.contains(in.uuid)) {
            m.m_notes << QCoreApplication::translate("nadzor::merge", "camera %1 is already in the project at another site; left there").arg(in.uuid);
            m.m_cameraUuids << in.uuid;
        } else {
            domain::Camera c = in;
            c.id = 0;
            c.siteId = r.id;
            if (c.uuid.isEmpty())
                c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.cameras.append(c);
            m.m_cameraUuids << c.uuid;
            ++m.m_added;
            m.m_changed = true;
        }
    }
    return m;
}

} // namespace nadzor::merge
