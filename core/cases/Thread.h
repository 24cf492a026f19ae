#pragma once

#include "core/cases/CaseTypes.h"

#include <QList>

namespace consilium::cases {

/// A comment placed in its thread: how deep it is nested under the comment it replies to.
struct ThreadPosition {
    Comment comment;
    int depth = 0; ///< 0 for a top-level comment
};

/// Orders a case's comments for reading: each top-level comment in time order, directly
/// followed by its replies (depth first, each level in time order). A reply whose parent is
/// unknown (not yet synced, or deleted) is shown at the top level rather than lost; cycles in
/// hostile data cannot loop (each comment is placed once).
QList<ThreadPosition> orderThread(const QList<Comment>& comments);

} // namespace consilium::cases
