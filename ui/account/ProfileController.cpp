#include "ui/account/ProfileController.h"

#include "core/common/Async.h"
#include "core/demo/DemoSeeder.h" // the marker file name only; nothing of the seeder is linked
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"

#include <QDir>
#include <QFile>

namespace consilium::ui {

namespace {

using StoreResult = Result<std::unique_ptr<store::Store>>;

// What one unlock should cost on this machine (docs/protocol.md, Argon2id parameters).
constexpr std::chrono::milliseconds kUnlockTarget{500};

} // namespace

ProfileController::ProfileController(QString profileFolder, std::optional<crypto::Argon2Params> fixedArgon2,
                                     std::chrono::milliseconds backOffBase, QObject* parent)
    : QObject(parent)
    , m_folder(std::move(profileFolder))
    , m_fixedArgon2(fixedArgon2)
    , m_backOffBase(backOffBase)
{
}

ProfileController::~ProfileController() = default;

bool ProfileController::profileExists() const
{
    return store::ProfileVault(m_folder, m_backOffBase).exists();
}

bool ProfileController::isDemoProfile() const
{
    return QFile::exists(QDir(m_folder).filePath(QLatin1String(demo::kDemoMarkerFile)));
}

std::chrono::milliseconds ProfileController::retryAfter() const
{
    return store::ProfileVault(m_folder, m_backOffBase).retryAfter();
}

void ProfileController::create(const NewProfile& profile, crypto::SecretBytes passphrase)
{
    if (m_busy)
        return;
    setBusy(true);
    // SecretBytes is move-only and the task must be copyable: share it; it is wiped with the task.
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    runAsync(
        this,
        [folder = m_folder, fixed = m_fixedArgon2, base = m_backOffBase, profile, secret]() -> StoreResult {
            crypto::Argon2Params params;
            if (fixed) {
                params = *fixed;
            } else {
                auto calibration = crypto::calibrateArgon2(kUnlockTarget);
                if (!calibration)
                    return tl::unexpected(calibration.error());
                params = calibration->params;
            }
            auto opened = store::ProfileVault(folder, base).create(*secret, params);
            if (!opened)
                return tl::unexpected(opened.error());
            if (auto ready =
                    store::initialiseProfile(**opened, {profile.displayName, profile.profession, profile.specialty});
                !ready)
                return tl::unexpected(ready.error());
            return std::move(*opened);
        },
        [this](StoreResult result) { finish(std::move(result)); });
}

void ProfileController::unlock(crypto::SecretBytes passphrase)
{
    if (m_busy)
        return;
    setBusy(true);
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    runAsync(
        this,
        [folder = m_folder, base = m_backOffBase, secret]() -> StoreResult {
            auto opened = store::ProfileVault(folder, base).unlock(*secret);
            if (!opened)
                return tl::unexpected(opened.error());
            return std::move(*opened);
        },
        [this](StoreResult result) { finish(std::move(result)); });
}

void ProfileController::finish(Result<std::unique_ptr<store::Store>> result)
{
    setBusy(false);
    if (!result) {
        // Core errors are English for logs and tools; the one users meet most is said in theirs.
        const Error& error = result.error();
        // (The back-off refusal is also PermissionDenied, but the pages never submit during it.)
        const QString message = error.code == ErrorCode::PermissionDenied ? tr("Wrong passphrase.") : error.message;
        Q_EMIT failed(message, static_cast<qint64>(retryAfter().count()));
        return;
    }
    m_store = std::make_unique<store::StoreHost>(std::move(*result));
    Q_EMIT unlocked();
}

std::unique_ptr<store::StoreHost> ProfileController::takeStore()
{
    return std::move(m_store);
}

void ProfileController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace consilium::ui
