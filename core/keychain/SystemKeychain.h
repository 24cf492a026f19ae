#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace consilium::keychain {

/// The operating system's credential store, through QtKeychain: the Secret Service (GNOME
/// Keyring, KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows.
///
/// Consilium keeps exactly one kind of secret there, and only when the user asks for it: a
/// profile's 32-byte database key, so that profile opens without its passphrase on a machine
/// the user trusts (docs/protocol.md, "Profile unlock"). The key is stored as binary data and
/// copied into SecretBytes on the way back; QtKeychain's own buffers are wiped after use.
///
/// Every operation is asynchronous (the Secret Service is a D-Bus round trip and may show a
/// prompt); `done` is called on the thread that called, which must run an event loop.
/// When no keychain is reachable (no D-Bus session, no Secret Service) the error says so
/// (code Unsupported); a missing entry is NotFound; a refused prompt is PermissionDenied.
class SystemKeychain : public QObject {
    Q_OBJECT

public:
    explicit SystemKeychain(QString service = QStringLiteral("Consilium"), QObject* parent = nullptr);

    void store(const QString& account, const crypto::SecretBytes& secret, std::function<void(Result<void>)> done);
    void fetch(const QString& account, std::function<void(Result<crypto::SecretBytes>)> done);
    void remove(const QString& account, std::function<void(Result<void>)> done);

    /// The account under which a profile's database key is kept: one per profile folder.
    [[nodiscard]] static QString profileAccount(const QString& profileFolder);

private:
    QString m_service;
};

} // namespace consilium::keychain
