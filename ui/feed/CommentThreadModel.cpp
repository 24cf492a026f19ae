#include "ui/feed/CommentThreadModel.h"

namespace consilium::ui {

CommentThreadModel::CommentThreadModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void CommentThreadModel::setThread(QList<store::ThreadEntry> thread)
{
    beginResetModel();
    m_thread = std::move(thread);
    endResetModel();
}

int CommentThreadModel::rowOf(const QUuid& commentId) const
{
    for (qsizetype row = 0; row < m_thread.size(); ++row) {
        if (m_thread[row].comment.id == commentId)
            return static_cast<int>(row);
    }
    return -1;
}

int CommentThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_thread.size());
}

QVariant CommentThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ThreadEntry& entry = m_thread.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return entry.comment.body;
    case Qt::AccessibleTextRole:
        //: Read by screen readers for one comment: author, then the comment's text.
        return tr("%1 wrote: %2")
            .arg(entry.authorName.isEmpty() ? tr("Unknown author") : entry.authorName, entry.comment.body);
    case CommentIdRole:
        return entry.comment.id;
    case AuthorNameRole:
        return entry.authorName;
    case AuthorVerifiedRole:
        return entry.authorVerified;
    case AuthorIsSelfRole:
        return entry.authorIsSelf;
    case CreatedRole:
        return entry.comment.createdAt;
    case DepthRole:
        return entry.depth;
    case HelpfulCountRole:
        return entry.comment.helpfulCount;
    case HelpfulByMeRole:
        return entry.helpfulByMe;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommentThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{CommentIdRole, "commentId"},
                  {BodyRole, "body"},
                  {AuthorNameRole, "authorName"},
                  {AuthorVerifiedRole, "authorVerified"},
                  {AuthorIsSelfRole, "authorIsSelf"},
                  {CreatedRole, "created"},
                  {DepthRole, "depth"},
                  {HelpfulCountRole, "helpfulCount"},
                  {HelpfulByMeRole, "helpfulByMe"}});
    return names;
}

} // namespace consilium::ui
