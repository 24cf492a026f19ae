#include "ui/editor/EditorCanvas.h"

#include "core/annotation/AnnotationRenderer.h"
#include "core/annotation/Measurement.h"
#include "core/deid/PixelRedactor.h"
#include "ui/editor/AnnotationCommands.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/RedactionReview.h"
#include "ui/editor/RedactionTool.h"
#include "ui/editor/ShapeTools.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace consilium::ui {

namespace {

using annotation::Shape;
using annotation::ShapeKind;

constexpr double kHitTolerance = 6.0; ///< widget pixels around a line that still hit it
constexpr double kHandleSize = 8.0;
const QColor kSelectionColour(90, 170, 255);

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF d = b - a;
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared > 0.0 ? std::clamp(QPointF::dotProduct(p - a, d) / lengthSquared, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + d * t;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

EditorCanvas::EditorCanvas(EditorDocument* document, QWidget* parent)
    : ImageViewport(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("editorCanvas"));
    //: Accessible name of the editor's drawing area.
    setAccessibleName(tr("Annotation canvas"));
    // The left button draws; windowing stays on the right button.
    setLeftButtonWindowsLevel(false);
    setTool(Tool::Select);

    m_textEditor = new QLineEdit(this);
    m_textEditor->setObjectName(QStringLiteral("inPlaceTextEditor"));
    //: Placeholder of the in-place editor of a text annotation.
    m_textEditor->setPlaceholderText(tr("Type, then press Enter"));
    m_textEditor->setFrame(false);
    m_textEditor->setStyleSheet(QStringLiteral("QLineEdit { background: rgba(20, 20, 20, 200); color: #ffd700; border: "
                                               "1px solid #5aaaff; padding: 1px 3px; }"));
    m_textEditor->hide();
    m_textEditor->installEventFilter(this);
    connect(m_textEditor, &QLineEdit::returnPressed, this, &EditorCanvas::commitTextEdit);

    const auto repaint = [this] { update(); };
    connect(m_document, &EditorDocument::shapeInserted, this, repaint);
    connect(m_document, &EditorDocument::shapeRemoved, this, repaint);
    connect(m_document, &EditorDocument::shapeChanged, this, repaint);
    connect(m_document, &EditorDocument::modelReset, this, repaint);
    connect(m_document, &EditorDocument::selectionChanged, this, repaint);
    connect(m_document, &EditorDocument::calibrationChanged, this, repaint);
    connect(m_document, &EditorDocument::currentImageChanged, this, [this] {
        if (m_tool)
            m_tool->cancel();
        clearPreview();
        endTextEdit();
    });
}

EditorCanvas::~EditorCanvas() = default;

void EditorCanvas::setRedactionReview(RedactionReview* review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (m_review) {
        const auto repaint = [this] { update(); };
        connect(m_review, &RedactionReview::regionsChanged, this, repaint);
        connect(m_review, &RedactionReview::currentChanged, this, repaint);
        connect(m_review, &RedactionReview::styleChanged, this, repaint);
        connect(m_review, &RedactionReview::previewChanged, this, repaint);
    }
    update();
}

void EditorCanvas::setFrameIndex(int frame)
{
    m_frameIndex = frame;
    update();
}

void EditorCanvas::setTool(Tool tool, annotation::ShapeKind kind)
{
    if (m_tool)
        m_tool->cancel();
    clearPreview();
    m_toolType = tool;
    m_kind = kind;
    switch (tool) {
    case Tool::Select:
        m_tool = std::make_unique<SelectTool>(*this);
        break;
    case Tool::Shape:
        m_tool = std::make_unique<CreateShapeTool>(*this, kind);
        break;
    case Tool::RedactionBox:
        m_tool = std::make_unique<RedactionTool>(*this);
        break;
    }
    setCursor(m_tool->cursorShape());
    update();
    Q_EMIT toolChanged();
}

void EditorCanvas::setRedactionsVisible(bool visible)
{
    m_showRedactions = visible;
    update();
}

QPointF EditorCanvas::toImage(const QPointF& widget) const
{
    return imageToWidgetTransform().inverted().map(widget);
}

QPointF EditorCanvas::toWidget(const QPointF& image) const
{
    return imageToWidgetTransform().map(image);
}

QPointF EditorCanvas::clampToImage(const QPointF& image) const
{
    return {std::clamp(image.x(), 0.0, double(frame().width)), std::clamp(image.y(), 0.0, double(frame().height))};
}

QRectF EditorCanvas::textBox(const Shape& shape) const
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(shape.style.fontSize))));
    const QFontMetricsF metrics(font);
    const QStringList lines = shape.text.split(u'\n');
    double width = 0.0;
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return {toWidget(shape.points.value(0)), QSizeF(std::max(width, 8.0), metrics.lineSpacing() * lines.size())};
}

QRectF EditorCanvas::widgetBounds(const Shape& shape) const
{
    if (shape.kind == ShapeKind::Text)
        return textBox(shape);
    QPolygonF polygon;
    for (const QPointF& p : shape.points)
        polygon.append(toWidget(p));
    return polygon.boundingRect();
}

QString EditorCanvas::shapeAt(const QPointF& widget) const
{
    const std::vector<Shape> shapes = shapesToPaint();
    for (auto it = shapes.rbegin(); it != shapes.rend(); ++it) {
        const Shape& shape = *it;
        const double tolerance = kHitTolerance + shape.style.lineWidth / 2.0;
        QPolygonF polygon;
        for (const QPointF& p : shape.points)
            polygon.append(toWidget(p));
        bool hit = false;
        switch (shape.kind) {
        case ShapeKind::Text:
            hit = textBox(shape).adjusted(-3, -3, 3, 3).contains(widget);
            break;
        case ShapeKind::Point:
            hit = QLineF(polygon[0], widget).length() <= tolerance + 6.0;
            break;
        case ShapeKind::Ellipse:
        case ShapeKind::Rectangle:
        case ShapeKind::Polygon:
        case ShapeKind::Freehand:
            // Inside a region, or on its outline (a wide pen reaches outside the geometry).
            hit = annotation::regionContains(shape, toImage(widget));
            if (shape.kind == ShapeKind::Rectangle) {
                const QRectF box = widgetBounds(shape);
                polygon = QPolygonF{box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
            }
            if (shape.kind != ShapeKind::Ellipse) {
                for (int i = 0; i < polygon.size() && !hit; ++i)
                    hit = distanceToSegment(widget, polygon[i], polygon[(i + 1) % polygon.size()]) <= tolerance;
            }
            break;
        case ShapeKind::CobbAngle:
            hit = distanceToSegment(widget, polygon[0], polygon[1]) <= tolerance
                  || distanceToSegment(widget, polygon[2], polygon[3]) <= tolerance;
            break;
        case ShapeKind::Arrow:
        case ShapeKind::Ruler:
        case ShapeKind::Angle:
            for (int i = 0; i + 1 < polygon.size() && !hit; ++i)
                hit = distanceToSegment(widget, polygon[i], polygon[i + 1]) <= tolerance;
            break;
        }
        if (hit)
            return shape.id;
    }
    return {};
}

QList<QPointF> EditorCanvas::handlesOf(const Shape& shape)
{
    switch (shape.kind) {
    case ShapeKind::Ellipse:
    case ShapeKind::Rectangle: {
        const QRectF box = QRectF(shape.points[0], shape.points[1]).normalized();
        return {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
    }
    case ShapeKind::Text:
    case ShapeKind::Freehand:
        return {};
    default:
        return shape.points;
    }
}

Shape EditorCanvas::withHandleMoved(Shape shape, int handle, const QPointF& to)
{
    const QList<QPointF> handles = handlesOf(shape);
    if (handle < 0 || handle >= handles.size())
        return shape;
    if (shape.kind == ShapeKind::Ellipse || shape.kind == ShapeKind::Rectangle) {
        // The opposite corner stays; the box is stored by two opposite corners.
        shape.points = {handles[(handle + 2) % 4], to};
    } else {
        shape.points[handle] = to;
    }
    return shape;
}

std::optional<std::pair<QString, int>> EditorCanvas::handleAt(const QPointF& widget) const
{
    for (const QString& id : m_document->selection()) {
        const Shape* shape = m_document->shape(id);
        if (!shape || !(shape->image == m_document->currentImage()))
            continue;
        const QList<QPointF> handles = handlesOf(*shape);
        for (int i = 0; i < handles.size(); ++i) {
            if (QLineF(toWidget(handles[i]), widget).length() <= kHandleSize)
                return std::pair{id, i};
        }
    }
    return std::nullopt;
}

void EditorCanvas::setPreview(std::vector<Shape> shapes)
{
    m_preview = std::move(shapes);
    update();
}

void EditorCanvas::clearPreview()
{
    if (m_preview.empty())
        return;
    m_preview.clear();
    update();
}

std::vector<Shape> EditorCanvas::shapesToPaint() const
{
    std::vector<Shape> shapes = m_document->currentShapes();
    for (const Shape& preview : m_preview) {
        auto it = std::find_if(shapes.begin(), shapes.end(), [&](const Shape& s) { return s.id == preview.id; });
        if (it != shapes.end())
            *it = preview;
        else
            shapes.push_back(preview);
    }
    return shapes;
}

QStringList EditorCanvas::labelLines(const Shape& shape) const
{
    QStringList lines;
    if (!shape.text.isEmpty() && shape.kind != ShapeKind::Text)
        lines.append(shape.text);
    const imaging::Frame* pixels = hasFrame() && shape.image == m_document->currentImage() ? &frame() : nullptr;
    lines.append(annotation::measure(shape, m_document->calibration(), pixels).labelLines());
    return lines;
}

void EditorCanvas::paintEvent(QPaintEvent* event)
{
    ImageViewport::paintEvent(event);
    if (!hasFrame())
        return;
    QPainter painter(this);
    if (m_review && m_review->preview())
        paintRedactionPreview(painter);
    annotation::RenderContext context;
    context.zoom = scale();
    context.offset = toWidget(QPointF(0, 0));
    context.calibration = m_document->calibration();
    context.frame = &frame();
    annotation::paintShapes(painter, shapesToPaint(), context);
    if (m_showRedactions && m_review && !m_review->preview())
        paintRedactions(painter);
    paintSelection(painter);
    if (m_tool)
        m_tool->paint(painter);
}

void EditorCanvas::paintSelection(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const std::vector<Shape> shapes = shapesToPaint();
    for (const Shape& shape : shapes) {
        if (!m_document->isSelected(shape.id))
            continue;
        QPen dashed(kSelectionColour, 1.0, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(widgetBounds(shape).adjusted(-5, -5, 5, 5));
        painter.setPen(QPen(QColor(20, 40, 70), 1.0));
        painter.setBrush(Qt::white);
        for (const QPointF& handle : handlesOf(shape)) {
            const QPointF at = toWidget(handle);
            painter.drawRect(QRectF(at.x() - kHandleSize / 2, at.y() - kHandleSize / 2, kHandleSize, kHandleSize));
        }
    }
    painter.restore();
}

void EditorCanvas::paintRedactions(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF() * 0.9));
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const auto& regions = m_review->regions();
    for (int i = 0; i < static_cast<int>(regions.size()); ++i) {
        const ReviewRegion& region = regions[size_t(i)];
        if (!region.appliesTo(m_frameIndex))
            continue;
        const QRectF box(toWidget(region.rect.topLeft()),
                         toWidget(QPointF(region.rect.right() + 1.0, region.rect.bottom() + 1.0)));
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        switch (region.decision) {
        case ReviewRegion::Decision::Proposed:
            colour = QColor(255, 165, 0);
            style = Qt::DashLine;
            break;
        case ReviewRegion::Decision::Accepted:
            colour = QColor(230, 50, 50);
            break;
        case ReviewRegion::Decision::Rejected:
            colour = QColor(150, 150, 150);
            style = Qt::DotLine;
            break;
        }
        QColor fill = colour;
        fill.setAlpha(region.decision == ReviewRegion::Decision::Accepted ? 90 : 35);
        const bool current = i == m_review->currentIndex();
        painter.setPen(QPen(colour, current ? 2.5 : 1.5, style));
        painter.setBrush(fill);
        painter.drawRect(box);
        // The tag: what proposed the region and how sure it was.
        const QString tag = RedactionReview::describe(region);
        const QSizeF size(metrics.horizontalAdvance(tag) + 8.0, metrics.height() + 2.0);
        QRectF tagBox(box.topLeft() - QPointF(0, size.height()), size);
        if (tagBox.top() < 0)
            tagBox.moveTop(box.bottom());
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(tagBox);
        painter.setPen(Qt::black);
        painter.drawText(tagBox, Qt::AlignCenter, tag);
        if (current) {
            painter.setPen(QPen(QColor(20, 40, 70), 1.0));
            painter.setBrush(Qt::white);
            for (const QPointF& corner : {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()})
                painter.drawRect(
                    QRectF(corner.x() - kHandleSize / 2, corner.y() - kHandleSize / 2, kHandleSize, kHandleSize));
        }
    }
    painter.restore();
}

void EditorCanvas::paintRedactionPreview(QPainter& painter) const
{
    // What the export will write, shown on the displayed image: the same PixelRedactor on
    // the rendered frame (the export redacts the stored values, whose display this is).
    const QList<deid::RedactionRegion> regions = m_review->acceptedRegions(m_frameIndex, true);
    if (regions.isEmpty() || renderedImage().isNull())
        return;
    QImage image = renderedImage();
    if (!deid::redact(image, regions, m_review->style()))
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 3.0);
    painter.setTransform(imageToWidgetTransform());
    // Only the regions: the corner text and the rest of the view stay as they are.
    QRegion clip;
    for (const deid::RedactionRegion& region : regions)
        clip += region.rect;
    painter.setClipRegion(clip);
    painter.drawImage(QPointF(0, 0), image);
    painter.restore();
}

void EditorCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && hasFrame()) {
        setFocus(Qt::MouseFocusReason);
        if (m_textEditor->isVisible())
            commitTextEdit();
        m_leftDown = true;
        m_tool->press(*event);
        event->accept();
        return;
    }
    ImageViewport::mousePressEvent(event);
}

void EditorCanvas::mouseMoveEvent(QMouseEvent* event)
{
    ImageViewport::mouseMoveEvent(event);
    if (hasFrame())
        m_tool->move(*event);
}

void EditorCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_leftDown) {
        m_leftDown = false;
        m_tool->release(*event);
        event->accept();
        return;
    }
    ImageViewport::mouseReleaseEvent(event);
}

void EditorCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && hasFrame()) {
        m_tool->doubleClick(*event);
        event->accept();
        return;
    }
    ImageViewport::mouseDoubleClickEvent(event);
}

void EditorCanvas::keyPressEvent(QKeyEvent* event)
{
    if (m_tool && m_tool->key(*event)) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        m_tool->cancel();
        m_document->setSelection({});
        event->accept();
        return;
    }
    ImageViewport::keyPressEvent(event);
}

void EditorCanvas::deleteSelection()
{
    if (m_toolType == Tool::RedactionBox && m_review && m_review->currentIndex() >= 0) {
        m_review->removeRegion(m_review->currentIndex());
        return;
    }
    if (!m_document->selection().isEmpty())
        m_document->undoStack()->push(new RemoveShapesCommand(m_document, m_document->selection()));
}

void EditorCanvas::selectAllOnImage()
{
    QStringList ids;
    for (const Shape& shape : m_document->currentShapes())
        ids.append(shape.id);
    m_document->setSelection(ids);
}

void EditorCanvas::beginTextEdit(const QPointF& imagePos, const QString& shapeId)
{
    m_textShapeId = shapeId;
    m_textAnchor = imagePos;
    const Shape* shape = shapeId.isEmpty() ? nullptr : m_document->shape(shapeId);
    const double fontSize = shape ? shape->style.fontSize : m_style.fontSize;
    QFont font = m_textEditor->font();
    font.setPixelSize(std::max(9, static_cast<int>(std::lround(fontSize))));
    m_textEditor->setFont(font);
    m_textEditor->setText(shape ? shape->text : QString());
    const QPointF at = shape ? widgetBounds(*shape).topLeft() : toWidget(imagePos);
    m_textEditor->resize(std::max(220, shape ? int(widgetBounds(*shape).width()) + 40 : 0),
                         m_textEditor->sizeHint().height());
    m_textEditor->move(at.toPoint() - QPoint(4, 2));
    m_textEditor->show();
    m_textEditor->selectAll();
    m_textEditor->setFocus(Qt::OtherFocusReason);
}

void EditorCanvas::commitTextEdit()
{
    if (!m_textEditor->isVisible())
        return;
    const QString text = m_textEditor->text().trimmed();
    const QString id = m_textShapeId;
    endTextEdit();
    if (id.isEmpty()) {
        if (text.isEmpty())
            return;
        Shape shape;
        shape.kind = ShapeKind::Text;
        shape.image = m_document->currentImage();
        shape.points = {m_textAnchor};
        shape.text = text;
        shape.style = m_style;
        m_document->undoStack()->push(new AddShapesCommand(m_document, {shape}));
        return;
    }
    const Shape* before = m_document->shape(id);
    if (!before || before->text == text)
        return;
    if (before->kind == ShapeKind::Text && text.isEmpty()) {
        // A text annotation without text is nothing: emptying it deletes it.
        m_document->undoStack()->push(new RemoveShapesCommand(m_document, {id}));
        return;
    }
    Shape after = *before;
    after.text = text;
    m_document->undoStack()->push(new EditTextCommand(m_document, *before, after));
}

void EditorCanvas::endTextEdit()
{
    if (!m_textEditor || !m_textEditor->isVisible())
        return;
    m_textEditor->hide();
    setFocus(Qt::OtherFocusReason);
}

bool EditorCanvas::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_textEditor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            endTextEdit();
            return true;
        }
        if (event->type() == QEvent::FocusOut && m_textEditor->isVisible())
            commitTextEdit();
    }
    return ImageViewport::eventFilter(watched, event);
}

} // namespace consilium::ui
