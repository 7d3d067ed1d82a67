#include "ui/editor.h"

#include "maps/mapcanvas.h"
#include "store/photosanitizer.h"
#include "store/projectstore.h"
#include "ui/cameraform.h"
#include "ui/cameraspanel.h"
#include "ui/coordinatedialog.h"
#include "ui/coordinateparser.h"
#include "ui/detailspanel.h"
#include "ui/editcontroller.h"
#include "ui/flowlayout.h"
#include "ui/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/mergeworkflow.h"
#include "ui/photostrip.h"
#include "ui/pintool.h"
#include "ui/preferencesdialog.h"
#include "ui/promptbar.h"
#include "ui/reviewpanel.h"
#include "ui/siteedittool.h"

#include <QAction>
#include <QMessageBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace nadzor::ui {

namespace {
const char *kPhotoFilter = QT_TRANSLATE_NOOP("Editor", "Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.gif *.bmp);;All files (*)");
}

Editor::Editor(MainWindow *window)
    : QObject(window), m_window(window), m_controller(new EditController(this)), m_pinTool(new PinTool(this)),
      m_editTool(new SiteEditTool(&window->sites(), this)), m_prompt(new PromptBar(window->canvas()))
{
    maps::MapCanvas *canvas = window->canvas();
    canvas->setMapTool(m_editTool);
    canvas->setAcceptDrops(true);
    canvas->installEventFilter(this);
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint &pos) {
        if (const auto id = canvas->cameraAt(pos)) {
            m_window->selectCamera(*id, false);
            showContextMenu(canvas->mapToGlobal(pos), *id);
        }
    });
    connect(m_pinTool, &PinTool::pinned, this, [this](double lon, double lat) { pinAt({lon, lat}); });
    connect(m_pinTool, &PinTool::cancelled, this, [this] { setPinMode(false); });
    connect(m_editTool, &SiteEditTool::siteMoved, this, [this](qint64 siteId, double lon, double lat) {
        if (m_controller->moveSite(siteId, {lon, lat}).ok())
            showMessage(tr("Moved site %1 to %2 — Undo (Ctrl+Z)").arg(siteId).arg(CoordinateParser::format({lon, lat})));
    });
    connect(m_editTool, &SiteEditTool::directionDragged, this, [this](qint64 cameraId, double degrees) {
        auto camera = m_controller->store() ? m_controller->store()->camera(cameraId) : domain::Result<domain::Camera>(domain::makeError({}));
        if (!camera.ok())
            return;
        domain::Camera c = camera.take();
        c.direction = QString::number(qRound(degrees) % 360);
        if (m_controller->updateCamera(c).ok())
            showMessage(tr("Camera %1 now points at %2°").arg(cameraId).arg(c.direction));
    });
    connect(m_controller, &EditController::failed, this, [this](const QString &message) { showMessage(message, 10000); });
    m_merge = new MergeWorkflow(window, m_controller, this);
}

Editor::~Editor()
{
    if (m_window->canvas())
        m_window->canvas()->setMapTool(nullptr);
}

QWidget *Editor::detailsWidget(DetailsPanel *summary)
{
    m_form = new CameraForm;
    m_photos = new PhotoStrip;
    auto *photoRow = new QWidget;
    auto *photoLayout = new QVBoxLayout(photoRow);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    auto *attach = new QPushButton(tr("Attach Photo…"));
    attach->setObjectName(QStringLiteral("attachPhotoButton"));
    connect(attach, &QPushButton::clicked, this, &Editor::attachPhotoDialog);
    photoLayout->addWidget(m_photos);
    photoLayout->addWidget(attach, 0, Qt::AlignLeft);
    m_form->addBottomWidget(photoRow);
    connect(m_photos, &PhotoStrip::filesDropped, this, &Editor::attachPhotoFiles);

    connect(m_form, &CameraForm::cameraEdited, this, [this](const domain::Camera &camera) {
        m_controller->updateCamera(camera);
    });
    connect(m_form, &CameraForm::siteEdited, this, [this](const domain::Site &site) { m_controller->updateSite(site); });
    connect(m_form, &CameraForm::statusChosen, this, [this](qint64, domain::VerificationStatus status) { review(int(status)); });
    connect(m_form, &CameraForm::submitted, this, [this] {
        if (pinMode()) {
            m_window->canvas()->setFocus(Qt::OtherFocusReason);
            showMessage(tr("Saved. Click the map to pin the next camera (Esc leaves Add site mode)."));
        }
    });

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Edit"));
    m_tabs->addTab(summary, tr("Summary"));
    // Image files dropped anywhere on the Details dock are attached to the selected camera.
    m_tabs->setAcceptDrops(true);
    m_tabs->installEventFilter(this);
    return m_tabs;
}

void Editor::installActions(QMenu *edit, QMenu *, QToolBar *toolbar)
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, const QString &tip) {
        auto *a = new QAction(text, m_window);
        a->setShortcuts(keys);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        m_window->addAction(a);
        return a;
    };
    m_pinAction = make(tr("&Add Site"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_A)},
                       tr("Add site mode: click the map to pin a camera (A or Ctrl+Shift+A; Esc leaves)"));
    m_pinAction->setObjectName(QStringLiteral("addSiteAction"));
    m_pinAction->setCheckable(true);
    m_pinAction->setIconText(tr("Add Site"));
    connect(m_pinAction, &QAction::toggled, this, &Editor::setPinMode);
    m_coordinatesAction = make(tr("Add Site at &Coordinates…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
                               tr("Type or paste a position (decimal degrees or degrees, minutes, seconds)"));
    connect(m_coordinatesAction, &QAction::triggered, this, &Editor::addSiteAtCoordinatesDialog);
    m_photoSiteAction = make(tr("Add Site from &Photo…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
                             tr("Place a site at a photo's GPS position and attach the photo"));
    connect(m_photoSiteAction, &QAction::triggered, this, &Editor::addSiteFromPhotoDialog);
    m_addCameraAction = make(tr("Add Camera to &Site"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                             tr("Another camera at the selected camera's site"));
    connect(m_addCameraAction, &QAction::triggered, this, &Editor::addCameraToCurrentSite);
    m_moveAction = make(tr("&Move Sites"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
                        tr("Edit mode: drag a camera on the map to move its site"));
    m_moveAction->setObjectName(QStringLiteral("moveSitesAction"));
    m_moveAction->setCheckable(true);
    connect(m_moveAction, &QAction::toggled, this, [this](bool on) {
        m_editTool->setMoveEnabled(on);
        if (on)
            setPinMode(false);
    });
    m_deleteAction = make(tr("&Delete Camera"), {QKeySequence(QKeySequence::Delete)},
                          tr("Delete the selected camera (its site goes with its last camera); Ctrl+Z brings it back"));
    m_deleteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &Editor::deleteCurrent);
    m_copyAction = make(tr("Cop&y Attributes from Previous Camera"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
                        tr("Fill the selected camera's fields from the camera edited before it"));
    connect(m_copyAction, &QAction::triggered, this, &Editor::copyFromPrevious);
    m_attachAction = make(tr("Attac&h Photo…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                          tr("Attach photos to the selected camera (their metadata is removed)"));
    connect(m_attachAction, &QAction::triggered, this, &Editor::attachPhotoDialog);
    m_purgeAction = make(tr("P&urge Deleted Photos…"), {},
                         tr("Remove deleted photos from the project file for good, so nobody can recover them "
                            "from a copy of it"));
    m_purgeAction->setObjectName(QStringLiteral("purgePhotosAction"));
    connect(m_purgeAction, &QAction::triggered, this, &Editor::purgeDeletedPhotos);
    m_verifyAction = make(tr("Mark &Verified"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, tr("Mark the camera verified"));
    m_disputeAction = make(tr("Mark D&isputed"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, tr("Mark the camera disputed"));
    m_removeAction = make(tr("Mark &Removed"), {QKeySequence(Qt::CTRL | Qt::Key_3)}, tr("Mark the camera removed (taken down)"));
    connect(m_verifyAction, &QAction::triggered, this, [this] { review(int(domain::VerificationStatus::Verified)); });
    connect(m_disputeAction, &QAction::triggered, this, [this] { review(int(domain::VerificationStatus::Disputed)); });
    connect(m_removeAction, &QAction::triggered, this, [this] { review(int(domain::VerificationStatus::Removed)); });
    m_preferencesAction = make(tr("Pr&eferences…"), {QKeySequence(QKeySequence::Preferences)}, tr("Author name and duplicate distance"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &Editor::preferencesDialog);

    edit->addSeparator();
    for (QAction *a : {m_pinAction, m_coordinatesAction, m_photoSiteAction, m_addCameraAction, m_moveAction})
        edit->addAction(a);
    edit->addSeparator();
    for (QAction *a : {m_copyAction, m_attachAction, m_deleteAction, m_purgeAction})
        edit->addAction(a);
    edit->addSeparator();
    for (QAction *a : {m_verifyAction, m_disputeAction, m_removeAction})
        edit->addAction(a);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    toolbar->addSeparator();
    toolbar->addAction(m_pinAction);
    toolbar->addAction(m_moveAction);

    // The form's own buttons for the frequent actions. They wrap onto a second line when the
    // Details dock is narrow or the labels long (Serbian), so each button stays whole.
    if (m_form) {
        auto *row = new QWidget;
        row->setObjectName(QStringLiteral("cameraFormTools"));
        auto *layout = new FlowLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QAction *a : {m_copyAction, m_verifyAction, m_disputeAction, m_removeAction}) {
            auto *b = new QToolButton(row);
            b->setDefaultAction(a);
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
            layout->addWidget(b);
        }
        m_form->addToolRow(row);
    }

    QTableView *table = m_window->camerasPanel()->view();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        table->setCurrentIndex(index);
        if (m_cameraId)
            showContextMenu(table->viewport()->mapToGlobal(pos), m_cameraId);
    });
    updateActions();
}

void Editor::createDocks(QMenu *panels)
{
    m_review = new ReviewPanel;
    auto *dock = new QDockWidget(tr("Review"), m_window);
    dock->setObjectName(QStringLiteral("reviewDock"));
    dock->setWidget(m_review);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *cameras = m_window->findChild<QDockWidget *>(QStringLiteral("camerasDock")))
        m_window->tabifyDockWidget(cameras, dock);
    if (auto *density = m_window->findChild<QDockWidget *>(QStringLiteral("densityDock")))
        density->raise();
    if (panels)
        panels->addAction(dock->toggleViewAction());
    connect(m_review, &ReviewPanel::cameraActivated, this, [this](qint64 id) { m_window->selectCamera(id, true); });

    m_history = new HistoryPanel(m_controller);
    auto *history = new QDockWidget(tr("History"), m_window);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(m_history);
    m_window->addDockWidget(Qt::RightDockWidgetArea, history);
    m_window->tabifyDockWidget(dock, history);
    if (auto *density = m_window->findChild<QDockWidget *>(QStringLiteral("densityDock")))
        density->raise();
    if (panels)
        panels->addAction(history->toggleViewAction());
}

void Editor::setStore(store::ProjectStore *store)
{
    m_cameraId = m_previousCameraId = 0;
    m_prompt->cancel();
    m_controller->setStore(store);
    if (m_history)
        m_history->refresh();
    cameraSelected(0);
    m_editTool->setEditable(m_controller->isWritable());
    if (!m_controller->isWritable())
        setPinMode(false);
    updateActions();
}

void Editor::dataReloaded()
{
    m_controller->syncWithJournal();
    if (m_history)
        m_history->refresh();
    if (m_review)
        m_review->setSites(m_window->sites());
    if (m_form)
        m_form->setSuggestions(m_window->sites());
    updateActions();
}

const domain::Site *Editor::siteOfCamera(qint64 cameraId, const domain::Camera **camera) const
{
    for (const domain::Site &s : m_window->sites())
        for (const domain::Camera &c : s.cameras)
            if (c.id == cameraId) {
                if (camera)
                    *camera = &c;
                return &s;
            }
    return nullptr;
}

void Editor::cameraSelected(qint64 cameraId)
{
    if (cameraId && cameraId != m_cameraId && m_cameraId)
        m_previousCameraId = m_cameraId;
    const bool other = cameraId != m_cameraId;
    m_cameraId = cameraId;
    m_editTool->setSelectedCamera(cameraId);
    const domain::Camera *camera = nullptr;
    const domain::Site *site = cameraId ? siteOfCamera(cameraId, &camera) : nullptr;
    if (m_form) {
        if (site)
            m_form->setCamera(*site, *camera, m_controller->isWritable());
        else
            m_form->clear();
    }
    if (other || !cameraId)
        loadPhotos();
    m_window->canvas()->update();
    updateActions();
}

void Editor::loadPhotos()
{
    if (!m_photos)
        return;
    QList<domain::Photo> photos;
    if (m_cameraId && m_controller->store()) {
        auto loaded = m_controller->store()->photosOfCamera(m_cameraId);
        if (loaded.ok())
            photos = loaded.take();
    }
    m_photos->setPhotos(photos);
}

void Editor::updateActions()
{
    if (!m_pinAction)
        return;
    const bool writable = m_controller->isWritable();
    const bool camera = writable && m_cameraId != 0;
    m_merge->updateEnabled();
    for (QAction *a : {m_pinAction, m_coordinatesAction, m_photoSiteAction, m_moveAction, m_purgeAction})
        a->setEnabled(writable);
    for (QAction *a : {m_addCameraAction, m_deleteAction, m_attachAction, m_verifyAction, m_disputeAction, m_removeAction})
        a->setEnabled(camera);
    m_copyAction->setEnabled(camera && m_previousCameraId != 0);
}

void Editor::purgeDeletedPhotos()
{
    store::ProjectStore *store = m_controller->store();
    if (!store || !m_controller->isWritable())
        return;
    const auto waiting = store->deletedPhotoCount();
    if (!waiting.ok()) {
        QMessageBox::warning(m_window, tr("Purge Deleted Photos"), waiting.errorString());
        return;
    }
    if (waiting.value() == 0) {
        showMessage(tr("No deleted photos are kept in this project: nothing to purge."));
        return;
    }
    const int n = int(waiting.value());
    const auto answer = QMessageBox::question(
        m_window, tr("Purge Deleted Photos"),
        tr("%n deleted photo(s) are still kept in the project file so that their deletion can be undone. "
           "Purging removes them for good: nobody can recover them from the file, and edits made before the "
           "purge can no longer be undone.",
           nullptr, n),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto purged = m_controller->purgeDeletedPhotos();
    if (!purged.ok()) {
        QMessageBox::warning(m_window, tr("Purge Deleted Photos"), purged.errorString());
        return;
    }
    showMessage(tr("Purged %n deleted photo(s) from the project file.", nullptr, int(purged.value())));
}

void Editor::showMessage(const QString &text, int ms)
{
    m_window->statusBar()->showMessage(text, ms);
}

bool Editor::pinMode() const
{
    return m_window->canvas()->mapTool() == m_pinTool;
}

void Editor::setPinMode(bool on)
{
    on = on && m_controller->isWritable();
    if (m_pinAction && m_pinAction->isChecked() != on) {
        const QSignalBlocker block(m_pinAction);
        m_pinAction->setChecked(on);
    }
    m_window->canvas()->setMapTool(on ? static_cast<maps::MapTool *>(m_pinTool) : m_editTool);
    if (on) {
        if (m_moveAction)
            m_moveAction->setChecked(false);
        m_window->canvas()->setFocus(Qt::ShortcutFocusReason);
        showMessage(tr("Add site: click the map where the camera is (Esc to stop)"), 0);
    } else {
        m_window->statusBar()->clearMessage();
    }
}

void Editor::pinAt(const domain::GeoPoint &position, std::function<void(qint64)> then)
{
    if (!m_controller->isWritable()) {
        showMessage(tr("The project is read-only."));
        return;
    }
    const auto pinNew = [this, position, then] {
        auto added = m_controller->pinCamera(position);
        if (!added.ok())
            return;
        afterPin(added.value());
        showMessage(tr("Added a camera at %1 — Undo (Ctrl+Z)").arg(CoordinateParser::format(position)));
        if (then)
            then(added.value());
    };
    if (const auto near = m_controller->nearbySite(position)) {
        const qint64 siteId = near->site.id;
        const QString where = near->site.address.isEmpty() ? tr("site %1").arg(siteId)
                                                           : tr("site %1 (%2)").arg(siteId).arg(near->site.address);
        m_prompt->ask(tr("Likely duplicate: %1 with %n camera(s) is %2 m away.", nullptr, int(near->site.cameras.size()))
                          .arg(where)
                          .arg(near->metres, 0, 'f', near->metres < 10 ? 1 : 0),
                      tr("Add to existing site"),
                      [this, siteId, then] {
                          auto added = m_controller->addCamera(siteId);
                          if (!added.ok())
                              return;
                          afterPin(added.value());
                          showMessage(tr("Added a camera to site %1 — Undo (Ctrl+Z)").arg(siteId));
                          if (then)
                              then(added.value());
                      },
                      tr("New site here"), pinNew);
        return;
    }
    pinNew();
}

void Editor::afterPin(qint64 cameraId)
{
    m_window->selectCamera(cameraId, false);
    if (m_tabs)
        m_tabs->setCurrentIndex(0);
    if (m_form)
        m_form->focusFirstField();
}

void Editor::addSiteAtCoordinatesDialog()
{
    CoordinateDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.position())
        return;
    const domain::GeoPoint p = *dialog.position();
    maps::Viewport vp = m_window->canvas()->viewport();
    vp.setCentre(p.lon, p.lat);
    vp.setZoom(std::max(vp.zoom(), 17.0));
    m_window->canvas()->setViewport(vp);
    pinAt(p);
}

void Editor::addCameraToCurrentSite()
{
    const domain::Camera *camera = nullptr;
    const domain::Site *site = siteOfCamera(m_cameraId, &camera);
    if (!site)
        return;
    auto added = m_controller->addCamera(site->id);
    if (added.ok()) {
        afterPin(added.value());
        showMessage(tr("Added camera %1 at site %2 — Undo (Ctrl+Z)").arg(added.value()).arg(site->id));
    }
}

void Editor::deleteCurrent()
{
    if (!m_cameraId)
        return;
    QString summary;
    const qint64 id = m_cameraId;
    if (m_controller->deleteCamera(id, &summary).ok()) {
        m_window->selectCamera(0, false);
        showMessage(tr("%1 — Undo (Ctrl+Z)").arg(summary), 10000);
    }
}

void Editor::review(int status)
{
    if (!m_cameraId)
        return;
    const auto s = domain::VerificationStatus(status);
    if (m_controller->review(m_cameraId, s).ok())
        showMessage(tr("Camera %1 marked %2 by %3").arg(m_cameraId).arg(domain::toKey(s), m_controller->preferences().effectiveAuthor()));
}

void Editor::copyFromPrevious()
{
    if (!m_cameraId || !m_previousCameraId || !m_controller->store())
        return;
    auto previous = m_controller->store()->camera(m_previousCameraId);
    auto current = m_controller->store()->camera(m_cameraId);
    if (!previous.ok() || !current.ok()) {
        showMessage(tr("The previous camera no longer exists."));
        return;
    }
    const domain::Camera &p = previous.value();
    domain::Camera c = current.take();
    // What cameras along one street share; not the direction, the review or the notes.
    c.surveillance = p.surveillance;
    c.surveillanceType = p.surveillanceType;
    c.surveillanceZone = p.surveillanceZone;
    c.cameraType = p.cameraType;
    c.cameraMount = p.cameraMount;
    c.angle = p.angle;
    c.tilt = p.tilt;
    c.height = p.height;
    c.operatorName = p.operatorName;
    c.manufacturer = p.manufacturer;
    c.model = p.model;
    c.faceRecognition = p.faceRecognition;
    c.observed = p.observed;
    c.source = p.source;
    for (auto it = p.tags.cbegin(); it != p.tags.cend(); ++it)
        c.tags.insert(it.key(), it.value());
    if (m_controller->updateCamera(c).ok())
        showMessage(tr("Copied the attributes of camera %1").arg(m_previousCameraId));
}

void Editor::attachPhotoDialog()
{
    if (!m_cameraId)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Attach Photos"), QString(), tr(kPhotoFilter));
    attachPhotoFiles(paths);
}

void Editor::attachPhotoFiles(const QStringList &paths)
{
    if (!m_cameraId || paths.isEmpty())
        return;
    const qint64 cameraId = m_cameraId;
    std::optional<domain::GeoPoint> gps;
    int attached = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), 10000);
            continue;
        }
        auto added = m_controller->attachPhoto(cameraId, file.readAll(), QFileInfo(path).fileName());
        if (!added.ok())
            continue;
        ++attached;
        if (!gps && added.value().metadata.gpsPosition)
            gps = added.value().metadata.gpsPosition;
    }
    loadPhotos();
    if (attached)
        showMessage(tr("Attached %n photo(s); their metadata was removed", nullptr, attached));
    if (gps)
        offerPhotoPosition(cameraId, *gps);
}

void Editor::offerPhotoPosition(qint64 cameraId, const domain::GeoPoint &gps)
{
    const domain::Site *site = siteOfCamera(cameraId);
    if (!site)
        return;
    const double metres = EditController::distanceMetres(site->position, gps);
    if (metres < 0.5)
        return;
    const qint64 siteId = site->id;
    m_prompt->ask(tr("The photo was taken %1 m from the site. Place site at the photo's position (%2)?")
                      .arg(metres, 0, 'f', 0)
                      .arg(CoordinateParser::format(gps)),
                  tr("Place site there"), [this, siteId, gps] {
                      if (m_controller->moveSite(siteId, gps).ok())
                          showMessage(tr("Moved site %1 to the photo's position — Undo (Ctrl+Z)").arg(siteId));
                  });
}

void Editor::addSiteFromPhotoDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Add Site from Photo"), QString(), tr(kPhotoFilter));
    if (!path.isEmpty())
        addSiteFromPhoto(path);
}

void Editor::addSiteFromPhoto(const QString &path, std::optional<domain::GeoPoint> fallback)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), 10000);
        return;
    }
    const QByteArray bytes = file.readAll();
    // Read the position (the store strips the metadata when the photo is attached).
    auto sanitized = store::PhotoSanitizer::sanitize(bytes, QFileInfo(path).fileName());
    if (!sanitized.ok()) {
        showMessage(sanitized.errorString(), 10000);
        return;
    }
    const auto gps = sanitized.value().metadata.gpsPosition;
    const QString name = QFileInfo(path).fileName();
    const auto attach = [this, bytes, name](qint64 cameraId) {
        m_controller->attachPhoto(cameraId, bytes, name);
        loadPhotos();
    };
    if (gps) {
        m_prompt->ask(tr("%1 has a GPS position. Place site at the photo's position (%2)?").arg(name, CoordinateParser::format(*gps)),
                      tr("Place site there"), [this, gps, attach] {
                          maps::Viewport vp = m_window->canvas()->viewport();
                          vp.setCentre(gps->lon, gps->lat);
                          vp.setZoom(std::max(vp.zoom(), 17.0));
                          m_window->canvas()->setViewport(vp);
                          pinAt(*gps, attach);
                      });
    } else if (fallback) {
        pinAt(*fallback, attach);
    } else {
        showMessage(tr("%1 has no GPS position: select or pin its camera, then attach it.").arg(name), 10000);
    }
}

void Editor::preferencesDialog()
{
    PreferencesDialog dialog(m_controller->preferences(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->setPreferences(dialog.preferences());
}

QAction *Editor::reviewAction(int status) const
{
    switch (domain::VerificationStatus(status)) {
    case domain::VerificationStatus::Verified:
        return m_verifyAction;
    case domain::VerificationStatus::Disputed:
        return m_disputeAction;
    case domain::VerificationStatus::Removed:
        return m_removeAction;
    default:
        return nullptr;
    }
}

void Editor::showContextMenu(const QPoint &globalPos, qint64)
{
    QMenu menu(m_window);
    for (QAction *a : {m_verifyAction, m_disputeAction, m_removeAction})
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_addCameraAction);
    menu.addAction(m_copyAction);
    menu.addAction(m_attachAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(globalPos);
}

bool Editor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window->canvas()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls() && m_controller->isWritable()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const domain::GeoPoint at = m_window->canvas()->viewport().screenToLonLat(drop->position());
            for (const QUrl &url : drop->mimeData()->urls())
                if (url.isLocalFile()) {
                    addSiteFromPhoto(url.toLocalFile(), at);
                    break;  // one site per drop; further photos go onto the camera's strip
                }
            drop->acceptProposedAction();
            return true;
        }
    }
    if (watched == m_tabs && m_tabs) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls() && m_cameraId && m_controller->isWritable()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList paths;
            for (const QUrl &url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    paths << url.toLocalFile();
            if (paths.isEmpty() || !m_cameraId)
                return false;
            drop->acceptProposedAction();
            attachPhotoFiles(paths);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nadzor::ui
