#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The wire formats core/sync adds on top of core/crypto's (docs/protocol.md § 19): the
/// envelope a mailbox carries and the plaintexts of manifest, comment and membership-log
/// objects. Deterministic CBOR like everything else: decoders re-encode and insist on the very
/// same bytes. Thread-safe: pure functions.
namespace consilium::sync {

enum class EnvelopeKind : quint8 {
    Introduction = 1, ///< body: the sending device's encryption key certificate (§ 7.2)
    EpochKey = 2, ///< body: an epoch key wrap (§ 11.2)
    Object = 3, ///< body: a sealed object (§ 8)
    DeviceList = 4, ///< body: the sender identity's newest device list entry (§ 7.3; § 19.6)
};

/// [1, kind, sender_identity: bstr32, body: bstr]. The body carries its own signature; the
/// sender identity only says whose credential and device list to check it against.
struct Envelope {
    EnvelopeKind kind = EnvelopeKind::Object;
    QByteArray senderIdentity;
    QByteArray body;
};

QByteArray encodeEnvelope(const Envelope& envelope);
Result<Envelope> decodeEnvelope(QByteArrayView bytes);

/// One attachment as the manifest lists it; the matching blob pointer object has the same id.
struct ManifestAttachment {
    QByteArray blobId; ///< 16 bytes, the blob pointer's blob_id
    int kind = 0; ///< store::AttachmentKind
    QString label;
    QString fileName;
};

/// The case text a manifest object (type 1) carries.
struct CaseManifest {
    QString title;
    QString clinicalQuestion;
    QString history;
    QString findings;
    QString specialty;
    QStringList tags;
    cases::Audience audience = cases::Audience::People;
    QByteArray groupId; ///< 16 bytes for a group audience, else empty
    QString groupName;
    qint64 createdMs = 0;
    QList<ManifestAttachment> attachments;
};

QByteArray encodeManifest(const CaseManifest& manifest);
Result<CaseManifest> decodeManifest(QByteArrayView bytes);

/// A comment object's (type 2) plaintext.
struct CommentBody {
    QString text;
    QByteArray parentId; ///< 16 bytes or empty
    qint64 createdMs = 0;
};

QByteArray encodeComment(const CommentBody& comment);
Result<CommentBody> decodeComment(QByteArrayView bytes);

/// A membership object's (type 4) plaintext: the case's whole signed event chain, first event
/// first, so that a new member can verify it from the creation on.
QByteArray encodeMembershipLog(const QList<QByteArray>& events);
Result<QList<QByteArray>> decodeMembershipLog(QByteArrayView bytes);

} // namespace consilium::sync
