#include "core/demo/DemoSeeder.h"

#include "core/crypto/SecretBytes.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/PhotoDeidentifier.h"
#include "core/demo/DemoCases.h"
#include "core/samples/SampleGenerator.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <array>

namespace consilium::demo {

namespace {

const QString kDomain = QStringLiteral("demo");

struct Colleague {
    const char* profile;
    store::ProfileDetails owner;
};

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

/// A derivative of one case: what the author would publish after de-identification.
struct Derivative {
    QString path;
    store::AttachmentKind kind;
};

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

QUuid stableId(const QString& label)
{
    // Same case and comment ids in both profiles, as sync would deliver them.
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c9a52-8f0e-4c1e-9b8a-2d0c3e7a5b10}")), label);
}

Result<void> seedProfile(store::Store& store, int self, const QList<QByteArray>& identities,
                         const QList<DemoCase>& cases, const QList<QList<Derivative>>& derivatives,
                         DemoSummary& summary)
{
    const int other = 1 - self;
    cases::Person colleague;
    colleague.identityKey = identities[other];
    colleague.displayName = colleagues()[other].owner.displayName;
    colleague.profession = colleagues()[other].owner.profession;
    colleague.specialty = colleagues()[other].owner.specialty;
    if (auto ok = store.people().savePerson(colleague); !ok)
        return ok;
    if (auto ok = store.people().addContact(colleague.identityKey); !ok)
        return ok;
    // In the demo the two met and compared safety numbers; a real contact starts unverified.
    if (auto ok = store.people().setVerified(colleague.identityKey, true, QDateTime::currentDateTimeUtc()); !ok)
        return ok;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype c = 0; c < cases.size(); ++c) {
        const DemoCase& demoCase = cases[c];
        cases::Case value;
        value.id = stableId(QStringLiteral("case %1").arg(c));
        value.authorIdentity = identities[indexOf(demoCase.author)];
        value.title = demoCase.title;
        value.clinicalQuestion = demoCase.question;
        value.history = demoCase.history;
        value.findings = demoCase.findings;
        value.specialty = demoCase.specialty;
        value.tags = demoCase.tags;
        value.audience = cases::Audience::People;
        value.createdAt = now.addSecs(-3600LL * demoCase.hoursAgo);
        value.updatedAt = value.createdAt;
        value.unread = indexOf(demoCase.author) != self && c % 2 == 0;
        if (auto ok = store.cases().save(value); !ok)
            return ok;
        for (const Derivative& derivative : derivatives[c]) {
            auto attached =
                store.attachments().attachFile(value.id, derivative.path, derivative.kind, demoCase.imageLabel);
            if (!attached)
                return tl::unexpected(attached.error());
            ++summary.attachments;
        }
        QList<QUuid> commentIds;
        for (qsizetype n = 0; n < demoCase.discussion.size(); ++n) {
            const DemoComment& demoComment = demoCase.discussion[n];
            cases::Comment comment;
            comment.id = stableId(QStringLiteral("case %1 comment %2").arg(c).arg(n));
            comment.caseId = value.id;
            if (demoComment.replyTo >= 0 && demoComment.replyTo < commentIds.size())
                comment.parentId = commentIds[demoComment.replyTo];
            comment.authorIdentity = identities[indexOf(demoComment.author)];
            comment.body = demoComment.body;
            comment.createdAt = value.createdAt.addSecs(60LL * demoComment.minutesAfterCase);
            if (auto added = store.comments().add(comment); !added)
                return tl::unexpected(added.error());
            commentIds.append(comment.id);
            ++summary.comments;
        }
        ++summary.cases;
    }
    return {};
}

} // namespace

Result<DemoSummary> seedDemo(const DemoOptions& options)
{
    const QDir profilesRoot(QDir(options.dataRoot).filePath(QStringLiteral("profiles")));
    // Check every profile before deleting any, so a refusal leaves everything as it was.
    QStringList toReplace;
    for (const Colleague& colleague : colleagues()) {
        const QString folder = profilesRoot.filePath(QLatin1String(colleague.profile));
        if (!QDir(folder).exists())
            continue;
        if (!options.replace)
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

    QTemporaryDir work;
    if (!work.isValid())
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create a temporary folder"));
    const QString samples = work.filePath(QStringLiteral("samples"));
    if (auto generated = samples::generateSamples(samples, samples::SampleOptions{}); !generated)
        return tl::unexpected(generated.error());

    const QList<DemoCase> cases = demoCases();
    QList<QList<Derivative>> derivatives;
    for (qsizetype c = 0; c < cases.size(); ++c) {
        auto made = deidentifyCase(cases[c], samples, work.filePath(QStringLiteral("case-%1").arg(c)));
        if (!made)
            return tl::unexpected(made.error().withContext(cases[c].title));
        derivatives.append(*made);
    }

    // Both profiles first (their identities are needed by each other), then their contents.
    const crypto::SecretBytes passphrase = crypto::SecretBytes::fromUtf8(QLatin1String(kDemoPassphrase));
    const crypto::Argon2Params params{options.argon2Ops, options.argon2MemBytes};
    std::array<std::unique_ptr<store::Store>, 2> stores;
    QList<QByteArray> identities;
    DemoSummary summary;
    for (size_t i = 0; i < colleagues().size(); ++i) {
        const QString folder = profilesRoot.filePath(QLatin1String(colleagues()[i].profile));
        if (!QDir().mkpath(folder))
            return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create %1").arg(folder));
        QFile marker(QDir(folder).filePath(QLatin1String(kDemoMarkerFile)));
        if (!marker.open(QIODevice::WriteOnly)
            || marker.write("Demo profile with synthetic cases only (consilium-cli demo seed).\n") < 0)
            return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot write %1").arg(marker.fileName()));
        marker.close();
        auto opened = store::ProfileVault(folder).create(passphrase, params);
        if (!opened)
            return tl::unexpected(opened.error());
        if (auto ok = store::initialiseProfile(**opened, colleagues()[i].owner); !ok)
            return tl::unexpected(ok.error());
        auto identity = (*opened)->keyring().identity();
        if (!identity || !identity->has_value())
            return fail(kDomain, ErrorCode::Internal, QStringLiteral("the new profile has no identity key"));
        identities.append((*identity)->publicKey().bytes());
        stores[i] = std::move(*opened);
        summary.profiles.append(QLatin1String(colleagues()[i].profile));
    }
    for (int i = 0; i < 2; ++i) {
        DemoSummary perProfile;
        if (auto ok = seedProfile(*stores[static_cast<size_t>(i)], i, identities, cases, derivatives, perProfile); !ok)
            return tl::unexpected(ok.error());
        summary.cases = perProfile.cases;
        summary.comments = perProfile.comments;
        summary.attachments = perProfile.attachments;
    }
    return summary;
}

} // namespace consilium::demo
