#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

/// The domain of case review, as plain values: what the store keeps, sync carries (inside
/// encrypted objects) and the feed shows. No behaviour that needs I/O lives here.
namespace consilium::cases {

/// Who may read a case (PROTOCOL.md: the audience decides which devices get the epoch key).
enum class Audience {
    Private = 0, ///< only the author's own devices
    People = 1,  ///< chosen colleagues
    Group = 2,   ///< the members of one group
};

/// A clinician as known to this profile: an identity key plus what their credential says.
struct Person {
    QByteArray identityKey; ///< Ed25519 public key (32 bytes), the stable identity
    QString displayName;
    QString profession;
    QString specialty;
    bool isSelf = false;
    bool verified = false; ///< safety number compared in person or by QR
};

enum class GroupRole { Member = 0, Admin = 1, Owner = 2 };

struct GroupMember {
    QByteArray identityKey;
    GroupRole role = GroupRole::Member;
};

struct Group {
    QUuid id;
    QString name;
    QList<GroupMember> members;
};

/// A published (or received) case: the text a reader sees. Images and annotation layers are
/// blobs referenced by the case's manifest object.
struct Case {
    QUuid id;
    QByteArray authorIdentity;
    QString title;
    QString clinicalQuestion;
    QString history;
    QString findings;
    QString specialty;
    QStringList tags;
    Audience audience = Audience::Private;
    QUuid groupId; ///< set when audience == Group
    QDateTime createdAt;
    QDateTime updatedAt;
    bool unread = true;
    bool pinned = false;     ///< kept offline with its images
    bool following = true;   ///< notify on new comments
    int epoch = 0;           ///< current key epoch
};

struct Comment {
    QUuid id;
    QUuid caseId;
    QUuid parentId; ///< null for a top-level comment, else the comment replied to
    QByteArray authorIdentity;
    QString body;
    QDateTime createdAt;
    int helpfulCount = 0;
};

/// Where the feed continues: keyset paging on (createdAt, id) so a page costs the same at
/// case 10 and at case 10,000.
struct FeedCursor {
    QDateTime createdAt;
    QUuid id;
};

/// Which cases the feed shows, newest first.
struct FeedQuery {
    QString specialty; ///< empty = all
    QString tag;       ///< empty = all
    QUuid groupId;     ///< null = all
    bool unreadOnly = false;
    bool mineOnly = false; ///< only cases this profile's owner wrote ("My cases")
    bool pinnedOnly = false; ///< only cases kept offline ("Offline")
    int limit = 50;
    std::optional<FeedCursor> after;
};

/// Normalises a tag as users type it: trimmed, lower case, inner spaces as '-'.
QString normaliseTag(const QString& tag);

} // namespace consilium::cases
