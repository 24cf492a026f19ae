#include "core/cases/Thread.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace consilium::cases {

QList<ThreadPosition> orderThread(const QList<Comment>& comments)
{
    QHash<QUuid, qsizetype> indexOf;
    for (qsizetype i = 0; i < comments.size(); ++i)
        indexOf.insert(comments[i].id, i);

    const auto earlier = [&](qsizetype a, qsizetype b) {
        const Comment& x = comments[a];
        const Comment& y = comments[b];
        return x.createdAt != y.createdAt ? x.createdAt < y.createdAt : x.id.toString() < y.id.toString();
    };

    QHash<QUuid, QList<qsizetype>> replies;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const QUuid& parent = comments[i].parentId;
        if (parent.isNull() || !indexOf.contains(parent) || parent == comments[i].id)
            roots.append(i);
        else
            replies[parent].append(i);
    }
    std::sort(roots.begin(), roots.end(), earlier);
    for (auto& children : replies)
        std::sort(children.begin(), children.end(), earlier);

    QList<ThreadPosition> ordered;
    ordered.reserve(comments.size());
    QSet<qsizetype> placed;
    // Iterative depth-first walk: hostile data cannot exhaust the stack.
    QList<std::pair<qsizetype, int>> stack;
    const auto walk = [&](qsizetype root) {
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            const auto [index, depth] = stack.takeLast();
            if (placed.contains(index))
                continue;
            placed.insert(index);
            ordered.append({comments[index], depth});
            const QList<qsizetype> children = replies.value(comments[index].id);
            // Pushed last-first so the first reply is taken next. (Not std::views::reverse: clang 14,
            // which runs clang-tidy, cannot compile libstdc++ 12's ranges.)
            for (qsizetype i = children.size() - 1; i >= 0; --i)
                stack.append({children[i], depth + 1});
        }
    };
    for (qsizetype root : roots)
        walk(root);
    // Comments only reachable through a cycle (A replies to B replies to A) still get shown.
    QList<qsizetype> rest;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (!placed.contains(i))
            rest.append(i);
    }
    std::sort(rest.begin(), rest.end(), earlier);
    for (qsizetype index : rest)
        walk(index);
    return ordered;
}

} // namespace consilium::cases
