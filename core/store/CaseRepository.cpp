#include "core/store/CaseRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <algorithm>

namespace consilium::store {

using namespace detail;

namespace {

constexpr auto kCaseColumns = "c.id, c.case_uuid, c.author_identity, c.title, c.clinical_question, c.history, "
                              "c.findings, c.specialty, c.audience, c.group_uuid, c.created_at, c.updated_at, "
                              "c.unread, c.pinned, c.following, c.epoch";

cases::Case readCase(const SqlStatement& row)
{
    cases::Case value;
    value.id = uuidFrom(row.blob(1));
    value.authorIdentity = row.blob(2);
    value.title = row.text(3);
    value.clinicalQuestion = row.text(4);
    value.history = row.text(5);
    value.findings = row.text(6);
    value.specialty = row.text(7);
    value.audience = static_cast<cases::Audience>(row.integer(8));
    value.groupId = uuidFrom(row.blob(9));
    value.createdAt = fromMs(row.integer(10));
    value.updatedAt = fromMs(row.integer(11));
    value.unread = row.integer(12) != 0;
    value.pinned = row.integer(13) != 0;
    value.following = row.integer(14) != 0;
    value.epoch = static_cast<int>(row.integer(15));
    return value;
}

Result<QStringList> tagsOf(SqlDatabase& db, qint64 rowId)
{
    auto statement = db.prepare(QStringLiteral("SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, rowId);
    QStringList tags;
    const auto rows = statement->forEach([&] {
        tags.append(statement->text(0));
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return tags;
}

} // namespace

Result<void> CaseRepository::save(const cases::Case& value)
{
    if (value.id.isNull())
        return fail(QStringLiteral("store"), ErrorCode::InvalidArgument, QStringLiteral("a case needs an id"));
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return tl::unexpected(transaction.error());

    // UPSERT arrived in SQLite 3.24; SQLCipher 3.4.1 is 3.15, so update-then-insert.
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE cases SET author_identity=?2, title=?3, clinical_question=?4, history=?5, findings=?6, specialty=?7, "
        "audience=?8, group_uuid=?9, created_at=?10, updated_at=?11, unread=?12, pinned=?13, following=?14, epoch=?15 "
        "WHERE case_uuid=?1"));
    if (!update)
        return tl::unexpected(update.error());
    const auto bindAll = [&value](SqlStatement& s) {
        s.bind(1, uuidBytes(value.id))
            .bind(2, value.authorIdentity)
            .bind(3, value.title)
            .bind(4, value.clinicalQuestion)
            .bind(5, value.history)
            .bind(6, value.findings)
            .bind(7, value.specialty)
            .bind(8, static_cast<int>(value.audience))
            .bind(9, value.groupId.isNull() ? QByteArray() : uuidBytes(value.groupId))
            .bind(10, toMs(value.createdAt))
            .bind(11, toMs(value.updatedAt.isValid() ? value.updatedAt : value.createdAt))
            .bind(12, value.unread)
            .bind(13, value.pinned)
            .bind(14, value.following)
            .bind(15, value.epoch);
    };
    bindAll(*update);
    if (auto ok = update->run(); !ok)
        return ok;
    if (m_db.changes() == 0) {
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO cases (case_uuid, author_identity, title, clinical_question, history, findings, specialty, "
            "audience, group_uuid, created_at, updated_at, unread, pinned, following, epoch) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
        if (!insert)
            return tl::unexpected(insert.error());
        bindAll(*insert);
        if (auto ok = insert->run(); !ok)
            return ok;
    }

    auto idQuery = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE case_uuid = ?"));
    if (!idQuery)
        return tl::unexpected(idQuery.error());
    idQuery->bind(1, uuidBytes(value.id));
    if (auto row = idQuery->next(); !row || !*row)
        return fail(QStringLiteral("store"), ErrorCode::Internal, QStringLiteral("saved case vanished"));
    const qint64 rowId = idQuery->integer(0);

    QStringList tags;
    for (const QString& tag : value.tags) {
        const QString normal = cases::normaliseTag(tag);
        if (!normal.isEmpty() && !tags.contains(normal))
            tags.append(normal);
    }
    auto clearTags = m_db.prepare(QStringLiteral("DELETE FROM case_tags WHERE case_id = ?"));
    if (!clearTags)
        return tl::unexpected(clearTags.error());
    if (auto ok = clearTags->bind(1, rowId).run(); !ok)
        return ok;
    auto addTag = m_db.prepare(QStringLiteral("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)"));
    if (!addTag)
        return tl::unexpected(addTag.error());
    for (const QString& tag : tags) {
        addTag->reset();
        if (auto ok = addTag->bind(1, rowId).bind(2, tag).run(); !ok)
            return ok;
    }

    auto clearIndex = m_db.prepare(QStringLiteral("DELETE FROM case_search WHERE docid = ?"));
    auto index = m_db.prepare(QStringLiteral("INSERT INTO case_search (docid, title, body, tags) VALUES (?, ?, ?, ?)"));
    if (!clearIndex || !index)
        return tl::unexpected(!clearIndex ? clearIndex.error() : index.error());
    if (auto ok = clearIndex->bind(1, rowId).run(); !ok)
        return ok;
    const QString body = value.clinicalQuestion + u'\n' + value.history + u'\n' + value.findings + u'\n' + value.specialty;
    if (auto ok = index->bind(1, rowId).bind(2, value.title).bind(3, body).bind(4, tags.join(u' ')).run(); !ok)
        return ok;
    return transaction->commit();
}

Result<std::optional<cases::Case>> CaseRepository::find(const QUuid& id)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.case_uuid = ?")
                                      .arg(QString::fromLatin1(kCaseColumns)));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(id));
    auto row = statement->next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<cases::Case>();
    cases::Case value = readCase(*statement);
    auto tags = tagsOf(m_db, statement->integer(0));
    if (!tags)
        return tl::unexpected(tags.error());
    value.tags = *tags;
    return std::optional<cases::Case>(std::move(value));
}

Result<FeedPage> CaseRepository::feed(const cases::FeedQuery& query)
{
    QString sql = QStringLiteral("SELECT %1 FROM cases c").arg(QString::fromLatin1(kCaseColumns));
    QStringList where;
    if (!query.tag.isEmpty())
        // EXISTS lets SQLite walk the feed index in order and probe case_tags' primary key per
        // row, stopping after one page; IN (...) would collect every case with the tag first.
        where << QStringLiteral("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = :tag)");
    if (!query.specialty.isEmpty())
        where << QStringLiteral("c.specialty = :specialty");
    if (!query.groupId.isNull())
        where << QStringLiteral("c.group_uuid = :group");
    if (query.unreadOnly)
        where << QStringLiteral("c.unread = 1");
    if (query.pinnedOnly)
        where << QStringLiteral("c.pinned = 1");
    if (query.mineOnly)
        // identities(identity_key) is UNIQUE: one probe per row, still walking the feed index.
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM identities i WHERE i.identity_key = c.author_identity AND i.is_self = 1)");
    if (query.after) {
        // Keyset paging: strictly older than the last row shown, ties broken by id.
        where << QStringLiteral("(c.created_at < :afterTime OR (c.created_at = :afterTime AND c.case_uuid < :afterId))");
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.created_at DESC, c.case_uuid DESC LIMIT :limit");

    auto statement = m_db.prepare(sql);
    if (!statement)
        return tl::unexpected(statement.error());
    // Named parameters are numbered in order of first appearance; bind by walking them.
    const auto bindNamed = [&](const char* name, auto value) {
        const int index = statement->parameterIndex(name);
        if (index > 0)
            statement->bind(index, value);
    };
    bindNamed(":tag", cases::normaliseTag(query.tag));
    bindNamed(":specialty", query.specialty);
    bindNamed(":group", uuidBytes(query.groupId));
    if (query.after) {
        bindNamed(":afterTime", toMs(query.after->createdAt));
        bindNamed(":afterId", uuidBytes(query.after->id));
    }
    const int limit = std::clamp(query.limit, 1, 1000);
    bindNamed(":limit", static_cast<qint64>(limit));

    FeedPage page;
    QList<qint64> rowIds;
    const auto rows = statement->forEach([&] {
        page.cases.append(readCase(*statement));
        rowIds.append(statement->integer(0));
    });
    if (!rows)
        return tl::unexpected(rows.error());
    for (qsizetype i = 0; i < page.cases.size(); ++i) {
        auto tags = tagsOf(m_db, rowIds[i]);
        if (!tags)
            return tl::unexpected(tags.error());
        page.cases[i].tags = *tags;
    }
    if (page.cases.size() == limit)
        page.next = cases::FeedCursor{page.cases.last().createdAt, page.cases.last().id};
    return page;
}

Result<void> CaseRepository::setFlag(const char* column, const QUuid& id, bool value)
{
    auto statement = m_db.prepare(QStringLiteral("UPDATE cases SET %1 = ? WHERE case_uuid = ?").arg(QString::fromLatin1(column)));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto ok = statement->bind(1, value).bind(2, uuidBytes(id)).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("no such case"));
    return {};
}

Result<void> CaseRepository::setUnread(const QUuid& id, bool unread)
{
    return setFlag("unread", id, unread);
}

Result<void> CaseRepository::setPinned(const QUuid& id, bool pinned)
{
    return setFlag("pinned", id, pinned);
}

Result<void> CaseRepository::setFollowing(const QUuid& id, bool following)
{
    return setFlag("following", id, following);
}

Result<void> CaseRepository::remove(const QUuid& id)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return tl::unexpected(transaction.error());
    for (const char* sql : {"DELETE FROM comment_search WHERE docid IN (SELECT id FROM comments WHERE case_id = "
                            "(SELECT id FROM cases WHERE case_uuid = ?1))",
                            "DELETE FROM case_search WHERE docid = (SELECT id FROM cases WHERE case_uuid = ?1)",
                            "DELETE FROM cases WHERE case_uuid = ?1"}) {
        auto statement = m_db.prepare(QString::fromLatin1(sql));
        if (!statement)
            return tl::unexpected(statement.error());
        if (auto ok = statement->bind(1, uuidBytes(id)).run(); !ok)
            return ok;
    }
    return transaction->commit();
}

Result<int> CaseRepository::count()
{
    auto statement = m_db.prepare(QStringLiteral("SELECT count(*) FROM cases"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto row = statement->next(); !row)
        return tl::unexpected(row.error());
    return static_cast<int>(statement->integer(0));
}

} // namespace consilium::store
