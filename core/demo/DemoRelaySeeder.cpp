#include "core/demo/DemoRelaySeeder.h"

#include "core/crypto/TrustChain.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/demo/DemoPreparation.h"
#include "core/store/Store.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/RelayClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProfile.h"

#include <QDir>
#include <QFile>
#include <QTimer>

#include <array>

namespace consilium::demo {

namespace {

using namespace detail;

const QString kDomain = QStringLiteral("demo");

/// One colleague's side: store, relay client and engine (on the caller's thread).
struct Side {
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncProfile> profile;
    std::unique_ptr<sync::NetworkHttpTransport> transport;
    std::unique_ptr<sync::RelayClient> client;
    std::unique_ptr<sync::SyncEngine> engine;
};

/// The whole run: kept alive by the steps' callbacks until `done` is called.
struct Run : std::enable_shared_from_this<Run> {
    RelayDemoOptions options;
    std::function<void(Result<DemoSummary>)> done;
    PreparedCases prepared;
    std::array<Side, 2> sides;
    QList<QUuid> caseIds; ///< per demo case, as published
    DemoSummary summary;
    using Step = std::function<void(std::function<void(Result<void>)>)>;
    QList<Step> steps;
    qsizetype next = 0;

    void finish(Result<DemoSummary> result)
    {
        // Engines and transports go with the run, after `done` has seen the result — from the
        // event loop, never inside the network reply whose callback got here.
        QTimer::singleShot(0, [self = shared_from_this(), result = std::move(result)]() mutable {
            auto done = std::move(self->done);
            const QStringList made = self->summary.profiles;
            const QString dataRoot = self->options.profiles.dataRoot;
            self.reset();
            if (!result) {
                // Half-made demo profiles would only stand in the way of the next attempt.
                for (const QString& name : made)
                    QDir(QDir(dataRoot).filePath(QStringLiteral("profiles/") + name)).removeRecursively();
            }
            done(std::move(result));
        });
    }

    void runNext()
    {
        if (next == steps.size())
            return finish(summary);
        Step step = steps[next++];
        step([self = shared_from_this()](Result<void> ok) {
            if (!ok)
                return self->finish(tl::unexpected(ok.error()));
            self->runNext();
        });
    }

    // Asynchronous engine work for both sides, one after the other.
    void both(const std::function<void(Side&, std::function<void(Result<void>)>)>& action)
    {
        for (Side& side : sides)
            steps.append([&side, action](const std::function<void(Result<void>)>& then) { action(side, then); });
    }
    void flushAndPullBoth()
    {
        both([](Side& side, const std::function<void(Result<void>)>& then) {
            side.engine->flush([then](Result<int> sent) {
                if (!sent)
                    return then(tl::unexpected(sent.error()));
                then({});
            });
        });
        both([](Side& side, const std::function<void(Result<void>)>& then) {
            side.engine->pull([then](Result<sync::PullReport> report) {
                if (!report)
                    return then(tl::unexpected(report.error()));
                if (!report->rejections.isEmpty())
                    return then(fail(kDomain, ErrorCode::Internal,
                                     QStringLiteral("the relay demo's own envelopes were refused: %1")
                                         .arg(report->rejections.join(QStringLiteral("; ")))));
                then({});
            });
        });
    }
};

Result<crypto::VerifierDirectory> openVerifier(const QString& dir)
{
    if (!QFile::exists(QDir(dir).filePath(crypto::VerifierDirectory::kSecretFile))) {
        if (auto made = crypto::VerifierDirectory::initialise(dir); !made)
            return tl::unexpected(made.error());
    }
    return crypto::VerifierDirectory::open(dir);
}

// Profiles with credentials from the verifier, pinned to it and pointed at the relay.
Result<void> createSides(Run& run)
{
    auto verifier = openVerifier(run.options.verifierDir);
    if (!verifier)
        return tl::unexpected(verifier.error());
    auto publicState = crypto::VerifierDirectory::readPublicState(run.options.verifierDir);
    if (!publicState)
        return tl::unexpected(publicState.error());
    for (size_t i = 0; i < run.sides.size(); ++i) {
        Side& side = run.sides[i];
        auto store = createProfile(run.options.profiles, i);
        if (!store)
            return tl::unexpected(store.error());
        side.store = std::move(*store);
        run.summary.profiles.append(QLatin1String(colleagues()[i].profile));
        auto profile = sync::SyncProfile::load(*side.store);
        if (!profile)
            return tl::unexpected(profile.error());
        side.profile = std::make_unique<sync::SyncProfile>(std::move(*profile));
        const store::ProfileDetails& owner = colleagues()[i].owner;
        const crypto::CredentialRequest request{owner.displayName,
                                                owner.profession,
                                                owner.specialty,
                                                QStringLiteral("DEMO"),
                                                QStringLiteral("demo-%1").arg(QLatin1String(colleagues()[i].profile)),
                                                crypto::todayUtc().addYears(1),
                                                side.profile->identity().publicKey()};
        auto credential = verifier->issue(request, crypto::todayUtc());
        if (!credential)
            return tl::unexpected(credential.error());
        if (auto ok = side.profile->setUp(credential->encoded(), *publicState); !ok)
            return ok;
        if (auto ok = side.profile->setRelayUrl(run.options.relay.toString()); !ok)
            return ok;
        auto deviceKey = crypto::SigningKeyPair::fromSeed(side.profile->device().signing.seed());
        if (!deviceKey)
            return tl::unexpected(deviceKey.error());
        side.transport = std::make_unique<sync::NetworkHttpTransport>(run.options.relay);
        side.client = std::make_unique<sync::RelayClient>(*side.transport, std::move(*deviceKey));
        side.engine = std::make_unique<sync::SyncEngine>(*side.profile, *side.client);
    }
    return {};
}

void planSteps(Run& run)
{
    run.both([](Side& side, const std::function<void(Result<void>)>& then) {
        side.engine->registerDevice([then](sync::RelayResult<sync::Registration> registered) {
            if (!registered)
                return then(tl::unexpected(registered.error().error));
            then({});
        });
    });
    // Contacts both ways; the pull delivers each other's encryption keys.
    for (size_t i = 0; i < run.sides.size(); ++i) {
        run.steps.append([&run, i](const std::function<void(Result<void>)>& then) {
            Side& self = run.sides[i];
            const crypto::SigningPublicKey other = run.sides[1 - i].profile->identity().publicKey();
            self.engine->addContact(other, [&self, other, then](Result<sync::VerifiedIdentity> added) {
                if (!added)
                    return then(tl::unexpected(added.error()));
                // In the demo the two met and compared safety numbers; a real contact starts
                // unverified.
                then(self.store->people().setVerified(other.bytes(), true, QDateTime::currentDateTimeUtc()));
            });
        });
    }
    run.flushAndPullBoth();
    // Each publishes their own cases to the other.
    run.steps.append([&run](const std::function<void(Result<void>)>& then) {
        const QList<DemoCase>& cases = run.prepared.cases;
        for (qsizetype c = 0; c < cases.size(); ++c) {
            const int author = indexOf(cases[c].author);
            sync::CaseDraft draft;
            draft.title = cases[c].title;
            draft.clinicalQuestion = cases[c].question;
            draft.history = cases[c].history;
            draft.findings = cases[c].findings;
            draft.specialty = cases[c].specialty;
            draft.tags = cases[c].tags;
            for (const Derivative& derivative : run.prepared.derivatives[c])
                draft.files.append({derivative.path, cases[c].imageLabel, derivative.kind});
            draft.recipients.append(run.sides[static_cast<size_t>(1 - author)].profile->identity().publicKey());
            auto published = run.sides[static_cast<size_t>(author)].engine->publishCase(draft);
            if (!published)
                return then(tl::unexpected(published.error().withContext(cases[c].title)));
            run.caseIds.append(*published);
            run.summary.attachments += static_cast<int>(draft.files.size());
            ++run.summary.cases;
        }
        then({});
    });
    run.flushAndPullBoth();
    // The discussions: each comment sealed by its author, in order, answering the comment it
    // replies to (known by id before the other side has pulled it).
    run.steps.append([&run](const std::function<void(Result<void>)>& then) {
        const QList<DemoCase>& cases = run.prepared.cases;
        for (qsizetype c = 0; c < cases.size(); ++c) {
            QList<QUuid> commentIds;
            for (const DemoComment& comment : cases[c].discussion) {
                const QUuid parent =
                    comment.replyTo >= 0 && comment.replyTo < commentIds.size() ? commentIds[comment.replyTo] : QUuid();
                auto added = run.sides[static_cast<size_t>(indexOf(comment.author))].engine->addComment(
                    run.caseIds[c], comment.body, parent);
                if (!added)
                    return then(tl::unexpected(added.error().withContext(cases[c].title)));
                commentIds.append(*added);
                ++run.summary.comments;
            }
        }
        then({});
    });
    run.flushAndPullBoth();
}

} // namespace

void seedDemoThroughRelay(const RelayDemoOptions& options, std::function<void(Result<DemoSummary>)> done)
{
    auto run = std::make_shared<Run>();
    run->options = options;
    run->done = std::move(done);
    if (!options.relay.isValid() || options.relay.isEmpty())
        return run->finish(fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the demo needs a relay URL")));
    if (auto cleared = clearProfiles(options.profiles.dataRoot, options.profiles.replace); !cleared)
        return run->finish(tl::unexpected(cleared.error()));
    auto prepared = prepareCases();
    if (!prepared)
        return run->finish(tl::unexpected(prepared.error()));
    run->prepared = std::move(*prepared);
    if (auto ok = createSides(*run); !ok)
        return run->finish(tl::unexpected(ok.error()));
    planSteps(*run);
    run->runNext();
}

} // namespace consilium::demo
