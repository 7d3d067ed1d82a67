#include "ui/editcontroller.h"

#include "merge/mergeapplier.h"
#include "merge/mergeplan.h"
#include "merge/mergesource.h"
#include "store/projectstore.h"
#include "ui/storecommand.h"

#include <QDateTime>
#include <QUndoStack>
#include <cmath>

namespace nadzor::ui {

using domain::makeError;

EditController::EditController(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    m_preferences = EditPreferences::load();
}

EditController::~EditController()
{
    m_replaying = true;  // destroying the stack must not touch the store
}

void EditController::setStore(store::ProjectStore *store)
{
    m_store = store;
    if (m_store)
        m_store->setAuthor(m_preferences.effectiveAuthor());
    syncWithJournal();
}

bool EditController::isWritable() const
{
    return m_store && !m_store->isReadOnly();
}

void EditController::setPreferences(const EditPreferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save();
    if (m_store)
        m_store->setAuthor(m_preferences.effectiveAuthor());
}

domain::Camera EditController::defaultCamera()
{
    domain::Camera c;
    c.surveillance = QStringLiteral("public");
    c.surveillanceType = QStringLiteral("camera");
    return c;
}

domain::Status EditController::recorded(domain::Status status)
{
    if (!status.ok()) {
        emit failed(status.errorString());
        return status;
    }
    m_stack->push(new StoreCommand(this, m_store->undoSummary(), true));
    emit changed();
    return status;
}

domain::Result<qint64> EditController::pinCamera(const domain::GeoPoint &position, const domain::Camera &camera)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    domain::Site site;
    site.position = position;
    domain::Camera c = camera;
    c.id = 0;
    c.siteId = 0;
    c.uuid.clear();
    site.cameras << c;
    auto added = m_store->addSite(site);
    if (!added.ok()) {
        emit failed(added.errorString());
        return added.error();
    }
    recorded({});
    return site.cameras.first().id;
}

domain::Result<qint64> EditController::addCamera(qint64 siteId, const domain::Camera &camera)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    domain::Camera c = camera;
    c.id = 0;
    c.uuid.clear();
    c.siteId = siteId;
    auto added = m_store->addCamera(c);
    if (!added.ok()) {
        emit failed(added.errorString());
        return added.error();
    }
    recorded({});
    return added.value();
}

domain::Status EditController::updateCamera(const domain::Camera &camera)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    auto stored = m_store->camera(camera.id);
    if (stored.ok() && stored.value() == camera)
        return {};  // nothing changed: no journal entry
    return recorded(m_store->updateCamera(camera));
}

domain::Status EditController::updateSite(const domain::Site &site)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    auto stored = m_store->site(site.id);
    if (!stored.ok())
        return recorded(stored.error());
    const domain::Site &old = stored.value();
    if (old.position == site.position && old.address == site.address && old.description == site.description)
        return {};
    return recorded(m_store->updateSite(site));
}

domain::Status EditController::moveSite(qint64 siteId, const domain::GeoPoint &position)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    auto stored = m_store->site(siteId);
    if (!stored.ok())
        return recorded(stored.error());
    domain::Site site = stored.take();
    site.position = position;
    return updateSite(site);
}

domain::Status EditController::deleteCamera(qint64 cameraId, QString *summary)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    auto camera = m_store->camera(cameraId);
    if (!camera.ok())
        return recorded(camera.error());
    auto site = m_store->site(camera.value().siteId);
    if (!site.ok())
        return recorded(site.error());
    // A site without cameras would be invisible on the map: the last camera takes it along.
    const domain::Status status = site.value().cameras.size() <= 1 ? m_store->deleteSite(site.value().id)
                                                                   : m_store->deleteCamera(cameraId);
    if (status.ok() && summary)
        *summary = m_store->undoSummary();
    return recorded(status);
}

domain::Status EditController::review(qint64 cameraId, domain::VerificationStatus status)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    auto camera = m_store->camera(cameraId);
    if (!camera.ok())
        return recorded(camera.error());
    domain::Camera c = camera.take();
    c.status = status;
    c.reviewedBy = m_preferences.effectiveAuthor();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.reviewedAt = now.addMSecs(-now.time().msec());  // whole seconds, as the journal shows them
    return recorded(m_store->updateCamera(c));
}

domain::Result<AttachedPhoto> EditController::attachPhoto(qint64 cameraId, const QByteArray &bytes, const QString &fileName)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    domain::Photo photo;
    photo.cameraId = cameraId;
    photo.fileName = fileName;
    photo.data = bytes;
    AttachedPhoto out;
    auto added = m_store->addPhoto(photo, &out.metadata);
    if (!added.ok()) {
        emit failed(added.errorString());
        return added.error();
    }
    out.photoId = added.value();
    recorded({});
    return out;
}

domain::Status EditController::deletePhoto(qint64 photoId)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    return recorded(m_store->deletePhoto(photoId));
}

domain::Result<qint64> EditController::purgeDeletedPhotos()
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    auto purged = m_store->purgeDeletedPhotos();
    if (!purged.ok()) {
        emit failed(purged.errorString());
        return purged.error();
    }
    if (purged.value() > 0) {
        syncWithJournal();
        emit changed();
    }
    return purged;
}

domain::Result<store::MergeOutcome> EditController::applyMerge(const merge::MergePlan &plan,
                                                               const merge::MergeSource &source)
{
    if (!isWritable())
        return makeError(tr("The project is read-only."));
    merge::MergeApplier applier(*m_store);
    auto outcome = applier.apply(plan, source);
    if (!outcome.ok()) {
        emit failed(outcome.errorString());
        return outcome.error();
    }
    if (outcome.value().journalId != 0)
        recorded({});
    return outcome;
}

double EditController::distanceMetres(const domain::GeoPoint &a, const domain::GeoPoint &b)
{
    constexpr double kEarthRadius = 6371008.8;  // mean radius, metres
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (b.lat - a.lat) * kRad;
    const double dLon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

std::optional<NearbySite> EditController::nearbySite(const domain::GeoPoint &position, qint64 excludeSiteId) const
{
    const double metres = m_preferences.duplicateMetres;
    if (!m_store || metres <= 0.0)
        return std::nullopt;
    // A box a little larger than the radius, then exact distances.
    const double dLat = metres / 111320.0 * 1.5;
    const double dLon = dLat / std::max(0.01, std::cos(position.lat * M_PI / 180.0));
    auto sites = m_store->sitesInBox(position.lon - dLon, position.lat - dLat, position.lon + dLon, position.lat + dLat);
    if (!sites.ok())
        return std::nullopt;
    std::optional<NearbySite> best;
    for (const domain::Site &site : sites.value()) {
        if (site.id == excludeSiteId)
            continue;
        const double d = distanceMetres(position, site.position);
        if (d <= metres && (!best || d < best->metres))
            best = NearbySite{site, d};
    }
    return best;
}

bool EditController::storeStep(bool undo)
{
    if (!m_store)
        return false;
    const domain::Status status = undo ? m_store->undo() : m_store->redo();
    if (!status.ok()) {
        m_stepOk = false;
        emit failed(status.errorString());
        return false;
    }
    return true;
}

bool EditController::undo()
{
    if (!isWritable() || !m_store->canUndo())
        return false;
    syncWithJournal();
    if (!m_stack->canUndo())
        return false;
    m_stepOk = true;
    m_stack->undo();
    syncWithJournal();
    emit changed();
    return m_stepOk;
}

bool EditController::redo()
{
    if (!isWritable() || !m_store->canRedo())
        return false;
    syncWithJournal();
    if (!m_stack->canRedo())
        return false;
    m_stepOk = true;
    m_stack->redo();
    syncWithJournal();
    emit changed();
    return m_stepOk;
}

void EditController::syncWithJournal()
{
    if (!m_store) {
        m_replaying = true;
        m_stack->clear();
        m_replaying = false;
        return;
    }
    auto journal = m_store->journal();
    if (!journal.ok())
        return;
    QStringList texts;
    int done = 0;
    for (const store::JournalEntry &e : journal.value()) {
        if (e.discarded)
            continue;
        // Purging deleted photos is a barrier: nothing before it (nor the purge) can be undone.
        if (e.action == QLatin1String(store::ProjectStore::purgeAction)) {
            texts.clear();
            done = 0;
            continue;
        }
        texts << e.summary;
        if (!e.undone)
            done = int(texts.size());
    }
    // Already in step: nothing to rebuild.
    if (m_stack->count() == texts.size() && m_stack->index() == done) {
        bool same = true;
        for (int i = 0; i < texts.size() && same; ++i)
            same = m_stack->text(i) == texts.at(i);
        if (same)
            return;
    }
    m_replaying = true;
    m_stack->clear();
    for (const QString &text : std::as_const(texts))
        m_stack->push(new StoreCommand(this, text, false));
    m_stack->setIndex(done);
    m_replaying = false;
}

} // namespace nadzor::ui
