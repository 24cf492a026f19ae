#include "tests/editor/EditorTestSupport.h"

#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetWriter.h"
#include "tests/support/GuiTestSupport.h"
#include "ui/editor/EditorCanvas.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace consilium::test {

void openInEditor(ui::EditorWindow& window, const QString& path)
{
    window.resize(1280, 820);
    window.show();
    QSignalSpy loaded(&window, &ui::EditorWindow::imageLoaded);
    QSignalSpy failed(&window, &ui::EditorWindow::loadFailed);
    window.open(path);
    REQUIRE(pumpUntil([&] { return loaded.count() > 0 || failed.count() > 0; }));
    REQUIRE(failed.isEmpty());
    REQUIRE(window.canvas()->hasFrame());
}

void dragOnCanvas(ui::EditorWindow& window, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers)
{
    QWidget* canvas = window.canvas();
    QTest::mousePress(canvas, Qt::LeftButton, modifiers, from.toPoint());
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(canvas, (from + (to - from) * (step / 4.0)).toPoint());
    QTest::mouseRelease(canvas, Qt::LeftButton, modifiers, to.toPoint());
}

void clickOnCanvas(ui::EditorWindow& window, QPointF at, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(window.canvas(), Qt::LeftButton, modifiers, at.toPoint());
}

QString writeMultiFrameImage(const QString& dir, const QString& name, int columns, int rows, int frames)
{
    using dicom::Vr;
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI,
                 QStringLiteral("1.2.840.10008.5.1.4.1.1.7.2")); // Multi-frame Grayscale Byte SC
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.5005%1").arg(frames));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
    ds.setString({0x0010, 0x0010}, Vr::PN, QStringLiteral("DOE^JANE"));
    dicom::ImagePixels pixels;
    pixels.rows = rows;
    pixels.columns = columns;
    pixels.frames = frames;
    pixels.data.resize(qsizetype(rows) * columns * frames);
    for (qsizetype i = 0; i < pixels.data.size(); ++i)
        pixels.data[i] = static_cast<char>(40 + (i * 7 + i / 97) % 200);
    REQUIRE(ds.setImagePixels(pixels).has_value());
    const QString path = QDir(dir).filePath(name);
    const auto written = dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
    return path;
}

} // namespace consilium::test
