#include "ui/viewer/ViewerPane.h"

#include "core/common/Async.h"
#include "core/dicom/ImageDecoder.h"
#include "ui/viewer/ImageViewport.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace consilium::ui {

namespace {

// Frames kept decoded around the current one: a 512 x 512 CT frame is 1 MiB as stored values,
// so this bounds the cache to a few hundred MiB even for large matrices (per pane; panes
// showing other series share nothing).
constexpr int kCacheLimit = 160;
// Decodes in flight at once, and how far ahead scrolling and cine prefetch.
constexpr int kMaxPending = 4;
constexpr int kPrefetchAhead = 4;
constexpr double kDefaultCineFps = 15.0;
constexpr int kBorder = 2;

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

} // namespace

QString ViewerPane::seriesMimeType()
{
    return QStringLiteral("application/x-consilium-series-index");
}

ViewerPane::ViewerPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("viewerPane"));
    setAcceptDrops(true);
    m_viewport = new ImageViewport(this);
    m_viewport->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBorder, kBorder, kBorder, kBorder);
    layout->addWidget(m_viewport);
    connect(m_viewport, &ImageViewport::stepRequested, this, &ViewerPane::step);
    connect(m_viewport, &ImageViewport::displayChanged, this, &ViewerPane::updateCornerText);
    connect(&m_cine, &QTimer::timeout, this, &ViewerPane::advanceCine);
}

QString ViewerPane::currentPath() const
{
    if (m_current < 0 || m_current >= imageCount())
        return {};
    return m_series.images[m_current].path;
}

void ViewerPane::clear(const QString& message)
{
    setPlaying(false);
    ++m_generation;
    m_series = {};
    m_seriesIndex = -1;
    m_current = -1;
    m_cache.clear();
    m_failures.clear();
    m_pending.clear();
    m_viewport->showMessage(message);
}

void ViewerPane::adoptSeries(const dicom::ImageSeries& series, int seriesIndex)
{
    ++m_generation; // frames still being decoded for the old indexes are dropped
    m_series = series;
    m_seriesIndex = seriesIndex;
    m_cache.clear();
    m_failures.clear();
    m_pending.clear();
    m_current = -1;
}

void ViewerPane::setSeries(const dicom::ImageSeries& series, int seriesIndex)
{
    setPlaying(false);
    adoptSeries(series, seriesIndex);
    m_resetOnNextFrame = true;
    // Start in the middle of a volume, where the anatomy is; at the start of anything else.
    showImage(series.modality == QLatin1String("CT") || series.modality == QLatin1String("MR") ? imageCount() / 2 : 0);
}

void ViewerPane::extendSeries(const dicom::ImageSeries& series, int seriesIndex, int keepImage)
{
    // Decoded frames follow their file to its index in the new series.
    QHash<QString, imaging::Frame> decoded;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        if (it.key() >= 0 && it.key() < imageCount())
            decoded.insert(m_series.images[it.key()].path, it.value());
    }
    adoptSeries(series, seriesIndex);
    for (int i = 0; i < imageCount(); ++i) {
        if (auto it = decoded.constFind(m_series.images[i].path); it != decoded.cend())
            m_cache.insert(i, *it);
    }
    showImage(keepImage); // cine, if running, goes on through the larger series
}

void ViewerPane::showImage(int index)
{
    if (imageCount() == 0)
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

void ViewerPane::requestFrame(int index)
{
    if (m_pending.contains(index) || m_cache.contains(index) || index < 0 || index >= imageCount())
        return;
    m_pending.insert(index);
    const dicom::StackImage image = m_series.images[index];
    const quint64 generation = m_generation;
    runAsync(
        this, [image] { return dicom::loadFrame(image.path, image.frame); },
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

void ViewerPane::prefetchAround(int index)
{
    for (int offset = 1; offset <= kPrefetchAhead && m_pending.size() < kMaxPending; ++offset) {
        for (const int candidate : {index + offset, index - offset}) {
            if (candidate >= 0 && candidate < imageCount() && !m_cache.contains(candidate)
                && !m_failures.contains(candidate) && m_pending.size() < kMaxPending)
                requestFrame(candidate);
        }
    }
}

void ViewerPane::display(int index)
{
    if (const auto it = m_failures.constFind(index); it != m_failures.constEnd()) {
        const QString file = QFileInfo(m_series.images[index].path).fileName();
        //: Shown instead of an image that cannot be decoded; %1 file name, %2 the reason.
        m_viewport->showMessage(tr("%1 cannot be shown:\n%2").arg(file, *it));
    } else {
        m_viewport->setFrame(m_cache.value(index), m_resetOnNextFrame);
        m_resetOnNextFrame = false;
    }
    updateCornerText();
    Q_EMIT imageShown(index);
}

void ViewerPane::updateCornerText()
{
    if (m_seriesIndex < 0)
        return;
    QStringList left;
    if (!m_series.patientName.isEmpty())
        left << displayName(m_series.patientName);
    if (!m_series.studyDescription.isEmpty())
        left << m_series.studyDescription;
    if (m_series.isPhoto || m_series.seriesInstanceUid.isEmpty()) {
        left << m_series.description;
    } else {
        //: Corner text: modality and series number.
        QString line = tr("%1 · Series %2").arg(m_series.modality).arg(m_series.seriesNumber);
        if (!m_series.description.isEmpty())
            line += QStringLiteral(" · ") + m_series.description;
        left << line;
    }
    QStringList right;
    if (imageCount() > 1) {
        //: Corner text: position in the series ("Image 3 / 20").
        right << tr("Image %1 / %2").arg(m_current + 1).arg(imageCount());
        if (m_current >= 0 && m_series.images[m_current].frame > 0)
            //: Corner text for a frame of a multi-frame object.
            right << tr("Frame %1").arg(m_series.images[m_current].frame + 1);
    }
    if (isPlaying())
        //: Corner text while cine plays; %1 frames per second.
        right << tr("Cine %1 fps").arg(QLocale().toString(1000.0 / m_cine.interval(), 'f', 0));
    m_viewport->setCornerText(left.join(u'\n'), right.join(u'\n'));
}

void ViewerPane::setPlaying(bool playing)
{
    const bool was = m_cine.isActive();
    if (playing && imageCount() > 1) {
        const double frameTime = m_series.frameTimeMs;
        m_cine.start(static_cast<int>(std::lround(frameTime > 0.0 ? frameTime : 1000.0 / kDefaultCineFps)));
    } else {
        m_cine.stop();
    }
    updateCornerText();
    if (was != m_cine.isActive())
        Q_EMIT playingChanged(m_cine.isActive());
}

void ViewerPane::advanceCine()
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

void ViewerPane::setActive(bool active, bool marked)
{
    if (m_active == active && m_marked == marked)
        return;
    m_active = active;
    m_marked = marked;
    update();
}

bool ViewerPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        Q_EMIT activated();
    return QWidget::eventFilter(watched, event);
}

void ViewerPane::paintEvent(QPaintEvent* /*event*/)
{
    // The border around the viewport says which pane the keyboard drives.
    QPainter painter(this);
    painter.fillRect(rect(), m_active && m_marked ? palette().color(QPalette::Highlight) : QColor(40, 40, 40));
}

void ViewerPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(seriesMimeType()))
        event->acceptProposedAction();
    else
        event->ignore(); // files go to the main window
}

void ViewerPane::dropEvent(QDropEvent* event)
{
    bool ok = false;
    const int index = QString::fromLatin1(event->mimeData()->data(seriesMimeType())).toInt(&ok);
    if (!ok) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT activated();
    Q_EMIT seriesDropped(index);
}

} // namespace consilium::ui
