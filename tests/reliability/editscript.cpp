#include "editscript.h"

namespace nadzor::reliability {

using domain::makeError;
using domain::Status;

QString EditScript::uuidFor(char kind, int n, int index)
{
    // kind: 's' site, 'c' camera. A valid-looking version-4 uuid, unique per (kind, n, index).
    return QStringLiteral("%1%2-0000-4000-8000-%3")
        .arg(kind == 's' ? QLatin1Char('5') : QLatin1Char('c'))
        .arg(index, 7, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

Status EditScript::perform(int n)
{
    auto sites = m_store.sites();
    if (!sites)
        return sites.error();
    const QList<domain::Site> &all = sites.value();
    const int step = (n - 1) % 8;
    const QString text = QStringLiteral("edit %1").arg(n);

    if (step == 0) {
        domain::Site site;
        site.uuid = uuidFor('s', n);
        site.position = {20.4 + (n % 1000) * 1e-4, 44.8 + (n / 1000) * 1e-4};
        site.description = text;
        for (int i = 0; i < 2; ++i) {
            domain::Camera camera;
            camera.uuid = uuidFor('c', n, i);
            camera.surveillanceType = QStringLiteral("camera");
            camera.manufacturer = i == 0 ? QStringLiteral("Dahua") : QStringLiteral("Hikvision");
            camera.notes = text;
            site.cameras.append(camera);
        }
        auto added = m_store.addSite(site);
        return added ? Status() : Status(added.error());
    }
    if (step == 4)
        return m_store.undo();
    if (step == 5)
        return m_store.redo();
    if (step == 7)
        return m_store.undo();

    if (all.isEmpty())
        return makeError(QStringLiteral("edit %1: no site to edit").arg(n));
    const domain::Site &newest = all.last();
    const domain::Site &oldest = all.first();
    switch (step) {
    case 1: {
        if (newest.cameras.isEmpty())
            return makeError(QStringLiteral("edit %1: the newest site has no camera").arg(n));
        domain::Camera camera = newest.cameras.first();
        camera.notes = text;
        camera.angle = double(n % 360);
        return m_store.updateCamera(camera);
    }
    case 2: {
        domain::Camera camera;
        camera.siteId = newest.id;
        camera.uuid = uuidFor('c', n, 9);
        camera.cameraMount = QStringLiteral("pole");
        camera.notes = text;
        auto added = m_store.addCamera(camera);
        return added ? Status() : Status(added.error());
    }
    case 3: {
        if (all.size() > 3)
            return m_store.deleteSite(oldest.id);
        domain::Site site = oldest;
        site.description = text;
        return m_store.updateSite(site);
    }
    case 6: {
        domain::Site site = newest;
        site.address = text;
        return m_store.updateSite(site);
    }
    default: break;
    }
    return makeError(QStringLiteral("edit %1: unknown step").arg(n));
}

domain::Result<QString> EditScript::dump(const store::ProjectStore &store)
{
    auto sites = store.sites();
    if (!sites)
        return sites.error();
    QString out;
    for (const domain::Site &s : sites.value()) {
        out += QStringLiteral("site %1 %2 %3 %4 [%5] [%6]\n")
                   .arg(s.id)
                   .arg(s.uuid)
                   .arg(s.position.lon, 0, 'f', 7)
                   .arg(s.position.lat, 0, 'f', 7)
                   .arg(s.address, s.description);
        for (const domain::Camera &c : s.cameras) {
            out += QStringLiteral("  camera %1 %2 site %3 [%4] [%5] [%6] [%7] angle %8\n")
                       .arg(c.id)
                       .arg(c.uuid)
                       .arg(c.siteId)
                       .arg(c.notes, c.manufacturer, c.cameraMount, c.surveillanceType)
                       .arg(c.angle ? QString::number(*c.angle) : QStringLiteral("-"));
        }
    }
    auto journal = store.journal();
    if (!journal)
        return journal.error();
    for (const store::JournalEntry &e : journal.value())
        out += QStringLiteral("journal %1 %2 undone=%3 discarded=%4\n")
                   .arg(e.id)
                   .arg(e.action)
                   .arg(int(e.undone))
                   .arg(int(e.discarded));
    return out;
}

} // namespace nadzor::reliability
