#include "core/demo/DemoPreparation.h"

#include "core/crypto/SecretBytes.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/PhotoDeidentifier.h"
#include "core/samples/SampleGenerator.h"
#include "core/store/ProfileVault.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>

namespace consilium::demo::detail {

namespace {

const QString kDomain = QStringLiteral("demo");

Result<QList<Derivative>> deidentifyCase(const DemoCase& demoCase, const QString& samples, const QString& output)
{
    if (!QDir().mkpath(output))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create %1").arg(output));
    // One case, one secret: UIDs and date shifts stay consistent across its files only.
    const deid::CaseSecrets secrets = deid::CaseSecrets::generate();
    const deid::HeaderDeidentifier headers(deid::DeidProfile::defaults(), secrets);
    const deid::PhotoDeidentifier photos(secrets);
    QList<Derivative> derivatives;
    for (const QString& relative : demoCase.sampleFiles) {
        const QString input = QDir(samples).filePath(relative);
        if (deid::PhotoDeidentifier::isPhoto(input)) {
            auto report = photos.deidentify(input, output);
            if (!report)
                return tl::unexpected(report.error());
            derivatives.append({report->output, store::AttachmentKind::Photo});
        } else {
            auto report = headers.deidentify(input, output);
            if (!report)
                return tl::unexpected(report.error());
            derivatives.append({report->output, store::AttachmentKind::Dicom});
        }
    }
    return derivatives;
}

} // namespace

const std::array<Colleague, 2>& colleagues()
{
    static const std::array<Colleague, 2> all{
        Colleague{"amara",
                  {QStringLiteral("Dr. Amara Okafor"), QStringLiteral("Physician"), QStringLiteral("dermatology")}},
        Colleague{"jonas",
                  {QStringLiteral("Dr. Jonas Weber"), QStringLiteral("Radiologist"), QStringLiteral("radiology")}},
    };
    return all;
}

int indexOf(DemoAuthor author)
{
    return author == DemoAuthor::Amara ? 0 : 1;
}

Result<void> clearProfiles(const QString& dataRoot, bool replace)
{
    const QDir profilesRoot(QDir(dataRoot).filePath(QStringLiteral("profiles")));
    QStringList toReplace;
    for (const Colleague& colleague : colleagues()) {
        const QString folder = profilesRoot.filePath(QLatin1String(colleague.profile));
        if (!QDir(folder).exists())
            continue;
        if (!replace)
            return fail(kDomain, ErrorCode::AlreadyExists,
                        QStringLiteral("a profile already exists in %1 (use --replace to start the demo afresh)")
                            .arg(QDir::toNativeSeparators(folder)));
        // Only ever delete what the demo itself created.
        if (!QFile::exists(QDir(folder).filePath(QLatin1String(kDemoMarkerFile))))
            return fail(kDomain, ErrorCode::AlreadyExists,
                        QStringLiteral("%1 is not a demo profile; refusing to replace it")
                            .arg(QDir::toNativeSeparators(folder)));
        toReplace.append(folder);
    }
    for (const QString& folder : toReplace) {
        if (!QDir(folder).removeRecursively())
            return fail(kDomain, ErrorCode::IoError,
                        QStringLiteral("cannot remove %1").arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

Result<PreparedCases> prepareCases()
{
    PreparedCases prepared;
    prepared.work = std::make_unique<QTemporaryDir>();
    if (!prepared.work->isValid())
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create a temporary folder"));
    const QString samples = prepared.work->filePath(QStringLiteral("samples"));
    if (auto generated = samples::generateSamples(samples, samples::SampleOptions{}); !generated)
        return tl::unexpected(generated.error());
    prepared.cases = demoCases();
    for (qsizetype c = 0; c < prepared.cases.size(); ++c) {
        auto made =
            deidentifyCase(prepared.cases[c], samples, prepared.work->filePath(QStringLiteral("case-%1").arg(c)));
        if (!made)
            return tl::unexpected(made.error().withContext(prepared.cases[c].title));
        prepared.derivatives.append(*made);
    }
    return prepared;
}

Result<std::unique_ptr<store::Store>> createProfile(const DemoOptions& options, size_t index)
{
    const QDir profilesRoot(QDir(options.dataRoot).filePath(QStringLiteral("profiles")));
    const QString folder = profilesRoot.filePath(QLatin1String(colleagues()[index].profile));
    if (!QDir().mkpath(folder))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create %1").arg(folder));
    QFile marker(QDir(folder).filePath(QLatin1String(kDemoMarkerFile)));
    if (!marker.open(QIODevice::WriteOnly)
        || marker.write("Demo profile with synthetic cases only (consilium-cli demo seed).\n") < 0)
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot write %1").arg(marker.fileName()));
    marker.close();
    const crypto::SecretBytes passphrase = crypto::SecretBytes::fromUtf8(QLatin1String(kDemoPassphrase));
    auto opened = store::ProfileVault(folder).create(passphrase, {options.argon2Ops, options.argon2MemBytes});
    if (!opened)
        return tl::unexpected(opened.error());
    if (auto ok = store::initialiseProfile(**opened, colleagues()[index].owner); !ok)
        return tl::unexpected(ok.error());
    return std::move(*opened);
}

} // namespace consilium::demo::detail
