#include "ui/viewer/ViewerPanel.h"

#include "core/common/Async.h"
#include "core/dicom/FileScan.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/PhotoReader.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/TagBrowser.h"
#include "ui/viewer/WindowPresets.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QImageWriter>
#include <QStandardPaths>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace consilium::ui {

namespace {

// Frames kept decoded around the current one: a 512 x 512 CT frame is 1 MiB as stored values,
// so this bounds the cache to a few hundred MiB even for large matrices.
constexpr int kCacheLimit = 160;
// Decodes in flight at once, and how far ahead scrolling and cine prefetch.
constexpr int kMaxPending = 4;
constexpr int kPrefetchAhead = 4;
constexpr double kDefaultCineFps = 15.0;

// "Doe^Jane^M^Dr" (PS3.5 6.2.1.1: family^given^middle^prefix^suffix) as "Doe, Dr Jane M".
QString displayName(const QString& personName)
{
    const QString alphabetic = personName.section(u'=', 0, 0); // ideographic/phonetic groups aside
    const QStringList parts = alphabetic.split(u'^');
    const QString family = parts.value(0).trimmed();
    QStringList rest;
    for (const int i : {3, 1, 2, 4}) {
        if (!parts.value(i).trimmed().isEmpty())
            rest << parts.value(i).trimmed();
    }
    if (rest.isEmpty())
        return family;
    return family.isEmpty() ? rest.join(u' ') : family + QStringLiteral(", ") + rest.join(u' ');
}

// Test seam for exportView(): the path the next call uses instead of asking (GUI thread only).
QString& nextExportPath()
{
    static QString path;
    return path;
}

struct ScanEntry {
    QString path;
    Result<dicom::ImageInfo> info;
    bool isPhoto = false;
};

} // namespace

ViewerPanel::ViewerPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("viewerPanel"));
    m_seriesList = new QListWidget(this);
    m_seriesList->setObjectName(QStringLiteral("seriesList"));
    //: Accessible name of the list of series found in the opened files.
    m_seriesList->setAccessibleName(tr("Series"));
    // Arrow keys, Space and number keys belong to the image; the list is used with the mouse.
    m_seriesList->setFocusPolicy(Qt::NoFocus);
    m_seriesList->setMinimumWidth(160);
    m_viewport = new ImageViewport(this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_seriesList);
    splitter->addWidget(m_viewport);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_seriesList, &QListWidget::currentRowChanged, this, &ViewerPanel::selectSeries);
    connect(m_viewport, &ImageViewport::stepRequested, this, &ViewerPanel::step);
    connect(&m_cine, &QTimer::timeout, this, &ViewerPanel::advanceCine);
    createActions();
    //: Shown in the image area before anything is opened.
    m_viewport->showMessage(tr("Open DICOM files, a folder or photos with File › Open."));
}

ViewerPanel::~ViewerPanel()
{
    m_scanToken.cancel();
}

int ViewerPanel::imageCount() const
{
    return m_seriesIndex >= 0 ? static_cast<int>(m_series[m_seriesIndex].images.size()) : 0;
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
            &QAction::triggered, m_viewport, &ImageViewport::fitToWindow);
    connect(addAction(QStringLiteral("actionActualSize"), tr("&Actual Pixels"),
                      tr("Show one image pixel per screen pixel (1:1)"), {QKeySequence(Qt::CTRL | Qt::Key_1)}),
            &QAction::triggered, m_viewport, &ImageViewport::showActualSize);
    connect(addAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), tr("Magnify the image"),
                      {QKeySequence::ZoomIn}),
            &QAction::triggered, this, [this] { m_viewport->zoomBy(1.25); });
    connect(addAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), tr("Reduce the image"),
                      {QKeySequence::ZoomOut}),
            &QAction::triggered, this, [this] { m_viewport->zoomBy(0.8); });
    connect(addAction(QStringLiteral("actionInvert"), tr("In&vert"), tr("Swap black and white"), {Qt::Key_I}),
            &QAction::triggered, m_viewport, &ImageViewport::toggleInvert);
    connect(addAction(QStringLiteral("actionRotate"), tr("&Rotate 90°"), tr("Rotate the image a quarter turn clockwise"),
                      {Qt::Key_R}),
            &QAction::triggered, m_viewport, &ImageViewport::rotateClockwise);
    connect(addAction(QStringLiteral("actionFlip"), tr("Flip &Horizontally"), tr("Mirror the image left to right"),
                      {Qt::Key_H}),
            &QAction::triggered, m_viewport, &ImageViewport::flipHorizontally);
    connect(addAction(QStringLiteral("actionResetView"), tr("R&eset"),
                      tr("Back to the image's own window, fitted, without rotation, flip or inversion"),
                      {Qt::Key_Escape, Qt::Key_Backspace}),
            &QAction::triggered, m_viewport, &ImageViewport::resetView);
    connect(addAction(QStringLiteral("actionNextObjectWindow"), tr("Ne&xt Window from Image"),
                      tr("Switch to the next window or VOI LUT that the image itself recommends"), {Qt::Key_V}),
            &QAction::triggered, m_viewport, &ImageViewport::nextObjectWindow);
    m_leftWindowLevelAction = addAction(QStringLiteral("actionLeftWindowLevel"), tr("&Window/Level with Left Button"),
                                        tr("Drag with the left button to change the window (otherwise it pans); "
                                           "the right button always changes the window"),
                                        {Qt::Key_W});
    m_leftWindowLevelAction->setCheckable(true);
    m_leftWindowLevelAction->setChecked(m_viewport->leftButtonWindowsLevel());
    connect(m_leftWindowLevelAction, &QAction::toggled, m_viewport, &ImageViewport::setLeftButtonWindowsLevel);
    addSeparator();

    for (const WindowPreset& preset : ctWindowPresets()) {
        //: Menu entry of a CT window preset: %1 its name, %2 centre, %3 width (HU).
        const QString text = tr("%1 (%2/%3)").arg(preset.name).arg(preset.center).arg(preset.width);
        //: Tooltip of a CT window preset; %1 is its name.
        QAction* action = addAction(QStringLiteral("actionPreset%1").arg(preset.key), text,
                                    tr("Apply the %1 window (CT)").arg(preset.name),
                                    {QKeySequence(Qt::Key_0 + preset.key)});
        connect(action, &QAction::triggered, this,
                [this, preset] { m_viewport->setWindow(preset.center, preset.width); });
    }
    addSeparator();
    connect(addAction(QStringLiteral("actionTagBrowser"), tr("DICOM &Tags…"),
                      tr("Browse every attribute of the current image, sequences included, and search them"),
                      {QKeySequence(Qt::CTRL | Qt::Key_T)}),
            &QAction::triggered, this, &ViewerPanel::showTagBrowser);
    connect(m_viewport, &ImageViewport::displayChanged, this, &ViewerPanel::updateCornerText);
    connect(this, &ViewerPanel::imageShown, this, [this] {
        if (m_tagBrowser && m_tagBrowser->isVisible() && m_tagBrowser->file() != currentPath()
            && !currentPath().isEmpty())
            m_tagBrowser->showFile(currentPath());
    });
}

QString ViewerPanel::currentPath() const
{
    if (m_seriesIndex < 0 || m_current < 0 || m_current >= imageCount())
        return {};
    return m_series[m_seriesIndex].images[m_current].path;
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

ViewerPanel::ScanResult ViewerPanel::scan(const QStringList& paths, const CancellationToken& token)
{
    ScanResult result;
    const auto files = dicom::expandPaths(paths);
    if (!files) {
        result.problems << files.error().message;
        return result;
    }
    // Headers only, in parallel; this runs on a pool thread, so blocking here blocks no one.
    const QList<ScanEntry> entries = QtConcurrent::blockingMapped(*files, [token](const QString& path) {
        ScanEntry entry{path, tl::unexpected(cancelledError(QStringLiteral("viewer"))), false};
        if (token.isCancelled())
            return entry;
        entry.info = dicom::readImageInfo(path);
        if (!entry.info && imaging::isPhoto(path))
            entry.isPhoto = true;
        return entry;
    });
    QList<dicom::ImageInfo> images;
    for (const ScanEntry& entry : entries) {
        if (entry.info) {
            images.append(*entry.info);
        } else if (entry.isPhoto) {
            dicom::ImageSeries photo;
            photo.isPhoto = true;
            photo.description = QFileInfo(entry.path).fileName();
            photo.images.append(dicom::StackImage{entry.path, 0});
            result.series.append(photo);
        } else {
            result.problems << entry.info.error().toString(QDir::toNativeSeparators(entry.path));
        }
    }
    result.series = dicom::buildSeries(images) + result.series;
    return result;
}

void ViewerPanel::openPaths(const QStringList& paths)
{
    m_scanToken.cancel();
    m_scanToken = CancellationToken();
    setPlaying(false);
    //: Shown in the image area while files are being scanned.
    m_viewport->showMessage(tr("Reading %1…").arg(paths.size() == 1 ? QDir::toNativeSeparators(paths.first())
                                                                    : tr("%1 items").arg(paths.size())));
    const CancellationToken token = m_scanToken;
    runAsync(this, [paths, token] { return scan(paths, token); },
             [this, token](ScanResult result) {
                 if (!token.isCancelled())
                     applyScan(std::move(result));
             });
}

void ViewerPanel::applyScan(ScanResult result)
{
    m_series = std::move(result.series);
    m_seriesIndex = -1;
    const QSignalBlocker blocker(m_seriesList);
    m_seriesList->clear();
    for (const dicom::ImageSeries& series : m_series) {
        const QString name = series.description.isEmpty() ? tr("(no description)") : series.description;
        QString label;
        if (series.isPhoto) {
            //: Series list entry of a photo; %1 is the file name.
            label = tr("Photo: %1").arg(name);
        } else if (series.seriesInstanceUid.isEmpty()) {
            label = name; // a lone file without series identity: its name says it all
        } else {
            //: Series list entry: %1 series number, %2 description, %3 modality, %4 number of images.
            label = tr("%1 · %2\n%3 · images: %4")
                        .arg(series.seriesNumber)
                        .arg(name, series.modality)
                        .arg(series.images.size());
        }
        auto* item = new QListWidgetItem(label, m_seriesList);
        item->setToolTip(series.studyDescription.isEmpty() ? label : series.studyDescription + u'\n' + label);
    }
    if (m_series.isEmpty()) {
        //: Shown when nothing that was opened can be displayed.
        m_viewport->showMessage(result.problems.isEmpty() ? tr("No images found.")
                                                          : tr("No images could be shown:\n%1")
                                                                .arg(result.problems.mid(0, 5).join(u'\n')));
    } else {
        m_seriesList->setCurrentRow(0);
        selectSeries(0);
    }
    Q_EMIT loadingFinished(static_cast<int>(m_series.size()), result.problems);
}

void ViewerPanel::selectSeries(int index)
{
    if (index < 0 || index >= m_series.size() || index == m_seriesIndex)
        return;
    setPlaying(false);
    ++m_generation;
    m_seriesIndex = index;
    m_cache.clear();
    m_failures.clear();
    m_pending.clear();
    m_current = -1;
    m_resetOnNextFrame = true;
    if (m_seriesList->currentRow() != index) {
        const QSignalBlocker blocker(m_seriesList);
        m_seriesList->setCurrentRow(index);
    }
    // Start in the middle of a volume, where the anatomy is; at the start of anything else.
    const dicom::ImageSeries& series = m_series[index];
    showImage(series.modality == QLatin1String("CT") || series.modality == QLatin1String("MR")
                  ? static_cast<int>(series.images.size()) / 2
                  : 0);
}

void ViewerPanel::showImage(int index)
{
    if (m_seriesIndex < 0 || imageCount() == 0)
        return;
    index = std::clamp(index, 0, imageCount() - 1);
    if (index == m_current && (m_cache.contains(index) || m_pending.contains(index)))
        return;
    m_current = index;
    if (m_cache.contains(index) || m_failures.contains(index))
        display(index);
    else
        requestFrame(index);
    prefetchAround(index);
    updateCornerText();
}

void ViewerPanel::requestFrame(int index)
{
    if (m_pending.contains(index) || m_cache.contains(index) || index < 0 || index >= imageCount())
        return;
    m_pending.insert(index);
    const dicom::StackImage image = m_series[m_seriesIndex].images[index];
    const quint64 generation = m_generation;
    runAsync(this, [image] { return dicom::loadFrame(image.path, image.frame); },
             [this, index, generation](Result<imaging::Frame> frame) {
                 if (generation != m_generation)
                     return; // another series is shown now
                 m_pending.remove(index);
                 if (frame) {
                     m_cache.insert(index, std::move(*frame));
                 } else {
                     m_failures.insert(index, frame.error().message);
                 }
                 // Keep the cache near the current position.
                 if (m_cache.size() > kCacheLimit) {
                     int farthest = m_cache.constBegin().key();
                     for (auto it = m_cache.constBegin(); it != m_cache.constEnd(); ++it) {
                         if (std::abs(it.key() - m_current) > std::abs(farthest - m_current))
                             farthest = it.key();
                     }
                     m_cache.remove(farthest);
                 }
                 if (index == m_current)
                     display(index);
                 prefetchAround(m_current);
             });
}

void ViewerPanel::prefetchAround(int index)
{
    for (int offset = 1; offset <= kPrefetchAhead && m_pending.size() < kMaxPending; ++offset) {
        for (const int candidate : {index + offset, index - offset}) {
            if (candidate >= 0 && candidate < imageCount() && !m_cache.contains(candidate)
                && !m_failures.contains(candidate) && m_pending.size() < kMaxPending)
                requestFrame(candidate);
        }
    }
}

void ViewerPanel::display(int index)
{
    if (const auto it = m_failures.constFind(index); it != m_failures.constEnd()) {
        const QString file = QFileInfo(m_series[m_seriesIndex].images[index].path).fileName();
        //: Shown instead of an image that cannot be decoded; %1 file name, %2 the reason.
        m_viewport->showMessage(tr("%1 cannot be shown:\n%2").arg(file, *it));
    } else {
        m_viewport->setFrame(m_cache.value(index), m_resetOnNextFrame);
        m_resetOnNextFrame = false;
    }
    updateCornerText();
    Q_EMIT imageShown(index);
}

void ViewerPanel::updateCornerText()
{
    if (m_seriesIndex < 0)
        return;
    const dicom::ImageSeries& series = m_series[m_seriesIndex];
    QStringList left;
    if (!series.patientName.isEmpty())
        left << displayName(series.patientName);
    if (!series.studyDescription.isEmpty())
        left << series.studyDescription;
    if (series.isPhoto || series.seriesInstanceUid.isEmpty()) {
        left << series.description;
    } else {
        //: Corner text: modality and series number.
        QString line = tr("%1 · Series %2").arg(series.modality).arg(series.seriesNumber);
        if (!series.description.isEmpty())
            line += QStringLiteral(" · ") + series.description;
        left << line;
    }
    QStringList right;
    if (imageCount() > 1) {
        //: Corner text: position in the series ("Image 3 / 20").
        right << tr("Image %1 / %2").arg(m_current + 1).arg(imageCount());
        if (m_current >= 0 && series.images[m_current].frame > 0)
            //: Corner text for a frame of a multi-frame object.
            right << tr("Frame %1").arg(series.images[m_current].frame + 1);
    }
    if (isPlaying())
        //: Corner text while cine plays; %1 frames per second.
        right << tr("Cine %1 fps").arg(QLocale().toString(1000.0 / m_cine.interval(), 'f', 0));
    m_viewport->setCornerText(left.join(u'\n'), right.join(u'\n'));
}

void ViewerPanel::setPlaying(bool playing)
{
    if (playing && imageCount() > 1) {
        const double frameTime = m_seriesIndex >= 0 ? m_series[m_seriesIndex].frameTimeMs : 0.0;
        m_cine.start(static_cast<int>(std::lround(frameTime > 0.0 ? frameTime : 1000.0 / kDefaultCineFps)));
    } else {
        m_cine.stop();
    }
    if (m_cineAction && m_cineAction->isChecked() != m_cine.isActive()) {
        const QSignalBlocker blocker(m_cineAction);
        m_cineAction->setChecked(m_cine.isActive());
    }
    updateCornerText();
}

void ViewerPanel::advanceCine()
{
    // Wait for a frame still decoding rather than skip it: the loop shows every frame.
    const int next = (m_current + 1) % std::max(1, imageCount());
    if (m_pending.contains(m_current))
        return;
    if (!m_cache.contains(next) && !m_failures.contains(next)) {
        requestFrame(next);
        return;
    }
    showImage(next);
}

void ViewerPanel::setNextExportPath(const QString& path)
{
    nextExportPath() = path;
}

void ViewerPanel::exportView()
{
    if (!m_viewport->hasFrame()) {
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
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.jpg")) ? QStringLiteral("jpg") : QStringLiteral("png"));
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
        Q_EMIT exportFinished(false, tr("%1: choose a name ending in .png or .jpg.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Exactly what the screen shows: the viewport paints itself into the image, at the
    // screen's pixel density. The probe follows the mouse, not the image: leave it out.
    const QImage view = m_viewport->viewImage();
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
