#include "core/cases/Thread.h"

#include <catch2/catch.hpp>

using namespace consilium::cases;

namespace {

Comment comment(int n, int minute, int parent = -1)
{
    Comment c;
    c.id = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
    if (parent >= 0)
        c.parentId =
            QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(parent, 12, 10, QLatin1Char('0')));
    c.body = QString::number(n);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + minute * 60'000LL, Qt::UTC);
    return c;
}

QString layout(const QList<ThreadPosition>& ordered)
{
    QStringList parts;
    for (const ThreadPosition& p : ordered)
        parts << QString(p.depth, QLatin1Char('>')) + p.comment.body;
    return parts.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("replies follow the comment they answer, each level in time order", "[cases]")
{
    // 1 (t0) ← 3 (t2) ← 5 (t4); 1 ← 4 (t3); 2 (t1) ← 6 (t5). Delivered shuffled.
    const QList<Comment> comments{comment(5, 4, 3), comment(2, 1),    comment(6, 5, 2),
                                  comment(1, 0),    comment(4, 3, 1), comment(3, 2, 1)};
    CHECK(layout(orderThread(comments)) == QStringLiteral("1 >3 >>5 >4 2 >6"));
}

TEST_CASE("a reply to an unknown comment is shown at the top level, not lost", "[cases]")
{
    const QList<Comment> comments{comment(1, 0), comment(2, 1, 99)};
    CHECK(layout(orderThread(comments)) == QStringLiteral("1 2"));
}

TEST_CASE("hostile cycles and self-replies neither loop nor drop comments", "[cases]")
{
    // 1 → 2 → 1 (a cycle), 3 replies to itself, 4 replies inside the cycle.
    const QList<Comment> comments{comment(1, 0, 2), comment(2, 1, 1), comment(3, 2, 3), comment(4, 3, 2)};
    const QList<ThreadPosition> ordered = orderThread(comments);
    CHECK(ordered.size() == 4);
    CHECK(layout(ordered) == QStringLiteral("3 1 >2 >>4"));
}

TEST_CASE("a deep chain of replies is walked without recursion", "[cases]")
{
    QList<Comment> comments;
    for (int n = 0; n < 20000; ++n)
        comments.append(comment(n, n, n == 0 ? -1 : n - 1));
    const QList<ThreadPosition> ordered = orderThread(comments);
    REQUIRE(ordered.size() == 20000);
    CHECK(ordered.last().depth == 19999);
}
