#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace consilium;
using namespace consilium::test;

namespace {

cases::Comment makeComment(const cases::Case& on, int n, const QByteArray& author)
{
    cases::Comment comment;
    comment.id = QUuid::createUuid();
    comment.caseId = on.id;
    comment.authorIdentity = author;
    comment.body = QStringLiteral("Comment %1").arg(n);
    comment.createdAt = on.createdAt.addSecs(60 * (n + 1));
    return comment;
}

} // namespace

TEST_CASE("feed entries carry the author, comment and helpful figures of each case", "[store]")
{
    TempStore temp;
    const cases::Case discussed = makeCase(1);
    const cases::Case quiet = makeCase(2);
    REQUIRE(temp->cases().save(discussed).has_value());
    REQUIRE(temp->cases().save(quiet).has_value());

    cases::Person author;
    author.identityKey = discussed.authorIdentity;
    author.displayName = QStringLiteral("Dr. Amara Okafor");
    REQUIRE(temp->people().savePerson(author).has_value());
    REQUIRE(temp->people().setVerified(author.identityKey, true, discussed.createdAt).has_value());

    const QByteArray reader1(32, 'r');
    const QByteArray reader2(32, 's');
    QList<cases::Comment> comments;
    for (int n = 0; n < 3; ++n) {
        comments.append(makeComment(discussed, n, reader1));
        REQUIRE(*temp->comments().add(comments.last()));
    }
    REQUIRE(temp->comments().setHelpful(comments[0].id, reader1, true, discussed.createdAt).has_value());
    REQUIRE(temp->comments().setHelpful(comments[0].id, reader2, true, discussed.createdAt).has_value());
    REQUIRE(temp->comments().setHelpful(comments[2].id, reader2, true, discussed.createdAt).has_value());

    auto page = temp->feed().page(cases::FeedQuery{});
    REQUIRE(page.has_value());
    REQUIRE(page->entries.size() == 2);
    // Newest first: case 2 was created a minute after case 1.
    const store::FeedEntry& first = page->entries[0];
    const store::FeedEntry& second = page->entries[1];
    CHECK(first.value.id == quiet.id);
    CHECK(first.authorName.isEmpty());
    CHECK_FALSE(first.authorVerified);
    CHECK(first.commentCount == 0);
    CHECK(first.helpfulCount == 0);

    CHECK(second.value.id == discussed.id);
    CHECK(second.value.tags.contains(QStringLiteral("teaching")));
    CHECK(second.authorName == QStringLiteral("Dr. Amara Okafor"));
    CHECK(second.authorVerified);
    CHECK(second.commentCount == 3);
    CHECK(second.helpfulCount == 3);

    // Taking a mark back is reflected at once.
    REQUIRE(temp->comments().setHelpful(comments[0].id, reader2, false, discussed.createdAt).has_value());
    auto again = temp->feed().page(cases::FeedQuery{});
    REQUIRE(again.has_value());
    CHECK(again->entries[1].helpfulCount == 2);
}

TEST_CASE("feed entries page like the case feed underneath", "[store]")
{
    TempStore temp;
    {
        auto transaction = store::SqlTransaction::begin(temp->database());
        REQUIRE(transaction.has_value());
        for (int n = 0; n < 120; ++n)
            REQUIRE(temp->cases().save(makeCase(n)).has_value());
        REQUIRE(transaction->commit().has_value());
    }
    cases::FeedQuery query;
    query.limit = 50;
    QSet<QUuid> seen;
    int pages = 0;
    for (;;) {
        auto page = temp->feed().page(query);
        REQUIRE(page.has_value());
        ++pages;
        for (const store::FeedEntry& entry : page->entries)
            seen.insert(entry.value.id);
        if (!page->next)
            break;
        query.after = page->next;
    }
    CHECK(pages == 3);
    CHECK(seen.size() == 120);

    auto specialties = temp->feed().specialties();
    REQUIRE(specialties.has_value());
    CHECK(*specialties == QStringList{QStringLiteral("dermatology"), QStringLiteral("radiology")});
}

TEST_CASE("a case page reads the case, its thread in reading order, authors and the owner's marks", "[store]")
{
    TempStore temp;
    const cases::Case value = makeCase(3);
    REQUIRE(temp->cases().save(value).has_value());

    cases::Person me;
    me.identityKey = QByteArray(32, 'm');
    me.displayName = QStringLiteral("Dr. Me");
    me.isSelf = true;
    REQUIRE(temp->people().savePerson(me).has_value());
    cases::Person colleague;
    colleague.identityKey = QByteArray(32, 'c');
    colleague.displayName = QStringLiteral("Dr. Colleague");
    REQUIRE(temp->people().savePerson(colleague).has_value());
    REQUIRE(temp->people().setVerified(colleague.identityKey, true, value.createdAt).has_value());

    cases::Comment question = makeComment(value, 0, colleague.identityKey);
    cases::Comment other = makeComment(value, 1, QByteArray(32, 'u')); // an author not in the cache
    cases::Comment answer = makeComment(value, 2, me.identityKey);
    answer.parentId = question.id;
    for (const cases::Comment& c : {other, answer, question})
        REQUIRE(*temp->comments().add(c));
    REQUIRE(temp->comments().setHelpful(answer.id, colleague.identityKey, true, value.createdAt).has_value());
    REQUIRE(temp->comments().setHelpful(question.id, me.identityKey, true, value.createdAt).has_value());

    auto loaded = temp->caseDetails().load(value.id);
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->has_value());
    const store::CaseDetail& detail = **loaded;
    CHECK(detail.summary.value.title == value.title);
    CHECK(detail.summary.commentCount == 3);
    CHECK(detail.summary.helpfulCount == 2);
    REQUIRE(detail.thread.size() == 3);
    CHECK(detail.thread[0].comment.id == question.id);
    CHECK(detail.thread[0].depth == 0);
    CHECK(detail.thread[0].authorName == QStringLiteral("Dr. Colleague"));
    CHECK(detail.thread[0].authorVerified);
    CHECK(detail.thread[0].helpfulByMe);
    CHECK(detail.thread[1].comment.id == answer.id);
    CHECK(detail.thread[1].depth == 1);
    CHECK(detail.thread[1].authorIsSelf);
    CHECK_FALSE(detail.thread[1].helpfulByMe); // marked by the colleague, not by me
    CHECK(detail.thread[1].comment.helpfulCount == 1);
    CHECK(detail.thread[2].comment.id == other.id);
    CHECK(detail.thread[2].authorName.isEmpty());

    auto missing = temp->caseDetails().load(QUuid::createUuid());
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->has_value());
}
