// ProfileController's "Link to an existing profile" (issue 8, docs/protocol.md § 19.5.1): the
// hand-over file opened with its one-time code, the profile made from it, the identity joined
// at the relay — or, on any failure, nothing left behind.

#include "core/common/Async.h"
#include "core/crypto/DeviceHandover.h"
#include "core/crypto/KeyFiles.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "core/sync/DeviceLinking.h"
#include "ui/account/ProfileController.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QUrl>

namespace consilium::ui {

namespace {

// A hand-over is under 1 MiB (docs/protocol.md § 19.5.1); anything larger is not one.
constexpr qsizetype kMaxHandoverFile = 1024 * 1024 + 1;

} // namespace

struct ProfileController::Linked {
    std::unique_ptr<store::Store> store;
    std::optional<crypto::RecoveryKey> recoveryKey;
    QString relay;
};

void ProfileController::link(const QString& handoverPath, const QString& typedCode, crypto::SecretBytes passphrase)
{
    if (m_busy)
        return;
    // A typo is caught by the code's checksum before anything slow happens.
    auto code = crypto::LinkCode::parse(typedCode);
    if (!code) {
        Q_EMIT linkFailed(tr("This code is incomplete or mistyped: it has 32 letters and digits in 8 groups of 4. "
                             "Check each group against the code on your other device."));
        return;
    }
    if (profileExists()) {
        Q_EMIT linkFailed(tr("A profile already exists here."));
        return;
    }
    setBusy(true);
    m_newRecoveryKey.reset();
    rememberFolder();
    Q_EMIT linkProgress(tr("Opening the link file and creating your encrypted profile…"));
    // A failure inside is a message for the user, in their language; the worker has no tr().
    enum class Step { File, Code, NotHandover, Newer, Expired, Create };
    struct Failure {
        Step step;
        Error error;
        quint64 expires = 0;
    };
    using Outcome = tl::expected<Linked, Failure>;
    auto key = std::make_shared<crypto::LinkCode>(std::move(*code));
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    runAsync(
        this,
        [folder = m_folder, fixed = m_fixedArgon2, base = m_backOffBase, handoverPath, key, secret]() -> Outcome {
            auto bytes = crypto::keyfiles::readFile(handoverPath, kMaxHandoverFile);
            if (!bytes)
                return tl::unexpected(Failure{Step::File, bytes.error()});
            auto handover = crypto::devicehandover::open(*bytes, *key);
            if (!handover) {
                const ErrorCode why = handover.error().code;
                return tl::unexpected(Failure{why == ErrorCode::PermissionDenied ? Step::Code
                                              : why == ErrorCode::Unsupported    ? Step::Newer
                                                                                 : Step::NotHandover,
                                              handover.error()});
            }
            if (crypto::devicehandover::isExpired(*handover, quint64(QDateTime::currentSecsSinceEpoch())))
                return tl::unexpected(Failure{Step::Expired, {}, handover->expires});
            auto created = [&]() -> Result<Linked> {
                auto params = fixed ? Result<crypto::Argon2Params>(*fixed)
                                    : crypto::calibrateArgon2(std::chrono::milliseconds(500))
                                          .map([](const crypto::Argon2Calibration& c) { return c.params; });
                if (!params)
                    return tl::unexpected(params.error());
                crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
                store::ProfileVault vault(folder, base);
                auto opened = vault.create(*secret, *params, &recoveryKey);
                if (!opened)
                    return tl::unexpected(opened.error());
                if (auto adopted = sync::adoptHandover(**opened, *handover); !adopted)
                    return tl::unexpected(adopted.error());
                if (auto backedUp = vault.writeKeyBackup(**opened, recoveryKey); !backedUp)
                    return tl::unexpected(backedUp.error());
                return Linked{std::move(*opened), std::move(recoveryKey), handover->relayUrl};
            }();
            if (!created)
                return tl::unexpected(Failure{Step::Create, created.error()});
            return std::move(*created);
        },
        [this](Outcome outcome) {
            if (outcome) {
                joinLinked(std::move(*outcome));
                return;
            }
            const Failure& failure = outcome.error();
            switch (failure.step) {
            case Step::File:
                //: %1 is the technical reason (no such file, permission denied…).
                return failLink(tr("The link file cannot be read: %1").arg(failure.error.message));
            case Step::Code:
                return failLink(tr("This code does not open this link file. Check that the code and the file come "
                                   "from the same link on your other device (and that the file was not changed)."));
            case Step::NotHandover:
                return failLink(tr("This is not a Consilium link file, or it is damaged. Save it again on your other "
                                   "device."));
            case Step::Newer:
                return failLink(tr("This link file was made by a newer version of Consilium. Update Consilium on "
                                   "this computer, then try again."));
            case Step::Expired: {
                const QDateTime expired = QDateTime::fromSecsSinceEpoch(qint64(failure.expires)).toLocalTime();
                //: %1 is a date and time.
                return failLink(tr("This link file expired on %1. On your other device, choose Devices › Link New "
                                   "Device… again.")
                                    .arg(QLocale().toString(expired, QLocale::ShortFormat)));
            }
            case Step::Create:
                //: %1 is the technical reason.
                return failLink(tr("The profile could not be created: %1").arg(failure.error.message));
            }
        });
}

void ProfileController::joinLinked(Linked linked)
{
    //: %1 is the relay's address.
    Q_EMIT linkProgress(tr("Joining your identity at the relay %1…").arg(QUrl(linked.relay).host()));
    store::Store* store = linked.store.get();
    m_store = std::make_unique<store::StoreHost>(std::move(linked.store));
    auto recoveryKey = std::make_shared<std::optional<crypto::RecoveryKey>>(std::move(linked.recoveryKey));
    QPointer<ProfileController> self(this);
    const QString relay = linked.relay;
    m_store->post([store, self, recoveryKey, relay] {
        sync::joinLinkedIdentity(*store, [self, recoveryKey, relay](Result<int> joined) {
            // Back to the GUI thread, where the controller lives.
            QMetaObject::invokeMethod(
                self.data(),
                [self, recoveryKey, relay, joined] {
                    if (!self)
                        return;
                    if (!joined) {
                        //: %1 is the relay's address, %2 the technical reason.
                        self->failLink(tr("Your identity could not be joined at the relay %1: %2. Nothing was kept on "
                                          "this computer; try again once the relay can be reached.")
                                           .arg(QUrl(relay).host(), joined.error().message));
                        return;
                    }
                    self->m_newRecoveryKey = std::move(*recoveryKey);
                    self->setBusy(false);
                    Q_EMIT self->unlocked();
                },
                Qt::QueuedConnection);
        });
    });
}

void ProfileController::failLink(const QString& message)
{
    removeNewProfile();
    setBusy(false);
    Q_EMIT linkFailed(message);
}

} // namespace consilium::ui
