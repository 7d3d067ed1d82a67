#include "merge/mergeapplier.h"

#include "merge/mergeplan.h"
#include "merge/mergesource.h"
#include "merge/sitemerger.h"
#include "store/projectstore.h"

#include <QHash>
#include <QUuid>

#include <map>
#include <QCoreApplication>

namespace nadzor::merge {

using domain::Result;

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

store::MergePhoto photoFor(const domain::Photo &photo, const QString &siteUuid, const QString &cameraUuid)
{
    store::MergePhoto mp;
    mp.photo = photo;
    mp.photo.id = 0;
    mp.photo.siteId = 0;
    mp.photo.cameraId = 0;
    mp.siteUuid = siteUuid;
    mp.cameraUuid = cameraUuid;
    return mp;
}

} // namespace

MergeApplier::MergeApplier(store::ProjectStore &project) : m_project(project) {}

Result<store::MergeBatch> MergeApplier::batch(const MergePlan &plan, const MergeSource &source) const
{
    store::MergeBatch b;
    b.source = plan.sourcePath();
    b.contributors = plan.contributors();
    std::map<qint64, domain::Site> original;  // by id, so the batch is in a stable order
    QHash<qint64, domain::Site> working;

    for (const MergeItem &item : plan.items()) {
        const domain::Site &in = item.incoming;
        const MergeAction action = item.action();
        if (action == MergeAction::Skip)
            continue;
        if (action == MergeAction::Add) {
            domain::Site s = in;
            s.id = 0;
            if (s.uuid.isEmpty() || item.knownUuids.contains(s.uuid))
                s.uuid = newUuid();
            for (domain::Camera &c : s.cameras) {
                c.id = 0;
                c.siteId = 0;
                if (c.uuid.isEmpty() || item.knownUuids.contains(c.uuid))
                    c.uuid = newUuid();
            }
            for (const domain::Photo &p : source.photosOfSite(in.id))
                b.photos << photoFor(p, s.uuid, {});
            for (qsizetype k = 0; k < in.cameras.size(); ++k) {
                for (const domain::Photo &p : source.photosOfCamera(in.cameras[k].id))
                    b.photos << photoFor(p, {}, s.cameras[k].uuid);
            }
            b.newSites << s;
            continue;
        }
        // MergeInto, against the site as the project has it now (and as earlier items left it).
        const qint64 targetId = item.targetSiteId();
        if (!working.contains(targetId)) {
            auto current = m_project.site(targetId);
            if (!current)
                return domain::makeError(QCoreApplication::translate("nadzor::merge", "cannot merge into site %1: %2 (plan the merge again)")
                                             .arg(targetId)
                                             .arg(current.error().message),
                                         plan.sourcePath());
            original.emplace(targetId, current.value());
            working.insert(targetId, current.value());
        }
        domain::Site &target = working[targetId];
        QSet<QString> elsewhere = item.knownUuids;
        elsewhere.remove(in.uuid);
        for (const domain::Camera &c : target.cameras)
            elsewhere.remove(c.uuid);
        const SiteMerger merged = SiteMerger::merge(target, in, elsewhere);
        target = merged.result();
        for (const domain::Photo &p : source.photosOfSite(in.id))
            b.photos << photoFor(p, target.uuid, {});
        for (qsizetype k = 0; k < in.cameras.size(); ++k) {
            for (const domain::Photo &p : source.photosOfCamera(in.cameras[k].id))
                b.photos << photoFor(p, {}, merged.cameraUuids().value(k));
        }
    }

    for (const auto &[id, before] : original) {
        const domain::Site &after = working.value(id);
        if (after.address != before.address || after.description != before.description)
            b.updatedSites << after;
        QHash<qint64, const domain::Camera *> was;
        for (const domain::Camera &c : before.cameras)
            was.insert(c.id, &c);
        for (const domain::Camera &c : after.cameras) {
            if (c.id == 0) {
                domain::Camera added = c;
                added.siteId = id;
                b.newCameras << added;
            } else if (const domain::Camera *old = was.value(c.id); old && *old != c) {
                b.updatedCameras << c;
            }
        }
    }
    return b;
}

Result<store::MergeOutcome> MergeApplier::apply(const MergePlan &plan, const MergeSource &source)
{
    auto made = batch(plan, source);
    if (!made)
        return made.error();
    const store::MergeBatch &b = made.value();
    if (b.newSites.isEmpty() && b.newCameras.isEmpty() && b.updatedSites.isEmpty() && b.updatedCameras.isEmpty()
        && b.photos.isEmpty()) {
        store::MergeOutcome nothing;
        nothing.summary = QCoreApplication::translate("nadzor::merge", "Nothing new to merge from %1").arg(source.fileName());
        return nothing;
    }
    return m_project.applyMerge(made.value());
}

} // namespace nadzor::merge
