// The open profile's sections as MainWindow makes them, over a real SQLCipher store: the feed
// cards' thumbnails are made in the background when the sections open, without a sync, and
// each card repaints with its thumbnail; a case without images keeps its initials.

#include "core/store/StoreHost.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/GuiTestSupport.h"
#include "ui/compose/ComposeController.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/navigation/Navigator.h"
#include "ui/shell/ProfileSections.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QMenu>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

TEST_CASE("opening a profile's sections makes the feed's missing thumbnails and shows them", "[ui][thumbnails]")
{
    QTemporaryDir dir;
    QTemporaryDir plain;
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    const cases::Case withImage = makeCase(1);
    const cases::Case withoutImage = makeCase(2);
    {
        auto opened = store::Store::open(dir.path(), testKey());
        REQUIRE(opened.has_value());
        REQUIRE((*opened)->cases().save(withImage).has_value());
        REQUIRE((*opened)->cases().save(withoutImage).has_value());
        const QString path = plain.filePath(QStringLiteral("image.dcm"));
        writeFile(path, minimalImageFile(24, 32));
        REQUIRE((*opened)
                    ->attachments()
                    .attachFile(withImage.id, path, store::AttachmentKind::Dicom, QStringLiteral("Image"))
                    .has_value());
    }
    auto reopened = store::Store::open(dir.path(), testKey());
    REQUIRE(reopened.has_value());
    store::StoreHost host(std::move(*reopened));

    QWidget window;
    QMenu menu;
    auto* navigator = new Navigator(&window);
    navigator->setMenu(&menu);
    ComposeController compose(host, nullptr, &window);
    ProfileSections sections(*navigator, host, nullptr, compose);
    FeedModel& feed = *sections.feed()->model();
    const auto thumbnailOf = [&](const QUuid& id) {
        for (int row = 0; row < feed.rowCount(); ++row) {
            const QModelIndex index = feed.index(row);
            if (index.data(FeedModel::CaseIdRole).toUuid() == id)
                return index.data(FeedModel::ThumbnailRole).value<QImage>();
        }
        return QImage();
    };
    REQUIRE(pumpUntil([&] { return !thumbnailOf(withImage.id).isNull(); }, 30000));
    CHECK(thumbnailOf(withoutImage.id).isNull());
    // "My Cases" lists none of these (they are a colleague's), so only the feed had a card.
    CHECK(sections.mine()->model()->rowCount() == 0);
    host.waitForIdle();
}
