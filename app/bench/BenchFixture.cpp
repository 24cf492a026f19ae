#include "app/bench/BenchFixture.h"

#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/SecretBytes.h"
#include "core/samples/CtPhantom.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/store/SqlDatabase.h"
#include "ui/feed/CaseThumbnail.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTransform>

#include <array>

namespace consilium::bench {

namespace {

constexpr std::array kWords{"pneumothorax", "consolidation", "effusion",  "nodule",   "fracture",  "lesion",
                            "opacity",      "carcinoma",     "abscess",   "hematoma", "stenosis",  "aneurysm",
                            "embolism",     "infarct",       "edema",     "fibrosis", "granuloma", "cyst",
                            "left",         "right",         "upper",     "lower",    "lobe",      "acute",
                            "chronic",      "suspected",     "follow-up", "biopsy",   "contrast",  "sclerotic"};
constexpr std::array kSpecialties{"radiology", "dermatology", "cardiology", "pulmonology", "orthopaedics"};
constexpr std::array kTags{"teaching", "rare", "emergency", "paediatric", "oncology", "trauma", "quiz", "mdt"};

QString words(quint64& state, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL; // LCG: same text every run
        out << QString::fromLatin1(kWords[(state >> 33) % kWords.size()]);
    }
    return out.join(u' ');
}

// The feed cards' thumbnails the app would have made by the time of a cold start: real-size
// JPEGs (ui/feed's renderCaseThumbnail of the phantom's first slice), in 8 orientations so the
// cases do not all share one picture.
Result<QList<QByteArray>> thumbnailVariants(const QString& firstSlice)
{
    auto image = ui::renderCaseThumbnail(firstSlice);
    if (!image)
        return tl::unexpected(image.error());
    QList<QByteArray> variants;
    for (int turn = 0; turn < 4; ++turn) {
        for (const bool mirrored : {false, true}) {
            const QImage turned = image->transformed(QTransform().rotate(90.0 * turn)).mirrored(mirrored, false);
            auto encoded = ui::encodeThumbnail(turned);
            if (!encoded)
                return tl::unexpected(encoded.error());
            variants.append(*encoded);
        }
    }
    return variants;
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<AppFixture> makeAppFixture(const QString& profileFolder, const QString& scratch, int caseCount, int slices)
{
    AppFixture fixture;
    fixture.profileFolder = profileFolder;
    fixture.cases = caseCount;
    const crypto::SecretBytes passphrase = crypto::SecretBytes::copyOf(QByteArrayView(kBenchPassphrase));
    // The parameters a new profile gets in the app (ProfileController: about 0.5 s here).
    auto calibration = crypto::calibrateArgon2(std::chrono::milliseconds(500));
    if (!calibration)
        return tl::unexpected(calibration.error());
    fixture.argon2Ms = static_cast<double>(calibration->measured.count());
    store::ProfileVault vault(profileFolder);
    auto store = vault.create(passphrase, calibration->params);
    if (!store)
        return tl::unexpected(store.error());
    if (auto ok = store::initialiseProfile(
            **store, {QStringLiteral("Dr. Bench"), QStringLiteral("Radiologist"), QStringLiteral("radiology")});
        !ok)
        return tl::unexpected(ok.error());
    auto self = (*store)->people().self();
    if (!self || !self->has_value())
        return fail(QStringLiteral("bench"), ErrorCode::Internal, QStringLiteral("the profile has no owner"));
    const QByteArray me = (*self)->identityKey;

    // The phantom first: its first slice is every case's thumbnail's source.
    samples::SampleOutput output(QDir(scratch).filePath(QStringLiteral("ct")), true);
    if (auto ok = samples::writeCtSeries(samples::makeIdentity(1), output); !ok)
        return tl::unexpected(ok.error());
    QStringList files = output.files();
    files.sort();
    files = files.mid(0, slices);
    if (files.isEmpty())
        return fail(QStringLiteral("bench"), ErrorCode::Internal, QStringLiteral("the phantom has no slices"));
    auto thumbnails = thumbnailVariants(QDir(output.root()).filePath(files.first()));
    if (!thumbnails)
        return tl::unexpected(thumbnails.error());

    quint64 state = 20261205;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    constexpr int kBatch = 1000;
    for (int first = 0; first < caseCount; first += kBatch) {
        auto transaction = store::SqlTransaction::begin((*store)->database());
        if (!transaction)
            return tl::unexpected(transaction.error());
        for (int n = first; n < std::min(caseCount, first + kBatch); ++n) {
            cases::Case value;
            value.id = QUuid::createUuidV5(QUuid(), QStringLiteral("bench-case-%1").arg(n));
            value.authorIdentity = n % 10 == 0 ? me : QByteArray(32, static_cast<char>(1 + n % 40));
            value.title = words(state, 6);
            value.clinicalQuestion = words(state, 14);
            value.history = words(state, 40);
            value.findings = words(state, 25);
            value.specialty = QString::fromLatin1(kSpecialties[n % kSpecialties.size()]);
            value.tags = {QString::fromLatin1(kTags[n % kTags.size()]),
                          QString::fromLatin1(kTags[(n / 3) % kTags.size()])};
            value.createdAt = start.addSecs(static_cast<qint64>(n) * 97);
            value.unread = n % 4 == 0;
            value.pinned = n % 50 == 0;
            if (auto ok = (*store)->cases().save(value); !ok)
                return tl::unexpected(ok.error());
            if (auto ok = (*store)->thumbnails().put(value.id, thumbnails->at(n % thumbnails->size())); !ok)
                return tl::unexpected(ok.error());
        }
        if (auto ok = transaction->commit(); !ok)
            return tl::unexpected(ok.error());
    }

    // The newest case gets the CT phantom, as encrypted blobs like any received case's images.
    cases::Case large;
    large.id = QUuid::createUuidV5(QUuid(), QStringLiteral("bench-large-case"));
    large.authorIdentity = QByteArray(32, 'c');
    large.title = QStringLiteral("CT chest-abdomen phantom, %1 slices").arg(slices);
    large.clinicalQuestion = QStringLiteral("Benchmark case: how fast does the first slice appear?");
    large.specialty = QStringLiteral("radiology");
    large.createdAt = start.addSecs(static_cast<qint64>(caseCount + 1) * 97);
    if (auto ok = (*store)->cases().save(large); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = (*store)->thumbnails().put(large.id, thumbnails->first()); !ok)
        return tl::unexpected(ok.error());
    for (const QString& file : std::as_const(files)) {
        const QString path = QDir(output.root()).filePath(file);
        auto attached =
            (*store)->attachments().attachFile(large.id, path, store::AttachmentKind::Dicom, QStringLiteral("CT"));
        if (!attached)
            return tl::unexpected(attached.error());
    }
    fixture.largeCase = large.id;
    fixture.slices = static_cast<int>(files.size());
    fixture.cases = caseCount + 1;
    QDir(output.root()).removeRecursively();
    return fixture;
}

Result<double> decryptAllSequentiallyMs(const AppFixture& fixture, const QString& scratch)
{
    store::ProfileVault vault(fixture.profileFolder);
    auto store = vault.unlock(crypto::SecretBytes::copyOf(QByteArrayView(kBenchPassphrase)));
    if (!store)
        return tl::unexpected(store.error());
    auto attachments = (*store)->attachments().list(fixture.largeCase);
    if (!attachments)
        return tl::unexpected(attachments.error());
    const QDir out(scratch);
    QElapsedTimer timer;
    timer.start();
    for (const store::Attachment& attachment : *attachments) {
        const QString path = out.filePath(QStringLiteral("%1-%2").arg(attachment.position).arg(attachment.fileName));
        if (auto ok = (*store)->attachments().decryptTo(attachment.blobId, path); !ok)
            return tl::unexpected(ok.error());
    }
    return msSince(timer);
}

} // namespace consilium::bench
