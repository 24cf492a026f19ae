#include "core/sync/SyncFormats.h"

#include <QCborArray>
#include <QCborValue>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");
constexpr qsizetype kMaxText = qsizetype(64) * 1024;
constexpr qsizetype kMaxItems = 1000;

QByteArray encode(const QCborArray& array)
{
    return QCborValue(array).toCbor();
}

tl::unexpected<Error> malformed(const QString& what, const QString& why)
{
    return fail(kDomain, ErrorCode::Malformed, QStringLiteral("%1: %2").arg(what, why));
}

// Decodes one canonical CBOR array with `fields` elements and version 1.
Result<QCborArray> decodeArray(QByteArrayView bytes, const QString& what, qsizetype fields)
{
    QCborParserError error{};
    const QCborValue value = QCborValue::fromCbor(bytes.toByteArray(), &error);
    if (error.error != QCborError::NoError || !value.isArray())
        return malformed(what, QStringLiteral("not a CBOR array"));
    const QCborArray array = value.toArray();
    if (encode(array) != bytes)
        return malformed(what, QStringLiteral("not in canonical form (or trailing bytes)"));
    if (array.isEmpty() || !array.at(0).isInteger())
        return malformed(what, QStringLiteral("no version"));
    if (array.at(0).toInteger() != 1)
        return fail(kDomain, ErrorCode::Unsupported,
                    QStringLiteral("%1: unsupported version %2 (this build reads version 1)")
                        .arg(what)
                        .arg(array.at(0).toInteger()));
    if (array.size() != fields)
        return malformed(what, QStringLiteral("%1 fields, expected %2").arg(array.size()).arg(fields));
    return array;
}

// Field checks that remember the first failure (a decoder reads all fields, then checks once).
struct Reader {
    const QCborArray& array;
    QString what;
    QString problem;

    QByteArray bytes(qsizetype i, const char* field, qsizetype minSize, qsizetype maxSize)
    {
        const QCborValue value = array.at(i);
        if (!value.isByteArray() || value.toByteArray().size() < minSize || value.toByteArray().size() > maxSize) {
            note(field);
            return {};
        }
        return value.toByteArray();
    }
    QString text(const QCborValue& value, const char* field)
    {
        if (!value.isString() || value.toString().size() > kMaxText) {
            note(field);
            return {};
        }
        return value.toString();
    }
    QString text(qsizetype i, const char* field) { return text(array.at(i), field); }
    qint64 uint(qsizetype i, const char* field, qint64 max)
    {
        const QCborValue value = array.at(i);
        if (!value.isInteger() || value.toInteger() < 0 || value.toInteger() > max) {
            note(field);
            return 0;
        }
        return value.toInteger();
    }
    QCborArray list(qsizetype i, const char* field)
    {
        const QCborValue value = array.at(i);
        if (!value.isArray() || value.toArray().size() > kMaxItems) {
            note(field);
            return {};
        }
        return value.toArray();
    }
    void note(const char* field)
    {
        if (problem.isEmpty())
            problem = QStringLiteral("bad field '%1'").arg(QLatin1String(field));
    }
};

} // namespace

QByteArray encodeEnvelope(const Envelope& envelope)
{
    return encode({1, static_cast<int>(envelope.kind), envelope.senderIdentity, envelope.body});
}

Result<Envelope> decodeEnvelope(QByteArrayView bytes)
{
    const QString what = QStringLiteral("envelope");
    auto array = decodeArray(bytes, what, 4);
    if (!array)
        return tl::unexpected(array.error());
    Reader reader{*array, what, {}};
    Envelope envelope;
    const qint64 kind = reader.uint(1, "kind", 255);
    envelope.senderIdentity = reader.bytes(2, "sender_identity", 32, 32);
    envelope.body = reader.bytes(3, "body", 1, qsizetype(2) * 1024 * 1024);
    if (!reader.problem.isEmpty())
        return malformed(what, reader.problem);
    if (kind < 1 || kind > 4)
        return fail(kDomain, ErrorCode::Unsupported, QStringLiteral("envelope: unknown kind %1").arg(kind));
    envelope.kind = static_cast<EnvelopeKind>(kind);
    return envelope;
}

QByteArray encodeManifest(const CaseManifest& manifest)
{
    QCborArray tags;
    for (const QString& tag : manifest.tags)
        tags.append(tag);
    QCborArray attachments;
    for (const ManifestAttachment& attachment : manifest.attachments)
        attachments.append(QCborArray{attachment.blobId, attachment.kind, attachment.label, attachment.fileName});
    return encode({1, manifest.title, manifest.clinicalQuestion, manifest.history, manifest.findings,
                   manifest.specialty, tags, static_cast<int>(manifest.audience), manifest.groupId, manifest.groupName,
                   manifest.createdMs, attachments});
}

Result<CaseManifest> decodeManifest(QByteArrayView bytes)
{
    const QString what = QStringLiteral("case manifest");
    auto array = decodeArray(bytes, what, 12);
    if (!array)
        return tl::unexpected(array.error());
    Reader reader{*array, what, {}};
    CaseManifest manifest;
    manifest.title = reader.text(1, "title");
    manifest.clinicalQuestion = reader.text(2, "question");
    manifest.history = reader.text(3, "history");
    manifest.findings = reader.text(4, "findings");
    manifest.specialty = reader.text(5, "specialty");
    // The lists are const: a non-const QCborArray detaches (copies) on begin(), and its iterator
    // yields QCborValueRef, not QCborValue.
    const QCborArray tags = reader.list(6, "tags");
    for (const auto& tag : tags)
        manifest.tags.append(reader.text(tag, "tags"));
    manifest.audience = static_cast<cases::Audience>(reader.uint(7, "audience", 2));
    manifest.groupId = reader.bytes(8, "group_id", 0, 16);
    manifest.groupName = reader.text(9, "group_name");
    manifest.createdMs = reader.uint(10, "created", qint64(1) << 53);
    const QCborArray attachments = reader.list(11, "attachments");
    for (const auto& value : attachments) {
        const QCborArray item = value.toArray();
        if (!value.isArray() || item.size() != 4 || !item.at(0).isByteArray() || item.at(0).toByteArray().size() != 16
            || !item.at(1).isInteger() || item.at(1).toInteger() < 0 || item.at(1).toInteger() > 2) {
            reader.note("attachments");
            break;
        }
        manifest.attachments.append({item.at(0).toByteArray(), int(item.at(1).toInteger()),
                                     reader.text(item.at(2), "attachments"), reader.text(item.at(3), "attachments")});
    }
    if (manifest.groupId.size() != 0 && manifest.groupId.size() != 16)
        reader.note("group_id");
    if (!reader.problem.isEmpty())
        return malformed(what, reader.problem);
    return manifest;
}

QByteArray encodeComment(const CommentBody& comment)
{
    return encode({1, comment.text, comment.parentId, comment.createdMs});
}

Result<CommentBody> decodeComment(QByteArrayView bytes)
{
    const QString what = QStringLiteral("comment");
    auto array = decodeArray(bytes, what, 4);
    if (!array)
        return tl::unexpected(array.error());
    Reader reader{*array, what, {}};
    CommentBody comment;
    comment.text = reader.text(1, "text");
    comment.parentId = reader.bytes(2, "parent", 0, 16);
    comment.createdMs = reader.uint(3, "created", qint64(1) << 53);
    if (comment.parentId.size() != 0 && comment.parentId.size() != 16)
        reader.note("parent");
    if (!reader.problem.isEmpty())
        return malformed(what, reader.problem);
    return comment;
}

QByteArray encodeMembershipLog(const QList<QByteArray>& events)
{
    QCborArray list;
    for (const QByteArray& event : events)
        list.append(event);
    return encode({1, list});
}

Result<QList<QByteArray>> decodeMembershipLog(QByteArrayView bytes)
{
    const QString what = QStringLiteral("membership log");
    auto array = decodeArray(bytes, what, 2);
    if (!array)
        return tl::unexpected(array.error());
    Reader reader{*array, what, {}};
    QList<QByteArray> events;
    const QCborArray list = reader.list(1, "events");
    for (const auto& value : list) {
        if (!value.isByteArray()) {
            reader.note("events");
            break;
        }
        events.append(value.toByteArray());
    }
    if (events.isEmpty())
        reader.note("events");
    if (!reader.problem.isEmpty())
        return malformed(what, reader.problem);
    return events;
}

} // namespace consilium::sync
