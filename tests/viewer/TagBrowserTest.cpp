// The tag browser: a generated CT slice with a two-item sequence and a private attribute read
// as a tree (core/dicom), the item model checked by QAbstractItemModelTester, the search by
// keyword, tag and value, and Ctrl+T in the viewer opening it on the image shown.

#include "ui/viewer/TagBrowser.h"
#include "core/dicom/DatasetTree.h"
#include "core/dicom/DatasetWriter.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/TagTreeModel.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace consilium;
using namespace consilium::ui;
using dicom::Tag;
using dicom::Vr;

namespace {

constexpr Tag kReferencedImageSequence{0x0008, 0x1140};
constexpr Tag kReferencedSopInstanceUid{0x0008, 0x1155};

// A phantom slice plus Referenced Image Sequence (two items) and a private block.
QString writeSliceWithSequence(const QTemporaryDir& dir)
{
    dicom::Dataset ds = test::ctPhantomSlice(0, 32);
    for (int i = 0; i < 2; ++i) {
        dicom::Dataset& item = ds.appendItem(kReferencedImageSequence);
        item.setString({0x0008, 0x1150}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
        item.setString(kReferencedSopInstanceUid, Vr::UI, QStringLiteral("2.25.777%1").arg(i));
    }
    ds.setString({0x0009, 0x0010}, Vr::LO, QStringLiteral("CONSILIUM TEST"));
    ds.setString({0x0009, 0x1001}, Vr::LO, QStringLiteral("private marker"));
    const QString path = dir.filePath(QStringLiteral("slice.dcm"));
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian));
    return path;
}

const dicom::DatasetNode* findTag(const dicom::DatasetNode& parent, Tag tag)
{
    for (const dicom::DatasetNode& child : parent.children) {
        if (child.kind == dicom::DatasetNode::Kind::Element && child.tag == tag)
            return &child;
    }
    return nullptr;
}

// Every source row the filter keeps, as tag text, depth first.
QStringList visibleTags(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList tags;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        tags << index.data().toString();
        tags << visibleTags(model, index);
    }
    return tags;
}

} // namespace

TEST_CASE("a file reads as a tree: meta first, sequences with their items, bulk data summarised", "[viewer][tags]")
{
    QTemporaryDir dir;
    const QString path = writeSliceWithSequence(dir);
    const auto tree = dicom::readDatasetTree(path);
    REQUIRE(tree);
    REQUIRE_FALSE(tree->children.isEmpty());
    CHECK(tree->children.first().isMeta);
    CHECK(tree->children.first().tag.group == 0x0002);

    const dicom::DatasetNode* name = findTag(*tree, {0x0010, 0x0010});
    REQUIRE(name != nullptr);
    CHECK(name->keyword == QStringLiteral("PatientName"));
    CHECK(name->vr == QStringLiteral("PN"));
    CHECK(name->value == QStringLiteral("Phantom^Water"));

    const dicom::DatasetNode* sequence = findTag(*tree, kReferencedImageSequence);
    REQUIRE(sequence != nullptr);
    CHECK(sequence->isSequence());
    REQUIRE(sequence->children.size() == 2);
    CHECK(sequence->children[1].kind == dicom::DatasetNode::Kind::Item);
    CHECK(sequence->children[1].itemIndex == 1);
    const dicom::DatasetNode* uid = findTag(sequence->children[1], kReferencedSopInstanceUid);
    REQUIRE(uid != nullptr);
    CHECK(uid->value == QStringLiteral("2.25.7771"));

    const dicom::DatasetNode* rows = findTag(*tree, {0x0028, 0x0010});
    REQUIRE(rows != nullptr);
    CHECK(rows->vr == QStringLiteral("US"));
    CHECK(rows->value == QStringLiteral("32"));
    const dicom::DatasetNode* pixels = findTag(*tree, {0x7FE0, 0x0010});
    REQUIRE(pixels != nullptr);
    CHECK(pixels->value == QStringLiteral("(2048 bytes)"));

    const dicom::DatasetNode* privateValue = findTag(*tree, {0x0009, 0x1001});
    REQUIRE(privateValue != nullptr);
    CHECK(privateValue->value == QStringLiteral("private marker"));
}

TEST_CASE("a file that is not DICOM gives a clear error, not an empty tree", "[viewer][tags]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a DICOM file at all, just some text that is long enough to be parsed badly");
    file.close();
    const auto tree = dicom::readDatasetTree(path);
    REQUIRE_FALSE(tree);
    CHECK_FALSE(tree.error().message.isEmpty());
    CHECK_FALSE(dicom::readDatasetTree(dir.filePath(QStringLiteral("missing.dcm"))));
}

TEST_CASE("the tag model passes QAbstractItemModelTester and filters by keyword, tag and value", "[viewer][tags]")
{
    QTemporaryDir dir;
    const auto tree = dicom::readDatasetTree(writeSliceWithSequence(dir));
    REQUIRE(tree);

    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(*tree);
    REQUIRE(model.rowCount() == tree->children.size());
    CHECK(model.columnCount() == 4);

    // The sequence row has its two items, each with its attributes.
    QModelIndex sequence;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TagTreeModel::KeywordColumn).data().toString()
            == QStringLiteral("ReferencedImageSequence"))
            sequence = model.index(row, 0);
    }
    REQUIRE(sequence.isValid());
    REQUIRE(model.rowCount(sequence) == 2);
    const QModelIndex item = model.index(1, 0, sequence);
    CHECK(model.parent(item) == sequence);
    REQUIRE(model.rowCount(item) == 2);
    CHECK(model.index(1, TagTreeModel::ValueColumn, item).data().toString() == QStringLiteral("2.25.7771"));
    CHECK(model.parent(model.index(1, 0, item)) == item);
    CHECK(model.index(0, TagTreeModel::VrColumn, sequence.siblingAtRow(0)).isValid() == false);

    TagFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    const int all = static_cast<int>(visibleTags(filter).size());

    filter.setQuery(QStringLiteral("patientname"));
    CHECK(visibleTags(filter) == QStringList{QStringLiteral("(0010,0010)")});
    filter.setQuery(QStringLiteral("0028,0010"));
    CHECK(visibleTags(filter) == QStringList{QStringLiteral("(0028,0010)")});
    filter.setQuery(QStringLiteral("(0028,"));
    CHECK(visibleTags(filter).size() >= 8); // the Image Pixel group
    // A value inside a sequence item keeps the path to it, and nothing else.
    filter.setQuery(QStringLiteral("2.25.7771"));
    CHECK(visibleTags(filter)
          == QStringList({QStringLiteral("(0008,1140)"), QStringLiteral("Item 2"), QStringLiteral("(0008,1155)")}));
    // A matching sequence keeps all its items.
    filter.setQuery(QStringLiteral("ReferencedImageSequence"));
    CHECK(visibleTags(filter).size() == 7);
    filter.setQuery(QStringLiteral("nothing matches this"));
    CHECK(filter.rowCount() == 0);
    filter.setQuery(QString());
    CHECK(visibleTags(filter).size() == all);
}

TEST_CASE("Ctrl+T opens the tag browser on the image shown, and it follows scrolling", "[viewer][tags]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 5, 32);
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({series});
    ViewerPanel* panel = window.viewer();
    REQUIRE(panel != nullptr);
    REQUIRE(test::pumpUntil([&] { return panel->viewport()->hasFrame(); }));

    panel->viewport()->setFocus();
    QTest::keyClick(panel->viewport(), Qt::Key_T, Qt::ControlModifier);
    auto* browser = panel->findChild<TagBrowser*>();
    REQUIRE(browser != nullptr);
    CHECK(browser->isVisible());
    CHECK(browser->file() == panel->currentPath());
    REQUIRE(test::pumpUntil([&] { return browser->model()->rowCount() > 10; }));

    browser->searchField()->setText(QStringLiteral("InstanceNumber"));
    REQUIRE(browser->filterModel()->rowCount() == 1);
    const QString before = browser->filterModel()->index(0, TagTreeModel::ValueColumn).data().toString();
    test::saveScreenshot(*browser, QStringLiteral("viewer-tag-browser-search"));

    // The browser is the active window now; scroll the viewer as its menu would.
    panel->step(1);
    REQUIRE(test::pumpUntil([&] {
        return browser->file() == panel->currentPath() && browser->filterModel()->rowCount() == 1
               && browser->filterModel()->index(0, TagTreeModel::ValueColumn).data().toString() != before;
    }));
    browser->searchField()->clear();
    browser->view()->expandAll();
    test::saveScreenshot(*browser, QStringLiteral("viewer-tag-browser"));
}
