#include "core/demo/DemoSeeder.h"
#include "core/crypto/SecretBytes.h"
#include "core/dicom/DatasetReader.h"
#include "core/store/ProfileVault.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace consilium;

namespace {

demo::DemoOptions fastOptions(const QString& root)
{
    demo::DemoOptions options;
    options.dataRoot = root;
    options.argon2Ops = 1;
    options.argon2MemBytes = 8ull * 1024 * 1024;
    return options;
}

std::unique_ptr<store::Store> unlock(const QString& root, const QString& profile)
{
    store::ProfileVault vault(QDir(root).filePath(QStringLiteral("profiles/") + profile));
    auto store = vault.unlock(crypto::SecretBytes::fromUtf8(QLatin1String(demo::kDemoPassphrase)));
    REQUIRE(store.has_value());
    return std::move(*store);
}

} // namespace

TEST_CASE("the demo gives two colleagues the same shared, de-identified cases in encrypted profiles", "[demo]")
{
    QTemporaryDir root;
    auto summary = demo::seedDemo(fastOptions(root.path()));
    REQUIRE(summary.has_value());
    CHECK(summary->profiles == QStringList{QStringLiteral("amara"), QStringLiteral("jonas")});
    CHECK(summary->cases == 5);
    CHECK(summary->comments >= 5);

    auto amara = unlock(root.path(), QStringLiteral("amara"));
    auto jonas = unlock(root.path(), QStringLiteral("jonas"));
    auto amaraSelf = amara->people().self();
    auto jonasSelf = jonas->people().self();
    REQUIRE((amaraSelf && amaraSelf->has_value() && jonasSelf && jonasSelf->has_value()));
    CHECK((*amaraSelf)->displayName == QStringLiteral("Dr. Amara Okafor"));

    // Each knows the other, verified, under the other's real identity key.
    auto colleague = amara->people().person((*jonasSelf)->identityKey);
    REQUIRE(colleague.has_value());
    REQUIRE(colleague->has_value());
    CHECK((*colleague)->displayName == QStringLiteral("Dr. Jonas Weber"));
    CHECK((*colleague)->verified);

    auto amaraFeed = amara->feed().page({});
    auto jonasFeed = jonas->feed().page({});
    REQUIRE((amaraFeed && jonasFeed));
    REQUIRE(amaraFeed->entries.size() == 5);
    REQUIRE(jonasFeed->entries.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(amaraFeed->entries[i].value.id == jonasFeed->entries[i].value.id);

    // Every DICOM attachment decrypts to a de-identified derivative.
    QTemporaryDir out;
    int dicomFiles = 0;
    for (const store::FeedEntry& entry : amaraFeed->entries) {
        auto attachments = amara->attachments().list(entry.value.id);
        REQUIRE(attachments.has_value());
        CHECK_FALSE(attachments->isEmpty());
        for (const store::Attachment& attachment : *attachments) {
            const QString path = out.filePath(attachment.blobId.toString(QUuid::WithoutBraces));
            REQUIRE(amara->attachments().decryptTo(attachment.blobId, path).has_value());
            if (attachment.kind != store::AttachmentKind::Dicom)
                continue;
            ++dicomFiles;
            auto reader = dicom::DatasetReader::open(path);
            REQUIRE(reader.has_value());
            auto removed = reader->string(dicom::Tag{0x0012, 0x0062});
            REQUIRE(removed.has_value());
            CHECK(*removed == QStringLiteral("YES"));
            auto name = reader->string(dicom::Tag{0x0010, 0x0010});
            CHECK((!name.has_value() || name->isEmpty()));
        }
    }
    CHECK(dicomFiles == 21 + 3);

    // Seeding again refuses, and --replace only ever replaces demo profiles.
    auto again = demo::seedDemo(fastOptions(root.path()));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    amara.reset();
    jonas.reset();
    QFile::remove(QDir(root.path()).filePath(QStringLiteral("profiles/jonas/") + QLatin1String(demo::kDemoMarkerFile)));
    demo::DemoOptions replace = fastOptions(root.path());
    replace.replace = true;
    auto refused = demo::seedDemo(replace);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("not a demo profile")));
    // The refusal touched nothing: Amara's demo profile is still there and still opens.
    CHECK(unlock(root.path(), QStringLiteral("amara")) != nullptr);

    QFile marker(QDir(root.path()).filePath(QStringLiteral("profiles/jonas/") + QLatin1String(demo::kDemoMarkerFile)));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    auto replaced = demo::seedDemo(replace);
    REQUIRE(replaced.has_value());
    CHECK(replaced->cases == 5);
}
