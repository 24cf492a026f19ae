#pragma once

// What every `consilium-cli sync` action shares: options naming the profile, unlocking it, and
// running one asynchronous SyncEngine operation on the application's event loop.

#include "core/common/Error.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/store/Store.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/RelayClient.h"
#include "core/sync/SyncEngine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <memory>
#include <optional>

namespace consilium::cli {

/// --profile DIR and --passphrase-file FILE, added to a parser.
struct ProfileOptions {
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("The profile folder."), QStringLiteral("DIR")};
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"),
                                      QStringLiteral("File holding the profile's passphrase (first line)."),
                                      QStringLiteral("FILE")};
    void addTo(QCommandLineParser& parser) const;
};

/// --argon2 OPS,KIB: the passphrase's Argon2id cost, measured (~0.5 s) when not given.
struct Argon2Option {
    QCommandLineOption option{QStringLiteral("argon2"),
                              QStringLiteral("Argon2id passes and memory in KiB for the passphrase (default: "
                                             "measured, ~0.5 s). Small values are for tests only."),
                              QStringLiteral("OPS,KIB")};
    [[nodiscard]] Result<crypto::Argon2Params> value(const QCommandLineParser& parser) const;
};

/// Reads a passphrase file's first line into guarded memory.
Result<crypto::SecretBytes> readPassphrase(const QString& path);

/// An unlocked profile with its relay client and sync engine.
class SyncSession {
public:
    /// Unlocks the profile; `needRelay` also requires a registered relay URL.
    static Result<std::unique_ptr<SyncSession>> open(const QString& folder, const QString& passphraseFile,
                                                     bool needRelay = true);

    store::Store& store() { return *m_store; }
    sync::SyncEngine& engine() { return *m_engine; }
    sync::RelayClient& client() { return *m_client; }
    /// Points the relay client at `url` (register --relay).
    void useRelay(const QString& url);

private:
    SyncSession() = default;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::NetworkHttpTransport> m_transport;
    std::unique_ptr<sync::RelayClient> m_client;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::optional<sync::SyncProfile> m_profile;
};

/// Runs `start` on the application's event loop until it calls its argument with an exit code.
/// (The CLI's only event loop: main() runs none of its own.)
int runLoop(const std::function<void(std::function<void(int)> finish)>& start);

/// Prints "consilium-cli <command>: <message>" and returns ExitFailure.
int failure(const QString& command, const QString& message);

/// Opens the profile named by the common options, or prints why not.
std::optional<std::unique_ptr<SyncSession>> openSession(const QCommandLineParser& parser, const ProfileOptions& options,
                                                        const QString& command, bool needRelay = true);

/// Sends the outbox, then runs `then`; on failure prints that it stays queued and finishes 1.
void flushThen(sync::SyncEngine& engine, const QString& command, std::function<void(int)> finish,
               std::function<void()> then);

/// A device key as 'sync whoami' and 'sync devices' print it: 64 hex digits.
Result<crypto::SigningPublicKey> parseDeviceKey(const QString& text);

/// What a command on one device of this identity (link-device, share-history, unlink-device)
/// starts with: its DEVICE argument and the open profile.
struct DeviceCommand {
    crypto::SigningPublicKey device;
    std::unique_ptr<SyncSession> session;
};

/// Parses `args` for a command described by `description` whose one argument is a device key
/// (`deviceHelp`), then opens the profile; otherwise answers the exit code (help, usage error
/// or failure, already printed).
tl::expected<DeviceCommand, int> openDeviceCommand(const QStringList& args, const QString& description,
                                                   const QString& deviceHelp);

/// sync devices and sync unlink-device (SyncDevicesCommand.cpp).
int runDevices(const QStringList& args);
int runUnlinkDevice(const QStringList& args);

/// sync case add-member and remove-member (SyncCaseCommand.cpp).
int runCaseCommand(const QStringList& args);

/// sync restore (SyncRestoreCommand.cpp).
int runSyncRestore(const QStringList& args);

/// An identity key given as 64 hex digits or as an identity.pub file.
Result<crypto::SigningPublicKey> readIdentity(const QString& hexOrPath);

} // namespace consilium::cli
