#pragma once

#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/Frame.h"
#include "core/imaging/ViewGeometry.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPoint>
#include <QPointF>
#include <QTransform>
#include <QWidget>

namespace consilium::ui {

/// Shows one frame: the display LUT's output (core/imaging) drawn with the view transform
/// (zoom, pan, quarter-turn rotation, horizontal flip), four corners of text and a pixel probe
/// with the modality value under the cursor (HU for CT).
///
/// Mouse: right-drag (or left-drag in window/level mode) changes the window — horizontal the
/// width, vertical the centre; middle-drag pans; Ctrl+wheel zooms about the cursor; the wheel
/// alone asks the owner for the next or previous image (stepRequested). Keys live in the
/// owner's actions (ViewerPanel). The frame is rendered again only when the display settings
/// change; changing them never decodes. GUI thread only.
class ImageViewport : public QWidget
{
    Q_OBJECT

public:
    explicit ImageViewport(QWidget* parent = nullptr);

    /// Shows `frame`. With `resetDisplay` (a new series) the object's own window, zoom to fit
    /// and no rotation; otherwise the user's window and view stay (scrolling a stack).
    void setFrame(imaging::Frame frame, bool resetDisplay);
    /// Shows no image but a centred message (loading, or why a file cannot be shown).
    void showMessage(const QString& message);
    [[nodiscard]] bool hasFrame() const { return !m_frame.isNull(); }
    [[nodiscard]] const imaging::Frame& frame() const { return m_frame; }

    /// Text for the upper corners, supplied by the owner (series, image number).
    void setCornerText(const QString& topLeft, const QString& topRight);

    [[nodiscard]] const imaging::DisplaySettings& displaySettings() const { return m_settings; }
    /// The window in effect (the automatic one when the object has none).
    [[nodiscard]] imaging::VoiWindow effectiveWindow() const;
    void setWindow(double center, double width);
    /// Switches to the next window or VOI LUT the object recommends (PS3.3 C.11.2 allows
    /// several, e.g. "BRAIN" and "BONE"), wrapping around.
    void nextObjectWindow();
    void setInvert(bool invert);
    void toggleInvert() { setInvert(!m_settings.invert); }
    void rotateClockwise();
    void flipHorizontally();
    void fitToWindow();
    void showActualSize();
    void zoomBy(double factor, const QPointF& anchor = QPointF(-1, -1));
    /// Back to the object's window, fit, no rotation, flip or inversion.
    void resetView();
    void setLeftButtonWindowsLevel(bool on) { m_leftWindowLevel = on; }

    /// Overlay planes (PS3.3 C.9.2) drawn on top of the image; on by default, as the object
    /// asks for them to be shown.
    void setOverlaysVisible(bool visible);
    [[nodiscard]] bool overlaysVisible() const { return m_showOverlays; }
    [[nodiscard]] bool hasOverlays() const { return !m_overlayImage.isNull(); }

    /// The magnifier: a round loupe following the cursor that shows the image kMagnification
    /// times larger than the view. Held (key pressed longer than a tap, then released) or
    /// toggled (a tap) from the owner's action; see keyReleaseEvent.
    void setMagnifier(bool on);
    [[nodiscard]] bool magnifier() const { return m_magnifier; }
    /// Where the loupe is (widget coordinates): the last cursor position.
    [[nodiscard]] QPointF magnifierCentre() const { return m_cursor; }
    static constexpr double kMagnification = 3.0;
    static constexpr int kMagnifierDiameter = 220;
    [[nodiscard]] bool leftButtonWindowsLevel() const { return m_leftWindowLevel; }

    /// The patient directions at the edges of the view, from Image Orientation (Patient) and
    /// the current rotation and flip; empty when the image has no orientation.
    [[nodiscard]] std::optional<imaging::OrientationMarkers> orientationMarkers() const;
    /// The scale bar for the current zoom (horizontal on screen); empty when the image is not
    /// calibrated (neither Pixel Spacing nor Imager Pixel Spacing).
    [[nodiscard]] std::optional<imaging::ScaleBar> scaleBar() const;

    /// The view as painted on screen (image, corner text, markers, scale bar; no pixel probe),
    /// at the screen's device pixel ratio: what Export View writes.
    [[nodiscard]] QImage viewImage() const;

    /// Screen pixels per image pixel.
    [[nodiscard]] double scale() const;
    /// Image coordinates (pixel-centre convention of core/annotation/Shape.h) to widget
    /// coordinates, with the current zoom, pan, rotation and flip (the editor draws with it).
    [[nodiscard]] QTransform imageToWidgetTransform() const { return imageToWidget(); }
    /// The rendered frame (the display LUT's output, before the view transform).
    [[nodiscard]] const QImage& renderedImage() const { return m_image; }
    /// The image pixel under a widget position, or (-1, -1) outside the image.
    [[nodiscard]] QPoint imagePixelAt(const QPointF& widgetPos) const;
    /// The probe text for an image pixel ("x 12  y 40  -998 HU").
    [[nodiscard]] QString probeText(const QPoint& pixel) const;

Q_SIGNALS:
    /// The window, inversion or view changed (for corner text and tests).
    void displayChanged();
    /// The wheel asks for another image: +1 next, -1 previous.
    void stepRequested(int delta);
    /// The magnifier went on or off (also when released after being held).
    void magnifierChanged(bool on);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, WindowLevel, Pan };

    void render();
    [[nodiscard]] QTransform imageToWidget() const;
    [[nodiscard]] double fitScale() const;
    [[nodiscard]] double windowSensitivity() const;
    void paintView(QPainter& painter, bool withProbe) const;
    void drawMagnifier(QPainter& painter) const;
    void drawCorners(QPainter& painter, bool withProbe) const;
    void drawOrientationAndScale(QPainter& painter) const;

    imaging::Frame m_frame;
    imaging::DisplaySettings m_settings;
    QImage m_image;
    QImage m_overlayImage; ///< the frame's overlays, rendered once per frame
    bool m_showOverlays = true;
    QString m_message;
    QString m_topLeft;
    QString m_topRight;
    QString m_probe;

    double m_zoom = 0.0; ///< 0: fit to the widget
    QPointF m_pan;
    int m_quarterTurns = 0;
    bool m_flipped = false;
    bool m_leftWindowLevel = true;
    bool m_magnifier = false;
    QElapsedTimer m_magnifierSince;
    QPointF m_cursor{-1, -1};

    Drag m_drag = Drag::None;
    QPointF m_dragStart;
    imaging::VoiWindow m_dragWindow;
    QPointF m_dragPan;
};

} // namespace consilium::ui
