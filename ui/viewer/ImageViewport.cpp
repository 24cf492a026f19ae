#include "ui/viewer/ImageViewport.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace consilium::ui {

namespace {

constexpr double kMinScale = 0.05;
constexpr double kMaxScale = 32.0;
constexpr int kCornerMargin = 8;
// The scale bar takes at most this share of the view's width.
constexpr double kScaleBarShare = 0.25;

// Numbers in the corners read like "-1000 HU" and "W 1500": no group separators.
QLocale plainLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

ImageViewport::ImageViewport(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("imageViewport"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
    //: Accessible name of the area that shows the medical image.
    setAccessibleName(tr("Image"));
}

void ImageViewport::setFrame(imaging::Frame frame, bool resetDisplay)
{
    const bool sizeChanged = frame.width != m_frame.width || frame.height != m_frame.height;
    m_frame = std::move(frame);
    m_message.clear();
    if (resetDisplay) {
        m_settings = imaging::DisplaySettings::defaultsFor(m_frame);
        m_zoom = 0.0;
        m_pan = {};
        m_quarterTurns = 0;
        m_flipped = false;
    } else if (m_settings.voi == imaging::DisplaySettings::Voi::None) {
        m_settings.window = m_frame.autoWindow();
    }
    if (sizeChanged && !resetDisplay)
        m_pan = {};
    m_overlayImage = imaging::renderOverlays(m_frame, imaging::kOverlayColour);
    render();
}

void ImageViewport::showMessage(const QString& message)
{
    m_frame = {};
    m_image = {};
    m_overlayImage = {};
    m_message = message;
    m_probe.clear();
    update();
}

void ImageViewport::setCornerText(const QString& topLeft, const QString& topRight)
{
    m_topLeft = topLeft;
    m_topRight = topRight;
    update();
}

imaging::VoiWindow ImageViewport::effectiveWindow() const
{
    if (m_settings.voi == imaging::DisplaySettings::Voi::Window)
        return m_settings.window;
    return m_frame.autoWindow();
}

void ImageViewport::setWindow(double center, double width)
{
    if (!m_frame.isMonochrome() || m_frame.isNull())
        return;
    const imaging::VoiFunction function = m_settings.voi == imaging::DisplaySettings::Voi::Window
                                              ? m_settings.window.function
                                              : imaging::VoiFunction::Linear;
    m_settings.voi = imaging::DisplaySettings::Voi::Window;
    m_settings.window = imaging::VoiWindow{center, std::max(1.0, width), function, {}};
    render();
}

void ImageViewport::nextObjectWindow()
{
    const qsizetype windows = m_frame.windows.size();
    const qsizetype count = windows + m_frame.voiLuts.size();
    if (!m_frame.isMonochrome() || count == 0)
        return;
    qsizetype current = -1;
    if (m_settings.voi == imaging::DisplaySettings::Voi::Window)
        current = m_frame.windows.indexOf(m_settings.window);
    else if (m_settings.voi == imaging::DisplaySettings::Voi::Lut)
        current = windows + m_settings.lutIndex;
    const qsizetype next = (current + 1) % count;
    if (next < windows) {
        m_settings.voi = imaging::DisplaySettings::Voi::Window;
        m_settings.window = m_frame.windows[next];
    } else {
        m_settings.voi = imaging::DisplaySettings::Voi::Lut;
        m_settings.lutIndex = static_cast<int>(next - windows);
    }
    render();
}

void ImageViewport::setInvert(bool invert)
{
    m_settings.invert = invert;
    render();
}

void ImageViewport::rotateClockwise()
{
    m_quarterTurns = (m_quarterTurns + 1) % 4;
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::flipHorizontally()
{
    // Left-right on screen, whatever the rotation: the view is turn(q) after flip(f), and a
    // screen flip after turn(q) equals turn(-q) after flip(f + 1).
    m_flipped = !m_flipped;
    m_quarterTurns = (4 - m_quarterTurns) % 4;
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::fitToWindow()
{
    m_zoom = 0.0;
    m_pan = {};
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::showActualSize()
{
    m_zoom = 1.0;
    m_pan = {};
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::zoomBy(double factor, const QPointF& anchor)
{
    if (m_frame.isNull())
        return;
    const double before = scale();
    const double after = std::clamp(before * factor, kMinScale, kMaxScale);
    // Keep the image point under the anchor (the cursor) where it is.
    const QPointF centre = QPointF(width(), height()) / 2.0 + m_pan;
    const QPointF at = anchor.x() < 0 ? QPointF(width(), height()) / 2.0 : anchor;
    m_pan += (at - centre) * (1.0 - after / before);
    m_zoom = after;
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::resetView()
{
    m_settings = imaging::DisplaySettings::defaultsFor(m_frame);
    m_zoom = 0.0;
    m_pan = {};
    m_quarterTurns = 0;
    m_flipped = false;
    render();
}

double ImageViewport::fitScale() const
{
    if (m_frame.isNull())
        return 1.0;
    const bool sideways = m_quarterTurns % 2 == 1;
    const double w = sideways ? m_frame.height : m_frame.width;
    const double h = sideways ? m_frame.width : m_frame.height;
    return std::max(kMinScale, std::min(width() / w, height() / h));
}

double ImageViewport::scale() const
{
    return m_zoom > 0.0 ? m_zoom : fitScale();
}

QTransform ImageViewport::imageToWidget() const
{
    // Applied to points from the last call to the first: centre the image on the origin, flip,
    // scale, rotate, then move to the widget's centre plus the pan.
    QTransform transform;
    transform.translate(width() / 2.0 + m_pan.x(), height() / 2.0 + m_pan.y());
    transform.rotate(90.0 * m_quarterTurns);
    const double s = scale();
    transform.scale(m_flipped ? -s : s, s);
    transform.translate(-m_frame.width / 2.0, -m_frame.height / 2.0);
    return transform;
}

QPoint ImageViewport::imagePixelAt(const QPointF& widgetPos) const
{
    if (m_frame.isNull())
        return {-1, -1};
    const QPointF p = imageToWidget().inverted().map(widgetPos);
    const int x = static_cast<int>(std::floor(p.x()));
    const int y = static_cast<int>(std::floor(p.y()));
    if (x < 0 || y < 0 || x >= m_frame.width || y >= m_frame.height)
        return {-1, -1};
    return {x, y};
}

QString ImageViewport::probeText(const QPoint& pixel) const
{
    if (pixel.x() < 0 || m_frame.isNull())
        return {};
    if (!m_frame.isMonochrome()) {
        const qsizetype offset = (qsizetype(pixel.y()) * m_frame.width + pixel.x()) * 3;
        //: Pixel probe on a colour image: position, then red, green and blue values.
        return tr("x %1  y %2  R %3 G %4 B %5")
            .arg(pixel.x())
            .arg(pixel.y())
            .arg(quint8(m_frame.rgb[offset]))
            .arg(quint8(m_frame.rgb[offset + 1]))
            .arg(quint8(m_frame.rgb[offset + 2]));
    }
    const double value = m_frame.modalityValueAt(pixel.x(), pixel.y());
    const bool integral = std::abs(value - std::round(value)) < 1e-6;
    const QString number = plainLocale().toString(value, 'f', integral ? 0 : 2);
    const QString unit = m_frame.modality.unit.isEmpty() ? QString() : u' ' + m_frame.modality.unit;
    //: Pixel probe: image position, then the modality value (e.g. "-998 HU").
    return tr("x %1  y %2  %3").arg(pixel.x()).arg(pixel.y()).arg(number + unit);
}

double ImageViewport::windowSensitivity() const
{
    // A drag across ~1000 screen pixels sweeps the whole modality range (~4000 HU for CT).
    const imaging::VoiWindow full = m_frame.autoWindow();
    return std::max(full.width / 1000.0, 0.01);
}

void ImageViewport::render()
{
    m_image = imaging::renderFrame(m_frame, m_settings);
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paintView(painter, true);
    if (m_magnifier)
        drawMagnifier(painter);
}

void ImageViewport::setOverlaysVisible(bool visible)
{
    if (visible == m_showOverlays)
        return;
    m_showOverlays = visible;
    update();
    Q_EMIT displayChanged();
}

void ImageViewport::setMagnifier(bool on)
{
    if (on == m_magnifier)
        return;
    m_magnifier = on;
    if (on) {
        m_magnifierSince.start();
        if (m_cursor.x() < 0)
            m_cursor = mapFromGlobal(QCursor::pos());
        if (!rect().contains(m_cursor.toPoint()))
            m_cursor = QPointF(width(), height()) / 2.0;
    }
    update();
    Q_EMIT magnifierChanged(on);
}

void ImageViewport::drawMagnifier(QPainter& painter) const
{
    if (m_image.isNull())
        return;
    const double radius = kMagnifierDiameter / 2.0;
    QPainterPath circle;
    circle.addEllipse(m_cursor, radius, radius);
    painter.save();
    painter.setClipPath(circle);
    painter.fillPath(circle, Qt::black);
    // The view, scaled about the cursor: the image point under the cursor stays under it.
    QTransform loupe;
    loupe.translate(m_cursor.x(), m_cursor.y());
    loupe.scale(kMagnification, kMagnification);
    loupe.translate(-m_cursor.x(), -m_cursor.y());
    painter.setTransform(imageToWidget() * loupe);
    // Crisp pixels: a loupe is for seeing the real matrix.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() * kMagnification < 3.0);
    painter.drawImage(QPointF(0, 0), m_image);
    if (m_showOverlays && !m_overlayImage.isNull())
        painter.drawImage(QPointF(0, 0), m_overlayImage);
    painter.restore();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 200), 4));
    painter.drawEllipse(m_cursor, radius, radius);
    painter.setPen(QPen(QColor(235, 235, 200), 1.5));
    painter.drawEllipse(m_cursor, radius, radius);
    painter.restore();
}

void ImageViewport::keyReleaseEvent(QKeyEvent* event)
{
    // M held longer than a tap: the loupe was wanted only while the key was down.
    constexpr qint64 kTapMs = 350;
    if (event->key() == Qt::Key_M && !event->isAutoRepeat() && m_magnifier && m_magnifierSince.elapsed() > kTapMs) {
        setMagnifier(false);
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

QImage ImageViewport::viewImage() const
{
    const qreal ratio = devicePixelRatioF();
    QImage image((QSizeF(size()) * ratio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    painter.setFont(font()); // as on screen: the widget's font, not the application default
    paintView(painter, false);
    return image;
}

void ImageViewport::paintView(QPainter& painter, bool withProbe) const
{
    painter.fillRect(rect(), Qt::black);
    if (!m_image.isNull()) {
        painter.save();
        // Smooth when minifying (no aliasing); crisp pixels when magnifying a lot, as
        // radiologists expect to see the real matrix.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 3.0);
        painter.setTransform(imageToWidget());
        painter.drawImage(QPointF(0, 0), m_image);
        if (m_showOverlays && !m_overlayImage.isNull())
            painter.drawImage(QPointF(0, 0), m_overlayImage);
        painter.restore();
    } else if (!m_message.isEmpty()) {
        painter.setPen(QColor(220, 220, 220));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    drawOrientationAndScale(painter);
    drawCorners(painter, withProbe);
}

std::optional<imaging::OrientationMarkers> ImageViewport::orientationMarkers() const
{
    if (m_frame.isNull() || !m_frame.orientation)
        return std::nullopt;
    return imaging::orientationMarkers(*m_frame.orientation, m_quarterTurns, m_flipped);
}

std::optional<imaging::ScaleBar> ImageViewport::scaleBar() const
{
    if (m_frame.isNull() || !m_frame.pixelSpacing)
        return std::nullopt;
    // Pixel Spacing is row spacing (vertical) then column spacing (horizontal); a quarter turn
    // puts the image's columns on the screen's vertical.
    const double horizontalSpacing = (*m_frame.pixelSpacing)[m_quarterTurns % 2 == 0 ? 1 : 0];
    return imaging::chooseScaleBar(horizontalSpacing / scale(), std::max(40.0, width() * kScaleBarShare));
}

void ImageViewport::drawOrientationAndScale(QPainter& painter) const
{
    const auto markers = orientationMarkers();
    const auto bar = scaleBar();
    if (!markers && !bar)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text(235, 235, 200);
    const QColor shadow(0, 0, 0, 200);
    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF()) * 1.25);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF area = QRectF(rect()).adjusted(kCornerMargin, kCornerMargin, -kCornerMargin, -kCornerMargin);
    auto outlined = [&](const QRectF& box, int alignment, const QString& label) {
        painter.setPen(shadow);
        for (const QPointF offset : {QPointF(1, 1), QPointF(-1, -1), QPointF(1, -1), QPointF(-1, 1)})
            painter.drawText(box.translated(offset), alignment, label);
        painter.setPen(text);
        painter.drawText(box, alignment, label);
    };
    // The bar sits at the bottom centre, the bottom marker just above it.
    double barTop = area.bottom();
    if (bar) {
        QFont small = painter.font();
        small.setBold(false);
        small.setPointSizeF(small.pointSizeF() / 1.25);
        painter.setFont(small);
        const QFontMetricsF smallMetrics(small);
        const double y = area.bottom() - smallMetrics.height() - 4;
        const double x0 = area.center().x() - bar->screenPixels / 2.0;
        const double x1 = x0 + bar->screenPixels;
        QPainterPath path;
        path.moveTo(x0, y - 6);
        path.lineTo(x0, y);
        path.lineTo(x1, y);
        path.lineTo(x1, y - 6);
        for (int i = 1; i < 10; ++i) {
            const double x = x0 + bar->screenPixels * i / 10.0;
            path.moveTo(x, y);
            path.lineTo(x, y - (i == 5 ? 5 : 3));
        }
        painter.strokePath(path, QPen(shadow, 3.5));
        painter.strokePath(path, QPen(text, 1.5));
        const QString label = m_frame.spacingAtDetector
                                  //: Scale bar label when only the detector's pixel spacing is known
                                  //: (Imager Pixel Spacing): lengths are measured at the detector.
                                  ? tr("%1 mm at detector").arg(plainLocale().toString(bar->millimetres, 'g', 6))
                                  //: Scale bar label, a length in millimetres.
                                  : tr("%1 mm").arg(plainLocale().toString(bar->millimetres, 'g', 6));
        outlined(QRectF(area.left(), y + 2, area.width(), smallMetrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                 label);
        painter.setFont(font);
        barTop = y - 8;
    }
    if (markers) {
        const double h = metrics.height();
        const double midY = area.center().y() - h / 2.0;
        outlined(QRectF(area.left(), midY, area.width(), h), Qt::AlignLeft | Qt::AlignVCenter, markers->left);
        outlined(QRectF(area.left(), midY, area.width(), h), Qt::AlignRight | Qt::AlignVCenter, markers->right);
        outlined(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignHCenter | Qt::AlignTop, markers->top);
        outlined(QRectF(area.left(), barTop - h, area.width(), h), Qt::AlignHCenter | Qt::AlignBottom, markers->bottom);
    }
    painter.restore();
}

void ImageViewport::drawCorners(QPainter& painter, bool withProbe) const
{
    if (m_frame.isNull())
        return;
    QStringList bottomLeft;
    if (m_frame.isMonochrome()) {
        const imaging::VoiWindow window = effectiveWindow();
        if (m_settings.voi == imaging::DisplaySettings::Voi::Lut) {
            //: Corner text when the object's own VOI lookup table is in use.
            bottomLeft << tr("VOI LUT %1").arg(m_settings.lutIndex + 1);
            if (m_settings.lutIndex < m_frame.voiLuts.size())
                bottomLeft.last() += u' ' + m_frame.voiLuts[m_settings.lutIndex].explanation;
        } else {
            //: Corner text: window width and level (centre), in modality units.
            bottomLeft << tr("W %1  L %2").arg(plainLocale().toString(window.width, 'f', 0),
                                                   plainLocale().toString(window.center, 'f', 0));
            // The object's own name for its window ("BRAIN"), when it is the one in use.
            if (m_settings.voi == imaging::DisplaySettings::Voi::Window && !window.explanation.isEmpty())
                bottomLeft.last() += QStringLiteral("  ") + window.explanation;
        }
    }
    //: Corner text: zoom factor in percent.
    bottomLeft << tr("Zoom %1%").arg(plainLocale().toString(scale() * 100.0, 'f', 0));
    if (m_settings.invert)
        //: Corner text shown while the image is displayed inverted.
        bottomLeft << tr("Inverted");
    if (!m_overlayImage.isNull() && !m_showOverlays)
        //: Corner text when the image has overlay planes and the user hid them (key O).
        bottomLeft << tr("Overlays hidden");

    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF()));
    painter.setFont(font);
    const QRect area = rect().adjusted(kCornerMargin, kCornerMargin, -kCornerMargin, -kCornerMargin);
    auto draw = [&](const QString& text, int alignment) {
        if (text.isEmpty())
            return;
        // A dark outline keeps the text legible over white bone and black air alike.
        painter.setPen(QColor(0, 0, 0, 200));
        for (const QPoint offset : {QPoint(1, 1), QPoint(-1, -1), QPoint(1, -1), QPoint(-1, 1)})
            painter.drawText(area.translated(offset), alignment, text);
        painter.setPen(QColor(235, 235, 200));
        painter.drawText(area, alignment, text);
    };
    draw(m_topLeft, Qt::AlignTop | Qt::AlignLeft);
    draw(m_topRight, Qt::AlignTop | Qt::AlignRight);
    draw(bottomLeft.join(u'\n'), Qt::AlignBottom | Qt::AlignLeft);
    QString bottomRight = withProbe ? m_probe : QString();
    if (!m_frame.incomplete.isEmpty())
        bottomRight = m_frame.incomplete + (bottomRight.isEmpty() ? QString() : u'\n' + bottomRight);
    draw(bottomRight, Qt::AlignBottom | Qt::AlignRight);
}

void ImageViewport::mousePressEvent(QMouseEvent* event)
{
    const bool windowLevel = event->button() == Qt::RightButton
                             || (event->button() == Qt::LeftButton && m_leftWindowLevel);
    if (windowLevel && m_frame.isMonochrome() && !m_frame.isNull()) {
        m_drag = Drag::WindowLevel;
        m_dragWindow = effectiveWindow();
    } else if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton) {
        m_drag = Drag::Pan;
        m_dragPan = m_pan;
    } else {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragStart = event->position();
    event->accept();
}

void ImageViewport::mouseMoveEvent(QMouseEvent* event)
{
    m_cursor = event->position();
    if (m_magnifier)
        update();
    const QPointF delta = event->position() - m_dragStart;
    if (m_drag == Drag::WindowLevel) {
        // Right widens the window, down raises the level (the image darkens), as in most
        // PACS viewers.
        const double step = windowSensitivity();
        setWindow(m_dragWindow.center + delta.y() * step, std::max(1.0, m_dragWindow.width + delta.x() * step));
    } else if (m_drag == Drag::Pan) {
        m_pan = m_dragPan + delta;
        update();
    }
    const QString probe = probeText(imagePixelAt(event->position()));
    if (probe != m_probe) {
        m_probe = probe;
        update();
    }
}

void ImageViewport::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag != Drag::None) {
        m_drag = Drag::None;
        Q_EMIT displayChanged();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ImageViewport::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier)
        zoomBy(std::pow(1.25, steps), event->position());
    else
        Q_EMIT stepRequested(steps > 0 ? -1 : 1); // wheel towards the user: deeper into the stack
    event->accept();
}

void ImageViewport::leaveEvent(QEvent* event)
{
    m_probe.clear();
    update();
    QWidget::leaveEvent(event);
}

} // namespace consilium::ui
