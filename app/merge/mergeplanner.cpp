#include "merge/mergeplanner.h"

#include "merge/cameracomparison.h"
#include "merge/geodistance.h"
#include "merge/mergesource.h"
#include "merge/sitemerger.h"
#include "store/projectstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <cmath>
#include <QCoreApplication>
#include <QLocale>

namespace nadzor::merge {

using domain::Result;

namespace {

struct Scored {
    double score = 0.0;
    QStringList reasons;
};

// A distance in the installed language's number format ("3,9 m" in Serbian).
QString metres(double d)
{
    return QCoreApplication::translate("nadzor::merge", "%1 m apart").arg(QLocale().toString(d, 'f', d < 10.0 ? 1 : 0));
}

// The attribute part of the score and its reasons: the best compatible pair of an incoming
// and an existing camera (one camera seen by both volunteers is the evidence; a camera only one
// of them saw does not count against it). Without a compatible pair: 0, with the reasons of the
// closest pair.
Scored attributes(const domain::Site &incoming, const domain::Site &existing)
{
    Scored out;
    if (incoming.cameras.isEmpty() || existing.cameras.isEmpty()) {
        out.score = 0.5;
        out.reasons << QCoreApplication::translate("nadzor::merge", "no cameras to compare");
        return out;
    }
    std::optional<CameraComparison> best;      // the best compatible pair
    std::optional<CameraComparison> closest;   // the best pair of all
    for (const domain::Camera &in : incoming.cameras) {
        for (const domain::Camera &ex : existing.cameras) {
            const CameraComparison c = CameraComparison::compare(in, ex);
            if (c.compatible() && (!best || c.similarity() > best->similarity()))
                best = c;
            if (!closest || c.similarity() > closest->similarity())
                closest = c;
        }
    }
    const CameraComparison &shown = best ? *best : *closest;
    out.score = best ? best->similarity() : 0.0;
    out.reasons << shown.agreements() << shown.conflicts();
    if (shown.comparedWeight() <= 0.0)
        out.reasons << QCoreApplication::translate("nadzor::merge", "no camera attributes to compare");
    return out;
}

} // namespace

MergePlanner::MergePlanner(const store::ProjectStore &project, MergeOptions options)
    : m_project(project), m_options(options)
{
}

Result<MergePlan> MergePlanner::plan(const MergeSource &source) const
{
    const double maxDistance = std::max(0.0, m_options.distanceMetres);

    // Which incoming uuids the project has, and where: one streaming pass over the project
    // that keeps only the sites that matter.
    QSet<QString> incomingUuids;
    for (const domain::Site &s : source.sites()) {
        if (!s.uuid.isEmpty())
            incomingUuids.insert(s.uuid);
        for (const domain::Camera &c : s.cameras) {
            if (!c.uuid.isEmpty())
                incomingUuids.insert(c.uuid);
        }
    }
    QHash<QString, qint64> siteOfUuid;  // site uuid or camera uuid -> site id
    QHash<QString, bool> isSiteUuid;
    QHash<qint64, domain::Site> knownSites;
    if (!incomingUuids.isEmpty()) {
        auto status = m_project.forEachSite([&](const domain::Site &site) {
            bool keep = false;
            if (incomingUuids.contains(site.uuid)) {
                siteOfUuid.insert(site.uuid, site.id);
                isSiteUuid.insert(site.uuid, true);
                keep = true;
            }
            for (const domain::Camera &c : site.cameras) {
                if (incomingUuids.contains(c.uuid)) {
                    siteOfUuid.insert(c.uuid, site.id);
                    isSiteUuid.insert(c.uuid, false);
                    keep = true;
                }
            }
            if (keep)
                knownSites.insert(site.id, site);
            return true;
        });
        if (!status)
            return status.error();
    }

    QList<MergeItem> items;
    items.reserve(source.sites().size());
    for (const domain::Site &in : source.sites()) {
        MergeItem item;
        item.incoming = in;

        // Identity first.
        QSet<QString> cameraUuidsHere;  // incoming camera uuids the project has
        qint64 byUuid = 0;
        QString uuidReason;
        if (!in.uuid.isEmpty() && isSiteUuid.value(in.uuid, false)) {
            item.knownUuids.insert(in.uuid);
            byUuid = siteOfUuid.value(in.uuid);
            uuidReason = QCoreApplication::translate("nadzor::merge", "same site uuid");
        }
        QHash<qint64, int> votes;
        for (const domain::Camera &c : in.cameras) {
            if (!c.uuid.isEmpty() && siteOfUuid.contains(c.uuid) && !isSiteUuid.value(c.uuid, true)) {
                item.knownUuids.insert(c.uuid);
                cameraUuidsHere.insert(c.uuid);
                ++votes[siteOfUuid.value(c.uuid)];
            }
        }
        if (!byUuid && !votes.isEmpty()) {
            int most = 0;
            for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
                if (it.value() > most || (it.value() == most && it.key() < byUuid)) {
                    most = it.value();
                    byUuid = it.key();
                }
            }
            uuidReason = QCoreApplication::translate("nadzor::merge", "same camera uuid (%1 of %2 cameras)").arg(most).arg(in.cameras.size());
        }

        if (byUuid) {
            item.candidate = knownSites.value(byUuid);
            item.sameUuid = true;
            item.score = 1.0;
            item.distanceMetres = haversineMetres(in.position, item.candidate->position);
            item.reasons << uuidReason << metres(item.distanceMetres);
        } else {
            const GeoBox box = boxAround(in.position, maxDistance);
            auto near = m_project.sitesInBox(box.minLon, box.minLat, box.maxLon, box.maxLat);
            if (!near)
                return near.error();
            for (const domain::Site &ex : near.value()) {
                const double d = haversineMetres(in.position, ex.position);
                if (d > maxDistance)
                    continue;
                const double distanceScore = maxDistance > 0.0 ? 1.0 - d / maxDistance : 1.0;
                const Scored attr = attributes(in, ex);
                const double score = 0.5 * distanceScore + 0.5 * attr.score;
                if (!item.candidate || score > item.score + 1e-12
                    || (std::abs(score - item.score) <= 1e-12 && d < item.distanceMetres)) {
                    item.candidate = ex;
                    item.score = score;
                    item.distanceMetres = d;
                    item.reasons = QStringList{metres(d)} + attr.reasons;
                }
            }
        }

        if (item.candidate) {
            QSet<QString> elsewhere;
            for (const QString &u : std::as_const(cameraUuidsHere)) {
                if (siteOfUuid.value(u) != item.candidate->id)
                    elsewhere.insert(u);
            }
            const SiteMerger merged = SiteMerger::merge(*item.candidate, in, elsewhere);
            bool newPhotos = false;
            QList<domain::Photo> incomingPhotos = source.photosOfSite(in.id);
            for (const domain::Camera &c : in.cameras)
                incomingPhotos << source.photosOfCamera(c.id);
            if (!incomingPhotos.isEmpty()) {
                QSet<QString> have;
                auto sitePhotos = m_project.photosOfSite(item.candidate->id);
                if (!sitePhotos)
                    return sitePhotos.error();
                for (const domain::Photo &p : sitePhotos.value())
                    have.insert(p.uuid);
                for (const domain::Camera &c : item.candidate->cameras) {
                    auto cameraPhotos = m_project.photosOfCamera(c.id);
                    if (!cameraPhotos)
                        return cameraPhotos.error();
                    for (const domain::Photo &p : cameraPhotos.value())
                        have.insert(p.uuid);
                }
                for (const domain::Photo &p : std::as_const(incomingPhotos))
                    newPhotos = newPhotos || !have.contains(p.uuid);
            }
            item.identical = !merged.changesSomething() && !newPhotos
                && (item.sameUuid || item.score >= m_options.threshold);
            if (item.identical) {
                item.reasons << QCoreApplication::translate("nadzor::merge", "identical: nothing new");
            } else {
                QStringList what;
                if (merged.newCameras())
                    what << QCoreApplication::translate("nadzor::merge", "%n new camera(s)", nullptr, merged.newCameras());
                if (merged.matchedCameras())
                    what << QCoreApplication::translate("nadzor::merge", "%n camera(s) matched", nullptr, merged.matchedCameras());
                if (newPhotos)
                    what << QCoreApplication::translate("nadzor::merge", "new photos");
                if (!merged.changesSomething() && !newPhotos)
                    what << QCoreApplication::translate("nadzor::merge", "nothing new");
                item.reasons << what.join(QStringLiteral(", "));
            }
            item.reasons << merged.notes();
            if (item.identical)
                item.proposed = MergeAction::Skip;
            else if (item.score >= m_options.threshold)
                item.proposed = MergeAction::MergeInto;
            else
                item.proposed = MergeAction::Add;
        }
        items.append(item);
    }
    MergePlan plan(source.path(), items, maxDistance, m_options.threshold);
    plan.setContributors(source.authors());
    return plan;
}

} // namespace nadzor::merge
