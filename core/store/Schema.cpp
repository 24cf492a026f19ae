#include "core/store/Schema.h"

#include "core/store/SqlDatabase.h"

#include <array>

namespace consilium::store {

namespace {

// Numbered migrations. Never edit one that has shipped: add the next number instead, and a seed
// for it in tests/store/MigrationTest.cpp so the upgrade from every earlier version is tested.
constexpr std::array kMigrations{
    // 1: identities, devices, contacts, groups, cases, objects, comments, reactions, blobs,
    //    drafts, outbox, inbox cursors, and full-text search over decrypted text.
    R"sql(
CREATE TABLE identities (
    id            INTEGER PRIMARY KEY,
    identity_key  BLOB NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    profession    TEXT NOT NULL DEFAULT '',
    specialty     TEXT NOT NULL DEFAULT '',
    credential    BLOB,
    is_self       INTEGER NOT NULL DEFAULT 0,
    verified      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);
CREATE TABLE devices (
    id             INTEGER PRIMARY KEY,
    identity_id    INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    signing_key    BLOB NOT NULL UNIQUE,
    encryption_key BLOB NOT NULL,
    certificate    BLOB NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    revoked        INTEGER NOT NULL DEFAULT 0,
    added_at       INTEGER NOT NULL
);
CREATE INDEX devices_by_identity ON devices(identity_id);
CREATE TABLE contacts (
    identity_id   INTEGER PRIMARY KEY REFERENCES identities(id) ON DELETE CASCADE,
    note          TEXT NOT NULL DEFAULT '',
    verified_at   INTEGER
);
CREATE TABLE groups (
    id            INTEGER PRIMARY KEY,
    group_uuid    BLOB NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE TABLE group_members (
    group_id      INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    identity_id   INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    role          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, identity_id)
);
CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    case_uuid         BLOB NOT NULL UNIQUE,
    author_identity   BLOB NOT NULL,
    title             TEXT NOT NULL,
    clinical_question TEXT NOT NULL DEFAULT '',
    history           TEXT NOT NULL DEFAULT '',
    findings          TEXT NOT NULL DEFAULT '',
    specialty         TEXT NOT NULL DEFAULT '',
    audience          INTEGER NOT NULL DEFAULT 0,
    group_uuid        BLOB,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    unread            INTEGER NOT NULL DEFAULT 1,
    pinned            INTEGER NOT NULL DEFAULT 0,
    following         INTEGER NOT NULL DEFAULT 1,
    epoch             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_feed ON cases(created_at DESC, case_uuid DESC);
CREATE INDEX cases_by_specialty ON cases(specialty, created_at DESC);
CREATE TABLE case_tags (
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
);
CREATE INDEX case_tags_by_tag ON case_tags(tag);
CREATE TABLE objects (
    id            INTEGER PRIMARY KEY,
    object_uuid   BLOB NOT NULL UNIQUE,
    case_uuid     BLOB NOT NULL,
    type          INTEGER NOT NULL,
    author_device BLOB NOT NULL,
    sequence      INTEGER NOT NULL,
    epoch         INTEGER NOT NULL,
    sealed        BLOB NOT NULL,
    received_at   INTEGER NOT NULL
);
CREATE INDEX objects_by_case ON objects(case_uuid, epoch, sequence);
CREATE TABLE comments (
    id              INTEGER PRIMARY KEY,
    comment_uuid    BLOB NOT NULL UNIQUE,
    case_id         INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    parent_uuid     BLOB,
    author_identity BLOB NOT NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX comments_by_case ON comments(case_id, created_at);
CREATE TABLE reactions (
    comment_id      INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    author_identity BLOB NOT NULL,
    kind            INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (comment_id, author_identity, kind)
);
CREATE TABLE blobs (
    id               INTEGER PRIMARY KEY,
    blob_uuid        BLOB NOT NULL UNIQUE,
    file_name        TEXT NOT NULL UNIQUE,
    blob_key         BLOB NOT NULL,
    ciphertext_size  INTEGER NOT NULL,
    ciphertext_hash  BLOB NOT NULL,
    case_uuid        BLOB,
    pinned           INTEGER NOT NULL DEFAULT 0,
    last_access      INTEGER NOT NULL
);
CREATE TABLE drafts (
    id           INTEGER PRIMARY KEY,
    draft_uuid   BLOB NOT NULL UNIQUE,
    title        TEXT NOT NULL DEFAULT '',
    payload      BLOB NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            INTEGER NOT NULL,
    payload         BLOB NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE TABLE inbox_cursors (
    mailbox     TEXT PRIMARY KEY,
    cursor      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
-- Full-text search over decrypted text, inside the encrypted database. docid = cases.id /
-- comments.id; kept in step by the repositories in the same transaction as the row.
CREATE VIRTUAL TABLE case_search USING fts4(title, body, tags, tokenize=unicode61);
CREATE VIRTUAL TABLE comment_search USING fts4(body, tokenize=unicode61);
)sql",
    // 2: this profile's own secret keys (identity, device signing, device encryption), kept
    //    inside the encrypted database rather than in files beside it.
    R"sql(
CREATE TABLE own_keys (
    purpose     TEXT PRIMARY KEY,
    secret      BLOB NOT NULL,
    public_key  BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);
)sql",
    // 3: what a case shows, in order: its images (DICOM derivatives, photos) and annotation
    //    layers, each an encrypted blob.
    R"sql(
CREATE TABLE case_attachments (
    case_id         INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    blob_uuid       BLOB NOT NULL,
    kind            INTEGER NOT NULL,
    label           TEXT NOT NULL DEFAULT '',
    file_name       TEXT NOT NULL DEFAULT '',
    plaintext_size  INTEGER NOT NULL,
    PRIMARY KEY (case_id, position)
);
)sql",
    // 4: core/sync's own small state (pinned verifier, device list histories, case epoch keys,
    //    membership logs, the replay guard, upload ids), one named value each.
    R"sql(
CREATE TABLE sync_values (
    name        TEXT PRIMARY KEY,
    value       BLOB NOT NULL,
    updated_at  INTEGER NOT NULL
);
)sql",
    // 5: which case each outbox item belongs to and how many bytes it sends, so that a case's
    //    upload shows as one progress and the outbox can be listed case by case (issue 8).
    R"sql(
ALTER TABLE outbox ADD COLUMN case_uuid BLOB;
ALTER TABLE outbox ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
)sql",
    // 6: the cache size limit (issue 8). `evicted`: the ciphertext file was deleted to respect the
    //    limit — the row, its key and the case stay, and the file is fetched again from the relay
    //    by its hash. `on_relay`: the relay is known to hold this ciphertext, the one condition
    //    under which evicting loses nothing. Blobs received before this version came from the
    //    relay (cases by another identity); the profile's own are marked when their upload is
    //    accepted, so a case kept only on this computer is never evicted.
    R"sql(
ALTER TABLE blobs ADD COLUMN evicted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE blobs ADD COLUMN on_relay INTEGER NOT NULL DEFAULT 0;
UPDATE blobs SET on_relay = 1 WHERE case_uuid IN (
    SELECT case_uuid FROM cases
    WHERE author_identity NOT IN (SELECT identity_key FROM identities WHERE is_self = 1));
CREATE INDEX blobs_by_case ON blobs(case_uuid);
)sql",
    // 7: the feed card's thumbnail of each case's first image, made on this computer from the
    //    decrypted image (ui/feed's ThumbnailBackfill) and kept inside the encrypted database, so
    //    it survives the cache limit's eviction of the image itself. `image` is NULL and
    //    `failure` says why when the image could not be decoded: it is not tried again at every
    //    start. Found by the case's row id through the UNIQUE index (one indexed lookup per feed
    //    row); gone with the case. The case id is not the rowid on purpose: the narrow index
    //    answers "which cases have none" without reading the wide rows, whose images fill a page
    //    or more each (10,000 page decryptions otherwise, ~100 ms at every pass).
    R"sql(
CREATE TABLE case_thumbnails (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    failure   TEXT NOT NULL DEFAULT '',
    made_at   INTEGER NOT NULL,
    image     BLOB
);
)sql",
};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

Result<int> schemaVersion(SqlDatabase& db)
{
    auto statement = db.prepare(QStringLiteral("PRAGMA user_version;"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->next();
    if (!row)
        return tl::unexpected(row.error());
    return static_cast<int>(statement->integer(0));
}

Result<void> migrate(SqlDatabase& db, int targetVersion)
{
    const int latest = latestSchemaVersion();
    const int target = targetVersion < 0 ? latest : targetVersion;
    if (target > latest)
        return fail(QStringLiteral("store"), ErrorCode::InvalidArgument, QStringLiteral("unknown schema version %1").arg(target));
    auto current = schemaVersion(db);
    if (!current)
        return tl::unexpected(current.error());
    if (*current > latest) {
        return fail(QStringLiteral("store"), ErrorCode::Unsupported,
                    QStringLiteral("this profile was written by a newer Consilium (schema %1, this build knows %2); "
                                   "update Consilium to open it")
                        .arg(*current)
                        .arg(latest));
    }
    for (int version = *current + 1; version <= target; ++version) {
        auto transaction = SqlTransaction::begin(db);
        if (!transaction)
            return tl::unexpected(transaction.error());
        if (auto ok = db.execute(QString::fromUtf8(kMigrations[static_cast<size_t>(version - 1)])); !ok)
            return tl::unexpected(ok.error().withContext(QStringLiteral("schema migration %1").arg(version)));
        if (auto ok = db.execute(QStringLiteral("PRAGMA user_version = %1;").arg(version)); !ok)
            return tl::unexpected(ok.error());
        if (auto ok = transaction->commit(); !ok)
            return tl::unexpected(ok.error());
    }
    return {};
}

} // namespace consilium::store
