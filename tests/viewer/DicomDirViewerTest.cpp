// Opening DICOMDIR media in the viewer: the folder (or the DICOMDIR file) shows the series the
// directory references, and the DICOMDIR itself is not reported as a file that cannot be shown.

#include "tests/dicom/DicomDirMedia.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;

TEST_CASE("a DICOMDIR folder and a DICOMDIR file open the series they reference", "[viewer][dicomdir]")
{
    QTemporaryDir dir;
    const QString dicomDir = test::writeDicomDirMedia(dir.path(), 4);
    // A stray file on the media that the DICOMDIR does not reference is not opened.
    QFile stray(dir.filePath(QStringLiteral("README.TXT")));
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.write("Burned by a test");
    stray.close();

    for (const QString& opened : {dir.path(), dicomDir}) {
        MainWindow window(MainWindow::defaultProfileName());
        window.resize(900, 600);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openPaths({opened});
        ViewerPanel* panel = window.viewer();
        QStringList problems;
        bool finished = false;
        QObject::connect(panel, &ViewerPanel::loadingFinished, &window, [&](int, const QStringList& found) {
            problems = found;
            finished = true;
        });
        REQUIRE(test::pumpUntil([&] { return finished && panel->viewport()->hasFrame(); }));
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        REQUIRE(panel->series().size() == 1);
        CHECK(panel->imageCount() == 4);
    }
}
