// ProfileController's "Restore with recovery key" (issue 8, docs/protocol.md § 14.3, § 17.9):
// every device lost, the recovery key finds the identity's key backup at the relay; the profile
// is made as the device that backup restores — or, on any failure or a cancel, nothing is left.

#include "core/common/Async.h"
#include "core/crypto/TrustChain.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/KeyRestore.h"
#include "core/sync/OwnCredential.h"
#include "core/sync/RelayClient.h"
#include "ui/account/ProfileController.h"

#include <QDate>
#include <QLocale>
#include <QUrl>

namespace consilium::ui {

namespace {

// A relay that stops answering is a failure after this long, not a page busy for ever (the
// user can also cancel sooner).
constexpr int kRelayTimeoutMs = 20000;

// A failure of core/sync's fetchRestoredIdentity, by what the user can do about it.
enum class FetchProblem { NoBackup, Unreachable, Refused, DoesNotOpen, WrongIdentity, Other };

FetchProblem classify(const Error& error)
{
    if (error.domain == QLatin1String("restore"))
        return error.code == ErrorCode::NotFound ? FetchProblem::NoBackup : FetchProblem::WrongIdentity;
    if (sync::isRelayUnreachable(error))
        return FetchProblem::Unreachable;
    if (error.domain == QLatin1String("relay")) {
        if (error.code == ErrorCode::PermissionDenied)
            return FetchProblem::Refused;
        return FetchProblem::Other;
    }
    // The backup came back but its seal or its keys did not open (core/crypto KeyBackup).
    return error.domain == QLatin1String("crypto") ? FetchProblem::DoesNotOpen : FetchProblem::Other;
}

// The network's own words from a relay client error ("cannot reach the relay (GET /v1/…):
// Connection refused"): the request and the locator in the middle mean nothing to the user.
QString networkReason(const QString& message)
{
    const qsizetype end = message.indexOf(QLatin1String("): "));
    return end < 0 ? message : message.mid(end + 3);
}

// The address as typed: "relay.example.org" means https://relay.example.org.
QUrl relayAddress(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed,
                   QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

} // namespace

struct ProfileController::Restored {
    std::unique_ptr<store::Store> store;
    std::optional<crypto::RecoveryKey> recoveryKey;
};

void ProfileController::restore(const QString& relayUrl, const QString& typedRecoveryKey,
                                const crypto::VerifierPublicState& verifier, crypto::SecretBytes passphrase)
{
    if (m_busy)
        return;
    auto recoveryKey = crypto::RecoveryKey::parse(typedRecoveryKey);
    if (!recoveryKey) {
        Q_EMIT restoreFailed(tr("This is not a complete recovery key: check each group of four characters."));
        return;
    }
    const QUrl relay = relayAddress(relayUrl);
    if (relay.isEmpty()) {
        Q_EMIT restoreFailed(tr("This is not a relay address. Type it as your organisation gave it, for example "
                                "https://relay.example.org."));
        return;
    }
    if (profileExists()) {
        Q_EMIT restoreFailed(tr("A profile already exists here: it was not changed."));
        return;
    }
    // The run is set first: the page shows Cancel on busyChanged when a restore is under way.
    const quint64 run = m_restoreRun = ++m_lastRestoreRun;
    m_restoreCancelled = false;
    m_newRecoveryKey.reset();
    setBusy(true);
    rememberFolder();
    //: %1 is the relay's address.
    Q_EMIT restoreProgress(tr("Looking for your key backup at the relay %1…").arg(relay.host()));
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    m_restoreTransport = std::make_unique<sync::NetworkHttpTransport>(relay, kRelayTimeoutMs);
    sync::fetchRestoredIdentity(
        *m_restoreTransport, std::move(*recoveryKey),
        [this, run, verifier, relay, secret](Result<sync::RestoredIdentity> found) {
            if (run != m_restoreRun)
                return; // cancelled meanwhile
            // Called from inside one of the transport's replies: delete it once that returns.
            m_restoreTransport.release()->deleteLater();
            if (found) {
                createRestored(run, std::move(*found), verifier, relay.toString(), secret);
                return;
            }
            const QString host = relay.host();
            QString reason = found.error().message;
            switch (classify(found.error())) {
            case FetchProblem::NoBackup:
                //: %1 is the relay's address.
                return failRestore(tr("No key backup is stored under this recovery key at the relay %1. Check the "
                                      "key for a mistyped group, and that this is the relay your profile used.")
                                       .arg(host));
            case FetchProblem::Unreachable:
                reason = networkReason(reason);
                // QNetworkReply's word for its transfer timeout.
                if (reason == QLatin1String("Operation canceled"))
                    //: Why the relay cannot be reached; %1 is a number of seconds (20).
                    reason = tr("no answer within %1 seconds").arg(kRelayTimeoutMs / 1000);
                //: %1 is the relay's address, %2 the technical reason.
                return failRestore(tr("The relay %1 cannot be reached (%2). Check the address and this computer's "
                                      "network connection, then try again.")
                                       .arg(host, reason));
            case FetchProblem::Refused:
                return failRestore(tr("The relay %1 refused the device kept in your key backup: it may have been "
                                      "removed from your devices. Ask your relay's administrator for help.")
                                       .arg(host));
            case FetchProblem::DoesNotOpen:
                return failRestore(tr("The key backup stored at the relay %1 does not open with this recovery key: it "
                                      "is damaged or was altered. Your identity cannot be restored from it.")
                                       .arg(host));
            case FetchProblem::WrongIdentity:
                return failRestore(tr("The relay %1 answered with a key backup of another identity than the one it "
                                      "named. Nothing was restored; tell your relay's administrator.")
                                       .arg(host));
            case FetchProblem::Other:
                //: %1 is the relay's address, %2 the technical reason.
                return failRestore(tr("Your identity could not be restored from the relay %1: %2").arg(host, reason));
            }
        });
}

void ProfileController::createRestored(quint64 run, sync::RestoredIdentity restored,
                                       const crypto::VerifierPublicState& verifier, const QString& relayUrl,
                                       std::shared_ptr<crypto::SecretBytes> passphrase)
{
    Q_EMIT restoreProgress(tr("Checking your credential and creating your encrypted profile…"));
    // A failure inside is a message for the user, in their language; the worker has no tr().
    enum class Step { Credential, Exists, Create };
    struct Failure {
        Step step;
        Error error;
        sync::CredentialProblem problem = sync::CredentialProblem::None;
        QDate date = {};
    };
    using Outcome = tl::expected<Restored, Failure>;
    auto identity = std::make_shared<sync::RestoredIdentity>(std::move(restored));
    runAsync(
        this,
        [folder = m_folder, fixed = m_fixedArgon2, base = m_backOffBase, identity, verifier, relayUrl,
         passphrase]() -> Outcome {
            // The credential is checked before anything is written: a refusal leaves no files.
            const sync::OwnCredentialCheck check = sync::checkOwnCredential(
                identity->record.credential, verifier, identity->keys.identity.publicKey(), crypto::todayUtc());
            if (check.problem != sync::CredentialProblem::None) {
                QDate date;
                if (check.credential)
                    date = check.problem == sync::CredentialProblem::NotYetValid ? check.credential->details().issued
                                                                                 : check.credential->details().expires;
                return tl::unexpected(Failure{Step::Credential, {}, check.problem, date});
            }
            auto params = fixed ? Result<crypto::Argon2Params>(*fixed)
                                : crypto::calibrateArgon2(std::chrono::milliseconds(500))
                                      .map([](const crypto::Argon2Calibration& c) { return c.params; });
            if (!params)
                return tl::unexpected(Failure{Step::Create, params.error()});
            // A new recovery key, as after linking: its backup replaces the one just used at the
            // next sync (docs/protocol.md § 14.3).
            crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
            store::ProfileVault vault(folder, base);
            auto opened = vault.create(*passphrase, *params, &recoveryKey);
            if (!opened)
                return tl::unexpected(Failure{
                    opened.error().code == ErrorCode::AlreadyExists ? Step::Exists : Step::Create, opened.error()});
            if (auto ok = sync::setUpRestoredProfile(**opened, std::move(*identity), verifier, relayUrl); !ok)
                return tl::unexpected(Failure{Step::Create, ok.error()});
            if (auto ok = vault.writeKeyBackup(**opened, recoveryKey); !ok)
                return tl::unexpected(Failure{Step::Create, ok.error()});
            return Restored{std::move(*opened), std::move(recoveryKey)};
        },
        [this, run](Outcome outcome) {
            if (run != m_restoreRun)
                return;
            if (m_restoreCancelled) {
                outcome = tl::unexpected(Failure{Step::Create, {}}); // closes the store before it is removed
                return failRestore(tr("Restore cancelled. Nothing was kept on this computer."));
            }
            if (outcome) {
                m_store = std::make_unique<store::StoreHost>(std::move(outcome->store));
                m_newRecoveryKey = std::move(outcome->recoveryKey);
                m_restoreRun = 0;
                setBusy(false);
                Q_EMIT unlocked();
                return;
            }
            const Failure& failure = outcome.error();
            const QLocale locale;
            switch (failure.step) {
            case Step::Exists:
                // Made by someone else meanwhile: not ours to remove.
                return failRestore(tr("A profile already exists here: it was not changed."), KeepFolder::Yes);
            case Step::Create:
                //: %1 is the technical reason.
                return failRestore(tr("The profile could not be created: %1").arg(failure.error.message));
            case Step::Credential:
                break;
            }
            switch (failure.problem) {
            case sync::CredentialProblem::OtherVerifier:
                return failRestore(tr("Your credential was not signed by the chosen verifier. Choose the folder of "
                                      "the verifier that issued your credential."));
            case sync::CredentialProblem::BadRevocations:
                return failRestore(tr("The chosen verifier's revocation list is not signed by the verifier: choose "
                                      "its folder again, from a copy you trust."));
            case sync::CredentialProblem::Revoked:
                return failRestore(tr("Your credential has been revoked by its verifier: your identity cannot be "
                                      "restored with it. Contact your verifier."));
            case sync::CredentialProblem::Expired:
                //: %1 is a date.
                return failRestore(tr("Your credential expired on %1: your identity cannot be restored with it. Ask "
                                      "your verifier for a new one.")
                                       .arg(locale.toString(failure.date, QLocale::LongFormat)));
            case sync::CredentialProblem::NotYetValid:
                return failRestore(tr("Your credential is not valid before %1. Check this computer's date.")
                                       .arg(locale.toString(failure.date, QLocale::LongFormat)));
            case sync::CredentialProblem::Unreadable:
            case sync::CredentialProblem::OtherIdentity:
            case sync::CredentialProblem::None:
                return failRestore(tr("The credential stored at the relay is damaged or belongs to another "
                                      "identity. Nothing was restored."));
            }
        });
}

void ProfileController::cancelRestore()
{
    if (!isRestoring() || m_restoreCancelled)
        return;
    if (m_restoreTransport) {
        // Still asking the relay: nothing is on disk yet. Dropping the transport drops its
        // pending reply without a call back.
        m_restoreTransport.reset();
        failRestore(tr("Restore cancelled. Nothing was kept on this computer."));
        return;
    }
    // The profile is being written on a worker: it is removed once the worker has closed it.
    m_restoreCancelled = true;
    Q_EMIT restoreProgress(tr("Cancelling…"));
}

void ProfileController::failRestore(const QString& message, KeepFolder keep)
{
    m_restoreRun = 0;
    m_restoreCancelled = false;
    if (keep == KeepFolder::No)
        removeNewProfile();
    setBusy(false);
    Q_EMIT restoreFailed(message);
}

} // namespace consilium::ui
