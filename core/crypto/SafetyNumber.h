#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QString>

namespace consilium::crypto {

/// What two clinicians compare to know they hold each other's real identity key (Signal's safety
/// numbers): 60 digits, the same on both sides, from the two identity keys only, so adding or
/// removing devices never changes it while a new identity key always does.
/// Derivation: docs/protocol.md, "Safety numbers".
/// Thread notes: an immutable value type.
class SafetyNumber {
public:
    /// `stableId` is each user's account id as UTF-8 bytes (it does not change with keys).
    static SafetyNumber compute(const SigningPublicKey& localIdentity, QByteArrayView localStableId,
        const SigningPublicKey& remoteIdentity, QByteArrayView remoteStableId);
    /// What the app shows: each identity's stable id is its key's 64 lower-case hex digits
    /// (docs/protocol.md, "Safety numbers"), so the number needs nothing but the two keys.
    static SafetyNumber betweenIdentities(const SigningPublicKey& localIdentity,
                                          const SigningPublicKey& remoteIdentity);
    /// One identity's half of every safety number it takes part in (30 digits, stable id as in
    /// betweenIdentities()): what a user reads out as "my digits".
    static QString identityDigits(const SigningPublicKey& identity);

    /// The 60 digits.
    [[nodiscard]] const QString& digits() const noexcept { return m_digits; }
    /// 12 groups of 5 digits separated by spaces, for display.
    [[nodiscard]] QString formatted() const;
    /// The bytes to put in the QR code: [1, fingerprint, fingerprint] in the same order as the
    /// digits, so both sides produce the same payload.
    [[nodiscard]] const QByteArray& qrPayload() const noexcept { return m_qrPayload; }

    /// Ok when a scanned QR payload matches this number; PermissionDenied when it is another
    /// safety number (the keys differ), Malformed/Unsupported when it is not a payload at all.
    [[nodiscard]] Result<void> matchScanned(QByteArrayView scanned) const;

    friend bool operator==(const SafetyNumber&, const SafetyNumber&) = default;

private:
    QString m_digits;
    QByteArray m_qrPayload;
};

} // namespace consilium::crypto
