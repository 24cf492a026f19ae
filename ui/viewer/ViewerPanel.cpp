#include "ui/viewer/ViewerPanel.h"

#include "core/common/Async.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/SeriesStrip.h"
#include "ui/viewer/TagBrowser.h"
#include "ui/viewer/ViewerPane.h"
#include "ui/viewer/WindowPresets.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QSplitter>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace consilium::ui {

namespace {

constexpr int kPaneCount = 4;

// Test seam for exportView(): the path the next call uses instead of asking (GUI thread only).
QString& nextExportPath()
{
    static QString path;
    return path;
}

int paneCountOf(ViewerPanel::Layout layout)
{
    switch (layout) {
    case ViewerPanel::Layout::Single:
        return 1;
    case ViewerPanel::Layout::SideBySide:
        return 2;
    case ViewerPanel::Layout::Grid:
        return 4;
    }
    return 1;
}

} // namespace

ViewerPanel::ViewerPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("viewerPanel"));
    m_strip = new SeriesStrip(this);

    auto* panes = new QWidget(this);
    panes->setObjectName(QStringLiteral("viewerPanes"));
    m_grid = new QGridLayout(panes);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(0);
    for (int i = 0; i < kPaneCount; ++i) {
        auto* pane = new ViewerPane(panes);
        pane->setObjectName(QStringLiteral("viewerPane%1").arg(i + 1));
        m_grid->addWidget(pane, i / 2, i % 2);
        m_panes.append(pane);
        connect(pane, &ViewerPane::activated, this, [this, pane] { setActivePane(pane); });
        connect(pane, &ViewerPane::seriesDropped, this, [this, pane](int index) { showSeriesIn(pane, index); });
        connect(pane, &ViewerPane::imageShown, this, [this, pane](int index) {
            if (pane == activePane())
                Q_EMIT imageShown(index);
        });
        connect(pane->viewport(), &ImageViewport::magnifierChanged, this, [this, pane](bool on) {
            if (pane == activePane() && m_magnifierAction && m_magnifierAction->isChecked() != on) {
                const QSignalBlocker blocker(m_magnifierAction);
                m_magnifierAction->setChecked(on);
            }
        });
        connect(pane, &ViewerPane::playingChanged, this, [this, pane](bool playing) {
            if (pane == activePane() && m_cineAction && m_cineAction->isChecked() != playing) {
                const QSignalBlocker blocker(m_cineAction);
                m_cineAction->setChecked(playing);
            }
        });
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_strip);
    splitter->addWidget(panes);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_strip, &QListWidget::currentRowChanged, this, &ViewerPanel::selectSeries);
    createActions();
    setLayoutKind(Layout::Single);
    //: Shown in the image area before anything is opened.
    m_panes.first()->clear(tr("Open DICOM files, a folder or photos with File › Open."));
}

ViewerPanel::~ViewerPanel()
{
    m_scanToken.cancel();
}

ImageViewport* ViewerPanel::viewport() const
{
    return activePane()->viewport();
}

QListWidget* ViewerPanel::seriesList() const
{
    return m_strip;
}

int ViewerPanel::currentSeries() const
{
    return activePane()->seriesIndex();
}

int ViewerPanel::currentImage() const
{
    return activePane()->currentImage();
}

int ViewerPanel::imageCount() const
{
    return activePane()->imageCount();
}

bool ViewerPanel::isPlaying() const
{
    return activePane()->isPlaying();
}

void ViewerPanel::showImage(int index)
{
    activePane()->showImage(index);
}

void ViewerPanel::step(int delta)
{
    activePane()->step(delta);
}

void ViewerPanel::setPlaying(bool playing)
{
    activePane()->setPlaying(playing);
}

QString ViewerPanel::currentPath() const
{
    return activePane()->currentPath();
}

QList<ViewerPane*> ViewerPanel::visiblePanes() const
{
    return m_panes.mid(0, paneCountOf(m_layout));
}

void ViewerPanel::setLayoutKind(Layout layout)
{
    m_layout = layout;
    const int count = paneCountOf(layout);
    for (int i = 0; i < kPaneCount; ++i) {
        ViewerPane* pane = m_panes[i];
        const bool visible = i < count;
        if (!visible)
            pane->setPlaying(false);
        pane->setVisible(visible);
        // A pane that appears shows the next series not on screen yet, so that 2x2 compares
        // four series at once.
        if (visible && pane->seriesIndex() < 0 && !m_series.isEmpty()) {
            int next = 0;
            for (int j = 0; j < i; ++j)
                next = std::max(next, m_panes[j]->seriesIndex() + 1);
            showSeriesIn(pane, next % static_cast<int>(m_series.size()));
        }
    }
    // 1x2 is side by side: the second row of the grid takes no room.
    m_grid->setRowStretch(1, count > 2 ? 1 : 0);
    m_grid->setRowStretch(0, 1);
    if (m_active >= count)
        setActivePane(m_panes.first());
    activePane()->setActive(true, count > 1);
    if (m_layoutGroup) {
        for (QAction* action : m_layoutGroup->actions()) {
            const bool matches = action->objectName().endsWith(layout == Layout::Single       ? QLatin1String("1x1")
                                                               : layout == Layout::SideBySide ? QLatin1String("1x2")
                                                                                              : QLatin1String("2x2"));
            action->setChecked(matches);
        }
    }
}

void ViewerPanel::setActivePane(ViewerPane* pane)
{
    const int index = static_cast<int>(m_panes.indexOf(pane));
    if (index < 0 || index == m_active)
        return;
    m_panes[m_active]->setActive(false, false);
    m_panes[m_active]->viewport()->setMagnifier(false); // the loupe belongs to the pane in use
    m_active = index;
    pane->setActive(true, m_layout != Layout::Single);
    syncWithActivePane();
    if (pane->currentImage() >= 0)
        Q_EMIT imageShown(pane->currentImage());
}

void ViewerPanel::syncWithActivePane()
{
    ViewerPane* pane = activePane();
    if (m_magnifierAction && m_magnifierAction->isChecked() != pane->viewport()->magnifier()) {
        const QSignalBlocker blocker(m_magnifierAction);
        m_magnifierAction->setChecked(pane->viewport()->magnifier());
    }
    if (m_cineAction && m_cineAction->isChecked() != pane->isPlaying()) {
        const QSignalBlocker blocker(m_cineAction);
        m_cineAction->setChecked(pane->isPlaying());
    }
    if (m_strip->currentRow() != pane->seriesIndex()) {
        const QSignalBlocker blocker(m_strip);
        m_strip->setCurrentRow(pane->seriesIndex());
    }
}

QAction* ViewerPanel::addAction(const QString& name, const QString& text, const QString& tip,
                                const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString shortcut = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? tip : tip + QStringLiteral(" (") + shortcut + u')');
    action->setStatusTip(tip);
    QWidget::addAction(action);
    m_actions.append(action);
    return action;
}

void ViewerPanel::addSeparator()
{
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_actions.append(separator);
}

void ViewerPanel::createActions()
{
    connect(addAction(QStringLiteral("actionNextImage"), tr("&Next Image"), tr("Show the next image of the series"),
                      {Qt::Key_Down, Qt::Key_Right}),
            &QAction::triggered, this, [this] { step(1); });
    connect(addAction(QStringLiteral("actionPreviousImage"), tr("&Previous Image"),
                      tr("Show the previous image of the series"), {Qt::Key_Up, Qt::Key_Left}),
            &QAction::triggered, this, [this] { step(-1); });
    const auto jump = [this] { return std::max(1, imageCount() / 10); };
    connect(addAction(QStringLiteral("actionPageForward"), tr("Page Forwar&d"),
                      tr("Move a tenth of the series forward"), {Qt::Key_PageDown}),
            &QAction::triggered, this, [this, jump] { step(jump()); });
    connect(addAction(QStringLiteral("actionPageBack"), tr("Page &Back"), tr("Move a tenth of the series back"),
                      {Qt::Key_PageUp}),
            &QAction::triggered, this, [this, jump] { step(-jump()); });
    connect(addAction(QStringLiteral("actionFirstImage"), tr("First Ima&ge"), tr("Show the first image of the series"),
                      {Qt::Key_Home}),
            &QAction::triggered, this, [this] { showImage(0); });
    connect(addAction(QStringLiteral("actionLastImage"), tr("&Last Image"), tr("Show the last image of the series"),
                      {Qt::Key_End}),
            &QAction::triggered, this, [this] { showImage(imageCount() - 1); });
    m_cineAction = addAction(QStringLiteral("actionCine"), tr("Play &Cine"),
                             tr("Play or pause the series as a movie"), {Qt::Key_Space});
    m_cineAction->setCheckable(true);
    connect(m_cineAction, &QAction::toggled, this, &ViewerPanel::setPlaying);
    addSeparator();

    connect(addAction(QStringLiteral("actionFit"), tr("&Fit to Window"), tr("Zoom so that the whole image fits"),
                      {Qt::Key_F}),
            &QAction::triggered, this, [this] { viewport()->fitToWindow(); });
    connect(addAction(QStringLiteral("actionActualSize"), tr("&Actual Pixels"),
                      tr("Show one image pixel per screen pixel (1:1)"), {QKeySequence(Qt::CTRL | Qt::Key_1)}),
            &QAction::triggered, this, [this] { viewport()->showActualSize(); });
    connect(addAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), tr("Magnify the image"), {QKeySequence::ZoomIn}),
            &QAction::triggered, this, [this] { viewport()->zoomBy(1.25); });
    connect(
        addAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), tr("Reduce the image"), {QKeySequence::ZoomOut}),
        &QAction::triggered, this, [this] { viewport()->zoomBy(0.8); });
    m_magnifierAction =
        addAction(QStringLiteral("actionMagnifier"), tr("&Magnifier"),
                  tr("A loupe that follows the cursor: hold the key, or tap it to keep the loupe on"), {Qt::Key_M});
    m_magnifierAction->setCheckable(true);
    m_magnifierAction->setAutoRepeat(false); // holding the key must not toggle it on and off
    connect(m_magnifierAction, &QAction::toggled, this, [this](bool on) { viewport()->setMagnifier(on); });
    m_overlaysAction =
        addAction(QStringLiteral("actionOverlays"), tr("&Overlays"),
                  tr("Show or hide the overlay planes stored with the image (annotations, regions)"), {Qt::Key_O});
    m_overlaysAction->setCheckable(true);
    m_overlaysAction->setChecked(true);
    connect(m_overlaysAction, &QAction::toggled, this, [this](bool on) {
        for (ViewerPane* pane : std::as_const(m_panes))
            pane->viewport()->setOverlaysVisible(on);
    });
    connect(addAction(QStringLiteral("actionInvert"), tr("In&vert"), tr("Swap black and white"), {Qt::Key_I}),
            &QAction::triggered, this, [this] { viewport()->toggleInvert(); });
    connect(addAction(QStringLiteral("actionRotate"), tr("&Rotate 90°"),
                      tr("Rotate the image a quarter turn clockwise"), {Qt::Key_R}),
            &QAction::triggered, this, [this] { viewport()->rotateClockwise(); });
    connect(addAction(QStringLiteral("actionFlip"), tr("Flip &Horizontally"), tr("Mirror the image left to right"),
                      {Qt::Key_H}),
            &QAction::triggered, this, [this] { viewport()->flipHorizontally(); });
    connect(addAction(QStringLiteral("actionResetView"), tr("R&eset"),
                      tr("Back to the image's own window, fitted, without rotation, flip or inversion"),
                      {Qt::Key_Escape, Qt::Key_Backspace}),
            &QAction::triggered, this, [this] { viewport()->resetView(); });
    connect(addAction(QStringLiteral("actionNextObjectWindow"), tr("Ne&xt Window from Image"),
                      tr("Switch to the next window or VOI LUT that the image itself recommends"), {Qt::Key_V}),
            &QAction::triggered, this, [this] { viewport()->nextObjectWindow(); });
    m_leftWindowLevelAction = addAction(QStringLiteral("actionLeftWindowLevel"), tr("&Window/Level with Left Button"),
                                        tr("Drag with the left button to change the window (otherwise it pans); "
                                           "the right button always changes the window"),
                                        {Qt::Key_W});
    m_leftWindowLevelAction->setCheckable(true);
    m_leftWindowLevelAction->setChecked(viewport()->leftButtonWindowsLevel());
    connect(m_leftWindowLevelAction, &QAction::toggled, this, [this](bool on) {
        for (ViewerPane* pane : std::as_const(m_panes))
            pane->viewport()->setLeftButtonWindowsLevel(on);
    });
    addSeparator();

    for (const WindowPreset& preset : ctWindowPresets()) {
        //: Menu entry of a CT window preset: %1 its name, %2 centre, %3 width (HU).
        const QString text = tr("%1 (%2/%3)").arg(preset.name).arg(preset.center).arg(preset.width);
        //: Tooltip of a CT window preset; %1 is its name.
        QAction* action = addAction(QStringLiteral("actionPreset%1").arg(preset.key), text,
                                    tr("Apply the %1 window (CT)").arg(preset.name),
                                    {QKeySequence(Qt::Key_0 + preset.key)});
        connect(action, &QAction::triggered, this,
                [this, preset] { viewport()->setWindow(preset.center, preset.width); });
    }
    addSeparator();
    m_layoutGroup = new QActionGroup(this);
    const struct {
        Layout layout;
        const char* name;
        QString text;
        QString tip;
        QKeySequence key;
    } layouts[] = {
        {Layout::Single, "actionLayout1x1", tr("Layout &1×1"), tr("Show one series"),
         QKeySequence(Qt::ALT | Qt::Key_1)},
        {Layout::SideBySide, "actionLayout1x2", tr("Layout 1×&2"), tr("Show two series side by side"),
         QKeySequence(Qt::ALT | Qt::Key_2)},
        {Layout::Grid, "actionLayout2x2", tr("Layout 2×2"), tr("Show four series in a grid"),
         QKeySequence(Qt::ALT | Qt::Key_4)},
    };
    for (const auto& entry : layouts) {
        QAction* action = addAction(QString::fromLatin1(entry.name), entry.text, entry.tip, {entry.key});
        action->setCheckable(true);
        action->setChecked(entry.layout == m_layout);
        m_layoutGroup->addAction(action);
        const Layout layout = entry.layout;
        connect(action, &QAction::triggered, this, [this, layout] { setLayoutKind(layout); });
    }
    connect(addAction(QStringLiteral("actionNextPane"), tr("Next &Pane"), tr("Make the next pane the active one"),
                      {Qt::Key_Tab}),
            &QAction::triggered, this, [this] {
                const QList<ViewerPane*> panes = visiblePanes();
                setActivePane(panes[(panes.indexOf(activePane()) + 1) % panes.size()]);
                activePane()->viewport()->setFocus();
            });
    addSeparator();
    connect(addAction(QStringLiteral("actionTagBrowser"), tr("DICOM &Tags…"),
                      tr("Browse every attribute of the current image, sequences included, and search them"),
                      {QKeySequence(Qt::CTRL | Qt::Key_T)}),
            &QAction::triggered, this, &ViewerPanel::showTagBrowser);
    connect(this, &ViewerPanel::imageShown, this, [this] {
        if (m_tagBrowser && m_tagBrowser->isVisible() && m_tagBrowser->file() != currentPath()
            && !currentPath().isEmpty())
            m_tagBrowser->showFile(currentPath());
    });
}

TagBrowser* ViewerPanel::showTagBrowser()
{
    if (!m_tagBrowser)
        m_tagBrowser = new TagBrowser(this);
    const QString path = currentPath();
    if (!path.isEmpty() && path != m_tagBrowser->file())
        m_tagBrowser->showFile(path);
    m_tagBrowser->show();
    m_tagBrowser->raise();
    m_tagBrowser->activateWindow();
    return m_tagBrowser;
}

void ViewerPanel::openPaths(const QStringList& paths)
{
    scan(paths, false);
}

void ViewerPanel::extendPaths(const QStringList& paths)
{
    scan(paths, true);
}

void ViewerPanel::scan(const QStringList& paths, bool keepCurrent)
{
    m_scanToken.cancel();
    m_scanToken = CancellationToken();
    const QString keepPath = keepCurrent ? currentPath() : QString();
    if (keepPath.isEmpty()) {
        for (ViewerPane* pane : std::as_const(m_panes))
            pane->setPlaying(false);
        //: Shown in the image area while files are being scanned.
        activePane()->clear(
            tr("Reading %1…")
                .arg(paths.size() == 1 ? QDir::toNativeSeparators(paths.first()) : tr("%1 items").arg(paths.size())));
    }
    const CancellationToken token = m_scanToken;
    runAsync(
        this, [paths, token] { return dicom::scanSeries(paths, token); },
        [this, token, keepPath](dicom::SeriesScan result) {
            if (!token.isCancelled())
                applyScan(std::move(result), keepPath);
        });
}

void ViewerPanel::applyScan(dicom::SeriesScan result, const QString& keepPath)
{
    // The image on screen, found again in the new series (extendPaths()).
    int keepSeries = -1;
    int keepImage = -1;
    for (int s = 0; !keepPath.isEmpty() && s < result.series.size() && keepSeries < 0; ++s) {
        const QList<dicom::StackImage>& images = result.series[s].images;
        for (int i = 0; i < images.size(); ++i) {
            if (images[i].path == keepPath) {
                keepSeries = s;
                keepImage = i;
                break;
            }
        }
    }
    m_series = std::move(result.series);
    m_strip->setSeries(m_series);
    if (keepSeries >= 0) {
        // The panes are given the larger series; the active one stays on the same image.
        const QList<ViewerPane*> panes = visiblePanes();
        ViewerPane* active = activePane();
        active->extendSeries(m_series[keepSeries], keepSeries, keepImage);
        for (ViewerPane* pane : panes) {
            if (pane != active)
                showSeriesIn(pane, static_cast<int>((panes.indexOf(pane)) % m_series.size()));
        }
        syncWithActivePane();
        Q_EMIT loadingFinished(static_cast<int>(m_series.size()), result.problems);
        return;
    }
    for (ViewerPane* pane : std::as_const(m_panes))
        pane->clear(QString());
    if (m_series.isEmpty()) {
        //: Shown when nothing that was opened can be displayed.
        activePane()->clear(result.problems.isEmpty()
                                ? tr("No images found.")
                                : tr("No images could be shown:\n%1").arg(result.problems.mid(0, 5).join(u'\n')));
    } else {
        // Each visible pane shows its own series, in order, the active one the first.
        const QList<ViewerPane*> panes = visiblePanes();
        for (int i = 0; i < panes.size(); ++i)
            showSeriesIn(panes[i], i % static_cast<int>(m_series.size()));
        setActivePane(panes.first());
        syncWithActivePane();
    }
    Q_EMIT loadingFinished(static_cast<int>(m_series.size()), result.problems);
}

void ViewerPanel::selectSeries(int index)
{
    if (index < 0 || index >= m_series.size() || index == activePane()->seriesIndex())
        return;
    showSeriesIn(activePane(), index);
}

void ViewerPanel::showSeriesIn(ViewerPane* pane, int index)
{
    if (index < 0 || index >= m_series.size())
        return;
    pane->setSeries(m_series[index], index);
    if (pane == activePane())
        syncWithActivePane();
}

void ViewerPanel::setNextExportPath(const QString& path)
{
    nextExportPath() = path;
}

void ViewerPanel::exportView()
{
    if (!viewport()->hasFrame()) {
        //: Export View when no image is on screen.
        Q_EMIT exportFinished(false, tr("There is no image to export."));
        return;
    }
    if (!nextExportPath().isEmpty()) {
        exportViewTo(std::exchange(nextExportPath(), QString()));
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Export View"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    //: File dialog filters of Export View; keep the patterns in parentheses unchanged.
    dialog->setNameFilters({tr("PNG image (*.png)"), tr("JPEG image (*.jpg *.jpeg)")});
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.jpg")) ? QStringLiteral("jpg")
                                                                         : QStringLiteral("png"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ViewerPanel::exportViewTo);
    dialog->open();
}

void ViewerPanel::exportViewTo(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool jpeg = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
    if (!jpeg && suffix != QLatin1String("png")) {
        //: Export View with a file name that is neither .png nor .jpg; %1 is the file.
        Q_EMIT exportFinished(false,
                              tr("%1: choose a name ending in .png or .jpg.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Exactly what the screen shows: the viewport paints itself into the image, at the
    // screen's pixel density. The probe follows the mouse, not the image: leave it out.
    const QImage view = viewport()->viewImage();
    runAsync(
        this,
        [view, path, jpeg]() -> QString {
            QImageWriter writer(path, jpeg ? "jpg" : "png");
            if (jpeg)
                writer.setQuality(95);
            // JPEG has no alpha; PNG keeps the exact pixels.
            if (writer.write(view.convertToFormat(jpeg ? QImage::Format_RGB888 : QImage::Format_RGB32)))
                return {};
            return writer.errorString();
        },
        [this, path](const QString& error) {
            if (error.isEmpty()) {
                //: Status message after Export View; %1 is the file written.
                Q_EMIT exportFinished(true, tr("View exported to %1").arg(QDir::toNativeSeparators(path)));
            } else {
                //: Export View failed; %1 the file, %2 the reason.
                Q_EMIT exportFinished(false, tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), error));
            }
        });
}

} // namespace consilium::ui
