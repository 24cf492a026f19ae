#pragma once

#include "core/crypto/DeviceList.h"
#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace consilium::crypto {

/// What an invitation says, signed by the inviting identity.
struct InviteDetails {
    SigningPublicKey identityKey;
    quint64 deviceListSequence = 0; ///< the newest device list entry the inviter had
    QByteArray deviceListHash; ///< its link hash (32 bytes)
    QString name;
    QString profession;
    QString relayUrl; ///< where the inviter's credential and device list can be fetched
    quint64 created = 0; ///< seconds since the Unix epoch (UTC)
    quint64 expires = 0; ///< created + at most kValiditySeconds
};

/// A compact signed invitation a clinician hands a colleague (pasted, mailed or shown as a QR
/// code): "consilium-invite:" + base64url of one canonical CBOR array, signed by the identity key.
/// It names the identity to fetch from the relay and pins its device list head, so the relay
/// cannot substitute another key or roll the device list back when the colleague adds them. It
/// proves nothing about the person: the verifier's credential does that, and the safety number
/// comparison proves the key is the one the person holds. Layout: docs/protocol.md, "Invite codes".
/// Thread notes: an immutable value type.
class InviteCode {
public:
    static constexpr qsizetype kMaxTextLength = 200;
    static constexpr qsizetype kMaxRelayUrlLength = 2048;
    static constexpr quint64 kValiditySeconds = quint64(14) * 24 * 3600;
    /// Clocks disagree: an invitation created this far in the future is still accepted.
    static constexpr quint64 kClockSkewSeconds = 600;

    /// The text prefix; the rest is unpadded base64url (RFC 4648 § 5).
    static QString prefix() { return QStringLiteral("consilium-invite:"); }

    /// Signs an invitation valid for 14 days from `now` for the identity of `deviceListHead`,
    /// which must be `identity`'s newest device list entry.
    static Result<InviteCode> create(const SigningKeyPair& identity, const DeviceList& deviceListHead,
                                     const QString& name, const QString& profession, const QString& relayUrl,
                                     quint64 now);
    /// Reads the text form (surrounding and embedded white space is ignored, so a code wrapped in
    /// an e-mail still reads) and checks it like decode().
    static Result<InviteCode> parse(QStringView text, quint64 now);
    /// Decodes the CBOR form, checks the signature against the identity it names and that it is
    /// valid at `now`. Every failure names what is wrong (damaged, forged, expired).
    static Result<InviteCode> decode(QByteArrayView bytes, quint64 now);

    [[nodiscard]] const InviteDetails& details() const noexcept { return m_details; }
    /// The canonical CBOR bytes.
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }
    /// "consilium-invite:…", what users copy.
    [[nodiscard]] QString text() const;

private:
    InviteDetails m_details;
    QByteArray m_encoded;
};

} // namespace consilium::crypto
