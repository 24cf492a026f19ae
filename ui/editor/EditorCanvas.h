#pragma once

#include "core/annotation/Shape.h"
#include "ui/editor/RedactionReview.h"
#include "ui/viewer/ImageViewport.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QLineEdit;

namespace consilium::ui {

class EditorDocument;
class EditorTool;

/// The editor's drawing surface (Gwenview's "widget" layer): the viewer's ImageViewport —
/// same display pipeline, zoom, pan, window/level and image↔widget transform — with the
/// document's shapes, the selection and its handles, the active tool's gesture and the
/// redaction review painted on top. Shapes live in image pixel coordinates; this class is
/// the only place they meet widget coordinates (toImage/toWidget, the viewport's transform).
///
/// The left button belongs to the active tool; middle-drag pans, right-drag windows,
/// Ctrl+wheel zooms, Delete deletes the selection, Escape abandons a gesture. GUI thread only.
class EditorCanvas : public ImageViewport {
    Q_OBJECT

public:
    enum class Tool { Select, Shape, RedactionBox };

    explicit EditorCanvas(EditorDocument* document, QWidget* parent = nullptr);
    ~EditorCanvas() override;

    [[nodiscard]] EditorDocument* document() const { return m_document; }
    /// The review whose regions are shown and edited with the redaction box tool (may be null).
    void setRedactionReview(RedactionReview* review);
    [[nodiscard]] RedactionReview* redactionReview() const { return m_review; }
    /// The frame on screen (0-based), for redaction regions that apply to one frame.
    void setFrameIndex(int frame);
    [[nodiscard]] int frameIndex() const { return m_frameIndex; }

    /// Selects the tool; `kind` is the shape drawn by Tool::Shape.
    void setTool(Tool tool, annotation::ShapeKind kind = annotation::ShapeKind::Ruler);
    [[nodiscard]] Tool tool() const { return m_toolType; }
    [[nodiscard]] annotation::ShapeKind shapeKind() const { return m_kind; }
    /// The style new shapes get.
    [[nodiscard]] const annotation::Style& newShapeStyle() const { return m_style; }
    void setNewShapeStyle(const annotation::Style& style) { m_style = style; }

    /// Shows redaction regions (the review's boxes) — on while the redaction panel is open.
    void setRedactionsVisible(bool visible);
    [[nodiscard]] bool redactionsVisible() const { return m_showRedactions; }

    // For tools.
    [[nodiscard]] QPointF toImage(const QPointF& widget) const;
    [[nodiscard]] QPointF toWidget(const QPointF& image) const;
    /// The image point clamped to the image (shapes never start outside it).
    [[nodiscard]] QPointF clampToImage(const QPointF& image) const;
    /// Top-most shape of the current image under a widget position; empty when none.
    [[nodiscard]] QString shapeAt(const QPointF& widget) const;
    /// A handle (see handlesOf) of a selected shape under the position: {id, handle index}.
    [[nodiscard]] std::optional<std::pair<QString, int>> handleAt(const QPointF& widget) const;
    /// The outline of a shape in widget coordinates (its label excluded).
    [[nodiscard]] QRectF widgetBounds(const annotation::Shape& shape) const;
    /// Shapes painted instead of the document's versions with the same id (or in addition,
    /// for new ids) while a gesture lasts; the document is changed only by the final command.
    void setPreview(std::vector<annotation::Shape> shapes);
    void clearPreview();
    /// The measurement label drawn beside a shape, line by line ("75.0 mm (Pixel Spacing)",
    /// "uncalibrated (px)" when no calibration applies; HU statistics for regions).
    [[nodiscard]] QStringList labelLines(const annotation::Shape& shape) const;
    /// Opens the in-place text editor at an image position: a new text shape when `shapeId` is
    /// empty, else the text (or caption) of that shape.
    void beginTextEdit(const QPointF& imagePos, const QString& shapeId = {});
    [[nodiscard]] QLineEdit* textEditor() const { return m_textEditor; }
    void requestRepaint() { update(); }

    /// Handles of a shape in image coordinates: the corners of an ellipse's or rectangle's
    /// box, the points of lines and polygons; none for text and freehand strokes (moved whole).
    static QList<QPointF> handlesOf(const annotation::Shape& shape);
    /// `shape` with handle `handle` dragged to `to` (image coordinates).
    static annotation::Shape withHandleMoved(annotation::Shape shape, int handle, const QPointF& to);

public Q_SLOTS:
    void deleteSelection();
    void selectAllOnImage();

Q_SIGNALS:
    /// A gesture ended or was abandoned (tests wait for it; the palette may switch back).
    void toolChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] std::vector<annotation::Shape> shapesToPaint() const;
    [[nodiscard]] QRectF textBox(const annotation::Shape& shape) const;
    void paintSelection(QPainter& painter) const;
    void paintRedactions(QPainter& painter) const;
    void paintRedactionPreview(QPainter& painter) const;
    void commitTextEdit();
    void endTextEdit();

    EditorDocument* m_document;
    QPointer<RedactionReview> m_review;
    std::unique_ptr<EditorTool> m_tool;
    Tool m_toolType = Tool::Select;
    annotation::ShapeKind m_kind = annotation::ShapeKind::Ruler;
    annotation::Style m_style;
    std::vector<annotation::Shape> m_preview;
    int m_frameIndex = 0;
    bool m_showRedactions = false;
    bool m_leftDown = false;

    QLineEdit* m_textEditor = nullptr;
    QPointF m_textAnchor; ///< image coordinates of a new text shape
    QString m_textShapeId; ///< the shape whose text is edited; empty for a new one
};

} // namespace consilium::ui
