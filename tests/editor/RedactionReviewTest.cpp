// Redaction review in the editor (issue 5): proposals from core/deid shown with their source
// and confidence, accepted or rejected one by one, boxes drawn on one frame, the preview as
// recipients will see it, and the export — the only step that changes pixels.

#include "ui/editor/RedactionReview.h"
#include "core/deid/FaceDetector.h"
#include "core/dicom/ImageDecoder.h"
#include "tests/editor/EditorTestSupport.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/TestSupport.h"
#include "ui/editor/EditorCanvas.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/RedactionPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QRegion>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace consilium;
using Decision = ui::ReviewRegion::Decision;

namespace {

constexpr int kColumns = 256;
constexpr int kRows = 192;
constexpr int kFrames = 3;

void clickButton(ui::EditorWindow& window, const char* name)
{
    auto* button = window.redactionPanel()->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void selectRow(ui::EditorWindow& window, int row)
{
    QTreeWidget* list = window.redactionPanel()->list();
    list->setCurrentItem(list->topLevelItem(row));
    REQUIRE(window.redactionReview()->currentIndex() == row);
}

} // namespace

TEST_CASE("accepted redactions are burned in only on export, the rest byte for byte", "[editor][gui][redaction]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = test::writeMultiFrameImage(dir.path(), QStringLiteral("cine.dcm"), kColumns, kRows, kFrames);
    ui::EditorWindow window;
    test::openInEditor(window, input);
    REQUIRE(window.frameCount() == kFrames);
    ui::RedactionReview* review = window.redactionReview();
    ui::EditorCanvas* canvas = window.canvas();

    // Two proposals as core/deid's planner makes them: text on every frame, text on frame 1.
    const QRect banner(16, 8, 120, 20);
    const QRect label(180, 150, 50, 16);
    review->addProposals({{banner, -1, QStringLiteral("ocr"), 87.4f}, {label, 0, QStringLiteral("ocr"), 61.f}});
    REQUIRE(review->regions().size() == 2);
    QTreeWidget* list = window.redactionPanel()->list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Text 87 %"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("all"));
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("1"));
    CHECK(list->topLevelItem(0)->text(2) == ui::RedactionReview::decisionName(Decision::Proposed));

    // Accept the banner, reject the label, with the panel's buttons.
    selectRow(window, 0);
    clickButton(window, "acceptRedactionButton");
    selectRow(window, 1);
    clickButton(window, "rejectRedactionButton");
    CHECK(review->regions()[0].decision == Decision::Accepted);
    CHECK(review->regions()[1].decision == Decision::Rejected);

    // Draw a box on frame 3 with the redaction tool: it applies to that frame only.
    window.showFrame(2);
    REQUIRE(test::pumpUntil([&] { return canvas->frameIndex() == 2; }));
    window.redactionAction()->trigger();
    REQUIRE(canvas->tool() == ui::EditorCanvas::Tool::RedactionBox);
    CHECK(window.redactionDock()->isVisible());
    CHECK(canvas->redactionsVisible());
    test::dragOnCanvas(window, canvas->toWidget(QPointF(100.5, 100.5)), canvas->toWidget(QPointF(160.5, 140.5)));
    REQUIRE(review->regions().size() == 3);
    const ui::ReviewRegion drawn = review->regions()[2];
    CHECK(drawn.frame == 2);
    CHECK(drawn.source == QStringLiteral("manual"));
    CHECK(drawn.decision == Decision::Accepted);
    CHECK(std::abs(drawn.rect.left() - 100) <= 1);
    CHECK(std::abs(drawn.rect.right() - 160) <= 1);

    // Undo and redo reach the review too.
    QUndoStack* stack = window.document()->undoStack();
    stack->undo();
    CHECK(review->regions().size() == 2);
    stack->redo();
    CHECK(review->regions()[2] == drawn);
    CHECK(window.document()->shapeCount() == 0);

    // The preview shows the frame as the export will be: black inside the accepted boxes.
    const QPoint inBanner = canvas->toWidget(QPointF(banner.center()) + QPointF(0.5, 0.5)).toPoint();
    const QImage before = canvas->grab().toImage();
    auto* preview = window.redactionPanel()->findChild<QCheckBox*>(QStringLiteral("recipientPreviewCheck"));
    REQUIRE(preview != nullptr);
    test::saveScreenshot(window, QStringLiteral("editor-redaction-review"));
    preview->setChecked(true);
    CHECK(review->preview());
    const double ratio = before.width() / double(canvas->width());
    const QImage previewed = canvas->grab().toImage();
    CHECK(qGray(before.pixel(inBanner * ratio)) > 30);
    CHECK(qGray(previewed.pixel(inBanner * ratio)) == 0);
    test::saveScreenshot(window, QStringLiteral("editor-redaction-preview"));
    preview->setChecked(false);

    // Export: the derivative has the accepted boxes filled and every other pixel unchanged.
    QSignalSpy finished(&window, &ui::EditorWindow::exportFinished);
    window.exportRedacted(dir.filePath(QStringLiteral("out")));
    REQUIRE(test::pumpUntil([&] { return finished.count() > 0; }, 30000));
    INFO(finished.first().at(1).toString().toStdString());
    REQUIRE(finished.first().at(0).toBool());
    const QString output = finished.first().at(2).toString();
    for (int frame = 0; frame < kFrames; ++frame) {
        const auto original = dicom::decodeFrame(input, frame);
        const auto redacted = dicom::decodeFrame(output, frame);
        REQUIRE(original);
        REQUIRE(redacted);
        REQUIRE(redacted->width == kColumns);
        REQUIRE(redacted->height == kRows);
        qint64 filled = 0;
        for (int y = 0; y < kRows; ++y) {
            for (int x = 0; x < kColumns; ++x) {
                const bool inside = banner.contains(x, y) || (frame == 2 && drawn.rect.contains(x, y));
                if (inside) {
                    REQUIRE(redacted->storedAt(x, y) == original->minStored);
                    ++filled;
                } else {
                    REQUIRE(redacted->storedAt(x, y) == original->storedAt(x, y));
                }
            }
        }
        CHECK(filled == banner.width() * banner.height() + (frame == 2 ? drawn.rect.width() * drawn.rect.height() : 0));
    }
    // The input is never touched.
    const auto again = dicom::decodeFrame(input, 0);
    REQUIRE(again);
    CHECK(again->storedAt(banner.x(), banner.y()) != again->minStored);
}

TEST_CASE("a region can be moved to every frame, and boxes adjusted by their corners", "[editor][gui][redaction]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::EditorWindow window;
    test::openInEditor(window,
                       test::writeMultiFrameImage(dir.path(), QStringLiteral("cine.dcm"), kColumns, kRows, kFrames));
    ui::RedactionReview* review = window.redactionReview();
    ui::EditorCanvas* canvas = window.canvas();
    window.redactionAction()->trigger();
    test::dragOnCanvas(window, canvas->toWidget(QPointF(40.5, 40.5)), canvas->toWidget(QPointF(90.5, 80.5)));
    REQUIRE(review->regions().size() == 1);
    REQUIRE(review->currentIndex() == 0);
    CHECK(review->regions()[0].frame == 0);
    review->setFrames(0, true, 0);
    CHECK(review->regions()[0].frame == -1);
    CHECK(window.redactionPanel()->list()->topLevelItem(0)->text(1) == QStringLiteral("all"));

    // Drag the bottom-right corner outwards, then move the whole box.
    const QRect start = review->regions()[0].rect;
    const QPointF corner = canvas->toWidget(QPointF(start.right() + 1.0, start.bottom() + 1.0));
    test::dragOnCanvas(window, corner, corner + QPointF(30, 20));
    const QRect resized = review->regions()[0].rect;
    CHECK(resized.topLeft() == start.topLeft());
    CHECK(resized.width() > start.width());
    CHECK(resized.height() > start.height());
    const QPointF inside = canvas->toWidget(QPointF(resized.center()));
    test::dragOnCanvas(window, inside, inside + QPointF(40, 0));
    CHECK(review->regions()[0].rect.size() == resized.size());
    CHECK(review->regions()[0].rect.left() > resized.left());
    // Boxes never leave the image.
    test::dragOnCanvas(window, canvas->toWidget(QPointF(200.5, 150.5)), canvas->toWidget(QPointF(400, 400)));
    REQUIRE(review->regions().size() == 2);
    CHECK(QRect(0, 0, kColumns, kRows).contains(review->regions()[1].rect));
    // Delete removes the current box; undo brings it back.
    QTest::keyClick(canvas, Qt::Key_Delete);
    CHECK(review->regions().size() == 1);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    CHECK(review->regions().size() == 2);
}

namespace {

// A grey cartoon face on a dark background (as tests/deid's face test: no real face is ever
// committed), 480 x 480, which OpenCV's frontal cascade genuinely finds.
QImage drawnFace()
{
    QImage image(480, 480, QImage::Format_RGB32);
    image.fill(QColor(70, 70, 70));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(215, 215, 215));
    painter.drawEllipse(QRectF(140, 100, 200, 270));
    painter.setBrush(QColor(40, 40, 40));
    painter.drawEllipse(QRectF(180, 195, 45, 22));
    painter.drawEllipse(QRectF(255, 195, 45, 22));
    painter.drawRect(QRectF(172, 175, 60, 10));
    painter.drawRect(QRectF(248, 175, 60, 10));
    painter.setBrush(QColor(150, 150, 150));
    painter.drawRect(QRectF(232, 215, 16, 60));
    painter.setBrush(QColor(60, 60, 60));
    painter.drawEllipse(QRectF(200, 300, 80, 22));
    return image;
}

} // namespace

TEST_CASE("faces found in a photo are proposed, accepted and redacted in the exported copy",
          "[editor][gui][redaction][face]")
{
    if (!deid::haarCascadeFolder())
        test::skipTest(QStringLiteral("OpenCV's Haar cascades are not installed (opencv-data)"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString photo = dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(drawnFace().save(photo));
    ui::EditorWindow window;
    test::openInEditor(window, photo);
    ui::RedactionReview* review = window.redactionReview();

    window.redactionDock()->raise(); // the review's tab, as a user opens it
    QSignalSpy found(window.redactionPanel(), &ui::RedactionPanel::findFinished);
    clickButton(window, "findTextButton");
    REQUIRE(test::pumpUntil([&] { return found.count() > 0; }, 120000));
    const auto& regions = review->regions();
    const auto face = std::find_if(regions.begin(), regions.end(),
                                   [](const ui::ReviewRegion& r) { return r.source == QStringLiteral("face"); });
    REQUIRE(face != regions.end());
    CHECK(face->decision == Decision::Proposed);
    CHECK(face->rect.intersects(QRect(140, 100, 200, 270)));
    CHECK(window.redactionPanel()
              ->list()
              ->topLevelItem(int(face - regions.begin()))
              ->text(0)
              .startsWith(QStringLiteral("Face ")));
    const QRect faceRect = face->rect;
    // Only the face: text proposals (none are expected on this drawing) are rejected.
    for (int i = 0; i < static_cast<int>(regions.size()); ++i)
        review->setDecision(i, regions[size_t(i)].source == QStringLiteral("face") ? Decision::Accepted
                                                                                   : Decision::Rejected);
    test::saveScreenshot(window, QStringLiteral("editor-face-proposal"));

    QSignalSpy finished(&window, &ui::EditorWindow::exportFinished);
    window.exportRedacted(dir.filePath(QStringLiteral("out")));
    REQUIRE(test::pumpUntil([&] { return finished.count() > 0; }, 30000));
    INFO(finished.first().at(1).toString().toStdString());
    REQUIRE(finished.first().at(0).toBool());
    const QImage original = drawnFace().convertToFormat(QImage::Format_RGB888);
    const QImage exported = QImage(finished.first().at(2).toString()).convertToFormat(QImage::Format_RGB888);
    REQUIRE(exported.size() == original.size());
    QRegion accepted;
    for (const ui::ReviewRegion& r : review->regions()) {
        if (r.decision == Decision::Accepted)
            accepted += r.rect;
    }
    CHECK(accepted.contains(faceRect));
    for (int y = 0; y < original.height(); ++y) {
        for (int x = 0; x < original.width(); ++x) {
            if (accepted.contains(QPoint(x, y)))
                REQUIRE(exported.pixel(x, y) == qRgb(0, 0, 0));
            else
                REQUIRE(exported.pixel(x, y) == original.pixel(x, y));
        }
    }
}
