// The image editor (issue 5) as a user meets it: shapes drawn with the palette's tools by
// simulated mouse gestures on a generated CT, their measurement labels, every edit undone and
// redone to the exact document, the layer list as a checked item model, screenshots.

#include "core/annotation/AnnotationJson.h"
#include "core/samples/CtPhantom.h"
#include "tests/annotation/AnnotationFixtures.h"
#include "tests/editor/EditorTestSupport.h"
#include "tests/support/GuiTestSupport.h"
#include "ui/editor/EditorCanvas.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/LayerModel.h"
#include "ui/editor/LayerPanel.h"
#include "ui/editor/PropertiesPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace consilium;
using annotation::ShapeKind;
using samples::CtPhantom;

namespace {

QPointF centreOf(const ui::EditorWindow& window)
{
    return QPointF(window.canvas()->width() / 2, window.canvas()->height() / 2);
}

QByteArray state(const ui::EditorWindow& window)
{
    return annotation::toJson(window.document()->annotations());
}

const annotation::Shape& onlyShapeOfKind(const ui::EditorWindow& window, ShapeKind kind)
{
    const annotation::Shape* found = nullptr;
    for (const annotation::Shape& shape : window.document()->annotations().shapes()) {
        if (shape.kind == kind) {
            REQUIRE(found == nullptr);
            found = &shape;
        }
    }
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("a ruler dragged on a CT slice is labelled with its length in mm", "[editor][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::EditorWindow window;
    test::openInEditor(window, test::writePhantomSlice(dir.path(), 150));
    ui::EditorCanvas* canvas = window.canvas();
    // One image pixel per screen pixel: a 100-pixel drag is 100 pixels of 0.75 mm.
    canvas->showActualSize();
    REQUIRE(canvas->scale() == 1.0);

    window.toolAction(ShapeKind::Ruler)->trigger();
    REQUIRE(canvas->tool() == ui::EditorCanvas::Tool::Shape);
    REQUIRE(canvas->shapeKind() == ShapeKind::Ruler);
    const QPointF start = centreOf(window) + QPointF(-60, 40);
    const QPointF end = start + QPointF(100, 0);
    test::dragOnCanvas(window, start, end);

    const annotation::Shape& ruler = onlyShapeOfKind(window, ShapeKind::Ruler);
    // Stored in image pixels, not widget pixels.
    CHECK(ruler.points[0] == canvas->toImage(start));
    CHECK(ruler.points[1] == canvas->toImage(end));
    CHECK(std::abs(ruler.points[1].x() - ruler.points[0].x() - 100.0) < 1e-9);
    const QString expected =
        QString::number(100 * CtPhantom::kPixelSpacing, 'f', 1) + QStringLiteral(" mm (Pixel Spacing)");
    CHECK(canvas->labelLines(ruler) == QStringList{expected});
    // The same label in the layer list and the properties panel (the new ruler is selected).
    const QModelIndex row = window.layerPanel()->model()->index(0);
    CHECK(row.data().toString().endsWith(expected));
    CHECK(window.document()->selection() == QStringList{ruler.id});
    auto* measurement = window.propertiesPanel()->findChild<QLabel*>(QStringLiteral("measurementLabel"));
    REQUIRE(measurement != nullptr);
    CHECK(measurement->text() == expected);

    // The geometry does not depend on the zoom: at fit-to-window the label is the same.
    canvas->fitToWindow();
    CHECK(canvas->labelLines(ruler) == QStringList{expected});
    CHECK(window.undoAction()->text().contains(QStringLiteral("Add Annotation")));
}

TEST_CASE("an image without calibration measures in pixels and says so", "[editor][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QImage photo(400, 300, QImage::Format_RGB888);
    photo.fill(QColor(90, 120, 150));
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(photo.save(path));
    ui::EditorWindow window;
    test::openInEditor(window, path);
    window.canvas()->showActualSize();
    window.toolAction(ShapeKind::Ruler)->trigger();
    const QPointF start = centreOf(window) + QPointF(-40, 0);
    test::dragOnCanvas(window, start, start + QPointF(80, 0));
    const annotation::Shape& ruler = onlyShapeOfKind(window, ShapeKind::Ruler);
    CHECK(window.canvas()->labelLines(ruler) == QStringList{QStringLiteral("80.0 px (uncalibrated)")});
}

TEST_CASE("every edit is undone and redone to the exact document", "[editor][gui][undo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::EditorWindow window;
    test::openInEditor(window, test::writePhantomSlice(dir.path(), 120));
    ui::EditorCanvas* canvas = window.canvas();
    canvas->showActualSize();
    QAbstractItemModelTester tester(window.layerPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = window.document()->undoStack();
    const QPointF c = centreOf(window);

    std::vector<QByteArray> states{state(window)};
    const auto step = [&](const char* what) {
        INFO(what);
        REQUIRE(stack->index() == static_cast<int>(states.size()));
        REQUIRE(state(window) != states.back());
        states.push_back(state(window));
    };

    window.toolAction(ShapeKind::Ruler)->trigger();
    test::dragOnCanvas(window, c + QPointF(-50, -150), c + QPointF(50, -150));
    step("ruler");

    window.toolAction(ShapeKind::Rectangle)->trigger();
    test::dragOnCanvas(window, c + QPointF(-220, 0), c + QPointF(-100, 80));
    step("rectangle");

    // A polygon click by click, closed with Enter.
    window.toolAction(ShapeKind::Polygon)->trigger();
    test::clickOnCanvas(window, c + QPointF(100, 0));
    test::clickOnCanvas(window, c + QPointF(190, 20));
    test::clickOnCanvas(window, c + QPointF(140, 100));
    CHECK(stack->index() == 2); // not closed yet
    QTest::keyClick(canvas, Qt::Key_Return);
    step("polygon");
    CHECK(onlyShapeOfKind(window, ShapeKind::Polygon).points.size() == 3);

    // An angle: three clicks.
    window.toolAction(ShapeKind::Angle)->trigger();
    test::clickOnCanvas(window, c + QPointF(60, -90));
    test::clickOnCanvas(window, c + QPointF(0, -60));
    test::clickOnCanvas(window, c + QPointF(60, -40));
    step("angle");
    CHECK(canvas->labelLines(onlyShapeOfKind(window, ShapeKind::Angle)).first().endsWith(QStringLiteral("°")));

    // Text typed in place.
    window.toolAction(ShapeKind::Text)->trigger();
    test::clickOnCanvas(window, c + QPointF(-60, 150));
    REQUIRE(canvas->textEditor()->isVisible());
    QTest::keyClicks(canvas->textEditor(), QStringLiteral("Aorta"));
    QTest::keyClick(canvas->textEditor(), Qt::Key_Return);
    step("text");
    CHECK(onlyShapeOfKind(window, ShapeKind::Text).text == QStringLiteral("Aorta"));

    // Select the ruler with a click on it and move it by a drag.
    window.selectAction()->trigger();
    const QString rulerId = onlyShapeOfKind(window, ShapeKind::Ruler).id;
    test::clickOnCanvas(window, c + QPointF(0, -150));
    CHECK(window.document()->selection() == QStringList{rulerId});
    const QPointF rulerStart = onlyShapeOfKind(window, ShapeKind::Ruler).points[0];
    test::dragOnCanvas(window, c + QPointF(0, -150), c + QPointF(30, -130));
    step("move");
    CHECK(onlyShapeOfKind(window, ShapeKind::Ruler).points[0] == rulerStart + QPointF(30, 20));

    // Select the rectangle by clicking inside it, then drag its bottom-right handle.
    const QString rectangleId = onlyShapeOfKind(window, ShapeKind::Rectangle).id;
    test::clickOnCanvas(window, c + QPointF(-160, 40));
    CHECK(window.document()->selection() == QStringList{rectangleId});
    test::dragOnCanvas(window, c + QPointF(-100, 80), c + QPointF(-60, 110));
    step("resize");
    const QRectF box = QRectF(onlyShapeOfKind(window, ShapeKind::Rectangle).points[0],
                              onlyShapeOfKind(window, ShapeKind::Rectangle).points[1])
                           .normalized();
    CHECK(box.size() == QSizeF(160, 110));

    // Style changes of the same selection merge into one step.
    window.propertiesPanel()->applyColour(ui::PropertiesPanel::swatchColours()[1]);
    step("colour");
    window.propertiesPanel()->applyLineWidth(4.0);
    window.propertiesPanel()->applyLineWidth(5.0);
    step("line width, two changes merged into one step");
    CHECK(onlyShapeOfKind(window, ShapeKind::Rectangle).style.lineWidth == 5.0);
    window.propertiesPanel()->applyText(QStringLiteral("lesion"));
    step("caption");
    CHECK(canvas->labelLines(onlyShapeOfKind(window, ShapeKind::Rectangle)).first() == QStringLiteral("lesion"));

    // Rubber band around the ruler and the angle, then delete both.
    test::dragOnCanvas(window, c + QPointF(-80, -200), c + QPointF(90, -30));
    CHECK(window.document()->selection().size() == 2);
    QTest::keyClick(canvas, Qt::Key_Delete);
    step("delete");
    CHECK(window.document()->shapeCount() == 3);

    // Ctrl+click adds to the selection: the rectangle and the polygon.
    test::clickOnCanvas(window, c + QPointF(-160, 40));
    test::clickOnCanvas(window, c + QPointF(140, 40), Qt::ControlModifier);
    CHECK(window.document()->selection().size() == 2);

    const int steps = static_cast<int>(states.size()) - 1;
    for (int i = steps - 1; i >= 0; --i) {
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        INFO("after undoing to state " << i);
        REQUIRE(state(window) == states[size_t(i)]);
    }
    CHECK(window.document()->shapeCount() == 0);
    for (int i = 1; i <= steps; ++i) {
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        INFO("after redoing to state " << i);
        REQUIRE(state(window) == states[size_t(i)]);
    }
    // The saved layer file is the same document.
    const QString file = dir.filePath(QStringLiteral("layers.json"));
    REQUIRE(window.saveAnnotations(file));
    const auto reread = annotation::readAnnotationFile(file);
    REQUIRE(reread);
    CHECK(*reread == window.document()->annotations());
}

TEST_CASE("the layer list follows the document and selects on the canvas", "[editor][gui][model]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::EditorWindow window;
    test::openInEditor(window, test::writePhantomSlice(dir.path(), 100));
    window.canvas()->showActualSize();
    ui::LayerModel* model = window.layerPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPointF c = centreOf(window);

    window.toolAction(ShapeKind::Ellipse)->trigger();
    test::dragOnCanvas(window, c + QPointF(-100, -100), c + QPointF(-20, -40));
    window.toolAction(ShapeKind::Arrow)->trigger();
    test::dragOnCanvas(window, c + QPointF(50, 50), c + QPointF(120, 90));
    window.toolAction(ShapeKind::Point)->trigger();
    test::clickOnCanvas(window, c + QPointF(0, 120));
    REQUIRE(model->rowCount() == 3);
    // Top-most first.
    CHECK(model->index(0).data(ui::LayerModel::KindRole).toInt() == int(ShapeKind::Point));
    CHECK(model->index(2).data(ui::LayerModel::KindRole).toInt() == int(ShapeKind::Ellipse));
    CHECK(model->index(2).data(ui::LayerModel::MeasurementRole).toString().startsWith(QStringLiteral("area ")));
    CHECK_FALSE(model->index(2).data(Qt::DecorationRole).value<QIcon>().isNull());

    // Selecting a row selects the shape; selecting on the canvas selects the row.
    QListView* view = window.layerPanel()->view();
    view->selectionModel()->select(model->index(2), QItemSelectionModel::ClearAndSelect);
    CHECK(window.document()->selection() == QStringList{model->idAt(2)});
    window.selectAction()->trigger();
    test::clickOnCanvas(window, c + QPointF(85, 70));
    CHECK(window.document()->selection() == QStringList{model->idAt(1)});
    CHECK(view->selectionModel()->selectedRows() == QModelIndexList{model->index(1)});

    // Removing the middle row and undoing it, through the model's row signals.
    QTest::keyClick(window.canvas(), Qt::Key_Delete);
    CHECK(model->rowCount() == 2);
    QTest::keyClick(window.canvas(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(model->rowCount() == 3);
    CHECK(model->index(1).data(ui::LayerModel::KindRole).toInt() == int(ShapeKind::Arrow));
}

TEST_CASE("screenshot: every kind of shape on a CT slice", "[editor][gui][screenshot]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::EditorWindow window;
    test::openInEditor(window, test::writePhantomSlice(dir.path(), 150));
    ui::EditorCanvas* canvas = window.canvas();
    const QPointF c = centreOf(window);
    const auto image = [&](double dx, double dy) { return c + QPointF(dx, dy); };

    window.toolAction(ShapeKind::Ruler)->trigger();
    test::dragOnCanvas(window, image(-200, -180), image(-40, -180));
    window.toolAction(ShapeKind::Ellipse)->trigger();
    test::dragOnCanvas(window, image(30, -60), image(110, 10));
    window.toolAction(ShapeKind::Rectangle)->trigger();
    test::dragOnCanvas(window, image(-210, 40), image(-120, 110));
    window.toolAction(ShapeKind::Arrow)->trigger();
    test::dragOnCanvas(window, image(190, -170), image(120, -80));
    window.toolAction(ShapeKind::Angle)->trigger();
    test::clickOnCanvas(window, image(-80, -100));
    test::clickOnCanvas(window, image(-150, -40));
    test::clickOnCanvas(window, image(-70, -20));
    window.toolAction(ShapeKind::CobbAngle)->trigger();
    test::dragOnCanvas(window, image(120, 80), image(220, 100));
    test::dragOnCanvas(window, image(120, 160), image(220, 130));
    window.toolAction(ShapeKind::Point)->trigger();
    test::clickOnCanvas(window, image(0, 150));
    window.toolAction(ShapeKind::Text)->trigger();
    test::clickOnCanvas(window, image(-40, 190));
    QTest::keyClicks(canvas->textEditor(), QStringLiteral("Liver"));
    QTest::keyClick(canvas->textEditor(), Qt::Key_Return);
    window.toolAction(ShapeKind::Polygon)->trigger();
    for (const QPointF p : {image(-20, 40), image(40, 50), image(60, 100), image(0, 120), image(-30, 90)})
        test::clickOnCanvas(window, p);
    QTest::keyClick(canvas, Qt::Key_Return);
    window.toolAction(ShapeKind::Freehand)->trigger();
    QTest::mousePress(canvas, Qt::LeftButton, {}, image(140, 200).toPoint());
    for (int i = 1; i <= 24; ++i) {
        const double t = i / 24.0 * 2 * M_PI;
        QTest::mouseMove(canvas, (image(170, 200) + QPointF(-30 * std::cos(t), 18 * std::sin(t))).toPoint());
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, image(141, 200).toPoint());

    CHECK(window.document()->shapeCount() == 10);
    for (ShapeKind kind : annotation::allShapeKinds())
        onlyShapeOfKind(window, kind);
    window.selectAction()->trigger();
    test::clickOnCanvas(window, image(70, -25));
    CHECK(window.document()->selection().size() == 1);
    test::saveScreenshot(window, QStringLiteral("editor-annotations"));
}

TEST_CASE("text is edited in place, shapes are nudged with the arrow keys, frames export", "[editor][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::EditorWindow window;
    test::openInEditor(window, test::writePhantomSlice(dir.path(), 150));
    ui::EditorCanvas* canvas = window.canvas();
    canvas->showActualSize();
    const QPointF c = centreOf(window);

    window.toolAction(ShapeKind::Text)->trigger();
    test::clickOnCanvas(window, c);
    QTest::keyClicks(canvas->textEditor(), QStringLiteral("Spleen"));
    QTest::keyClick(canvas->textEditor(), Qt::Key_Return);
    const QByteArray created = state(window);

    // A double-click with the selection tool opens the editor on the existing text.
    window.selectAction()->trigger();
    const QPointF onText = canvas->widgetBounds(onlyShapeOfKind(window, ShapeKind::Text)).center();
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, onText.toPoint());
    REQUIRE(canvas->textEditor()->isVisible());
    CHECK(canvas->textEditor()->text() == QStringLiteral("Spleen"));
    canvas->textEditor()->selectAll();
    QTest::keyClicks(canvas->textEditor(), QStringLiteral("Liver"));
    QTest::keyClick(canvas->textEditor(), Qt::Key_Return);
    CHECK(onlyShapeOfKind(window, ShapeKind::Text).text == QStringLiteral("Liver"));
    CHECK(window.undoAction()->text().contains(QStringLiteral("Edit Text")));
    const QByteArray edited = state(window);

    // Arrow keys move the selection by one image pixel, ten with Shift: one command each.
    const QPointF anchor = onlyShapeOfKind(window, ShapeKind::Text).points[0];
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(onlyShapeOfKind(window, ShapeKind::Text).points[0] == anchor + QPointF(1, 10));
    window.undoAction()->trigger();
    window.undoAction()->trigger();
    CHECK(state(window) == edited);
    window.undoAction()->trigger();
    CHECK(state(window) == created);

    // A ruler burned into an exported picture at twice the size, in its colour.
    window.toolAction(ShapeKind::Ruler)->trigger();
    test::dragOnCanvas(window, c + QPointF(-100, 100), c + QPointF(100, 100));
    const annotation::Shape ruler = onlyShapeOfKind(window, ShapeKind::Ruler);
    const QString file = dir.filePath(QStringLiteral("annotated.png"));
    REQUIRE(window.exportAnnotatedImage(file, 2.0));
    const QImage exported(file);
    REQUIRE(exported.size() == QSize(CtPhantom::kColumns * 2, CtPhantom::kRows * 2));
    const QPoint middle = ((ruler.points[0] + ruler.points[1]) / 2.0 * 2.0).toPoint();
    CHECK(QColor(exported.pixel(middle)) == ruler.style.colour);
}

TEST_CASE("a ruler of known length calibrates an uncalibrated photo, undoably", "[editor][gui][calibration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QImage photo(400, 300, QImage::Format_RGB888);
    photo.fill(QColor(120, 100, 90));
    const QString path = dir.filePath(QStringLiteral("wound.png"));
    REQUIRE(photo.save(path));
    ui::EditorWindow window;
    test::openInEditor(window, path);
    ui::EditorCanvas* canvas = window.canvas();
    canvas->showActualSize();
    const QPointF c = centreOf(window);

    // A ruler laid on a 50 mm scale seen in the photo: 100 pixels.
    window.toolAction(ShapeKind::Ruler)->trigger();
    test::dragOnCanvas(window, c + QPointF(-50, -40), c + QPointF(50, -40));
    const QString scaleId = onlyShapeOfKind(window, ShapeKind::Ruler).id;
    auto* calibrate = window.propertiesPanel()->findChild<QPushButton*>(QStringLiteral("calibrateButton"));
    REQUIRE(calibrate != nullptr);
    CHECK(calibrate->isVisible());
    auto* known = window.propertiesPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("knownLengthSpin"));
    REQUIRE(known != nullptr);
    known->setValue(50.0);
    QTest::mouseClick(calibrate, Qt::LeftButton);
    const annotation::Shape* scale = window.document()->shape(scaleId);
    REQUIRE(scale != nullptr);
    const QString manual =
        QStringLiteral(" mm (") + annotation::calibrationSourceName(annotation::CalibrationSource::Manual) + u')';
    CHECK(canvas->labelLines(*scale) == QStringList{QStringLiteral("50.0") + manual});

    // Another ruler of 40 pixels now reads 20 mm; undoing the calibration gives pixels back.
    test::dragOnCanvas(window, c + QPointF(-20, 60), c + QPointF(20, 60));
    const annotation::Shape second = window.document()->annotations().shapes().back();
    CHECK(canvas->labelLines(second) == QStringList{QStringLiteral("20.0") + manual});
    window.undoAction()->trigger(); // the second ruler
    window.undoAction()->trigger(); // the calibration
    CHECK(canvas->labelLines(*window.document()->shape(scaleId))
          == QStringList{QStringLiteral("100.0 px (uncalibrated)")});
    window.redoAction()->trigger();
    CHECK(canvas->labelLines(*window.document()->shape(scaleId)) == QStringList{QStringLiteral("50.0") + manual});
    // The calibration travels with the layer file.
    CHECK(window.document()->annotations().manualCalibration(QString()).has_value());
}
