#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>

namespace consilium::crypto {

/// A user identity's statement "this Ed25519 key is one of my devices" (WhatsApp's
/// account-signed device certificates). Layout: docs/protocol.md, "Device certificate".
/// Thread notes: an immutable value type.
class DeviceCertificate {
public:
    /// Signs a certificate for `device`; `created` is in seconds since the Unix epoch (UTC).
    static QByteArray issue(const SigningKeyPair& identity, const SigningPublicKey& device, quint64 created);
    /// Decodes and checks the signature against the identity key the certificate names. The
    /// caller must still check that this identity is the one it expects (verifyDeviceChain()).
    static Result<DeviceCertificate> parse(QByteArrayView bytes);

    [[nodiscard]] const SigningPublicKey& identityKey() const noexcept { return m_identity; }
    [[nodiscard]] const SigningPublicKey& deviceKey() const noexcept { return m_device; }
    [[nodiscard]] quint64 created() const noexcept { return m_created; }
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }

private:
    SigningPublicKey m_identity;
    SigningPublicKey m_device;
    quint64 m_created = 0;
    QByteArray m_encoded;
};

/// A device's statement "send my wrapped keys to this X25519 key": encryption keys rotate, so
/// the device signs each one with a serial number that only goes up (PROTOCOL.md, Keys).
/// Thread notes: an immutable value type.
class EncryptionKeyCertificate {
public:
    static QByteArray issue(
        const SigningKeyPair& device, const EncryptionPublicKey& key, quint64 serial, quint64 created);
    /// Decodes and checks the signature against the device key the certificate names.
    static Result<EncryptionKeyCertificate> parse(QByteArrayView bytes);

    [[nodiscard]] const SigningPublicKey& deviceKey() const noexcept { return m_device; }
    [[nodiscard]] const EncryptionPublicKey& encryptionKey() const noexcept { return m_key; }
    [[nodiscard]] quint64 serial() const noexcept { return m_serial; }
    [[nodiscard]] quint64 created() const noexcept { return m_created; }
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }

private:
    SigningPublicKey m_device;
    EncryptionPublicKey m_key;
    quint64 m_serial = 0;
    quint64 m_created = 0;
    QByteArray m_encoded;
};

} // namespace consilium::crypto
