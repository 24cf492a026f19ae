#include "core/demo/DemoSeeder.h"

#include "core/demo/DemoCases.h"
#include "core/demo/DemoPreparation.h"
#include "core/store/Store.h"

#include <array>

namespace consilium::demo {

namespace {

const QString kDomain = QStringLiteral("demo");

using namespace detail;

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
    if (auto cleared = clearProfiles(options.dataRoot, options.replace); !cleared)
        return tl::unexpected(cleared.error());
    auto prepared = prepareCases();
    if (!prepared)
        return tl::unexpected(prepared.error());
    const QList<DemoCase>& cases = prepared->cases;
    const QList<QList<Derivative>>& derivatives = prepared->derivatives;

    // Both profiles first (their identities are needed by each other), then their contents.
    std::array<std::unique_ptr<store::Store>, 2> stores;
    QList<QByteArray> identities;
    DemoSummary summary;
    for (size_t i = 0; i < colleagues().size(); ++i) {
        auto opened = createProfile(options, i);
        if (!opened)
            return tl::unexpected(opened.error());
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
