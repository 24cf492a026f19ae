#include "ui/search/SearchModel.h"

#include "core/store/StoreHost.h"

namespace consilium::ui {

SearchModel::SearchModel(store::StoreHost& host, QObject* parent)
    : QAbstractListModel(parent)
    , m_host(host)
{
}

void SearchModel::setQuery(const QString& text)
{
    m_query = text.trimmed();
    const quint64 generation = ++m_generation;
    if (store::SearchRepository::matchExpression(m_query).isEmpty()) {
        beginResetModel();
        m_hits.clear();
        endResetModel();
        m_searching = false;
        Q_EMIT searchFinished(0);
        return;
    }
    m_searching = true;
    m_host.run(
        this, [query = m_query](store::Store& store) { return store.search().search(query, kLimit); },
        [this, generation](Result<QList<store::SearchHit>> hits) {
            if (generation != m_generation)
                return; // the user typed on meanwhile
            m_searching = false;
            beginResetModel();
            m_hits = hits ? *hits : QList<store::SearchHit>();
            endResetModel();
            if (!hits)
                Q_EMIT errorOccurred(hits.error().message);
            Q_EMIT searchFinished(static_cast<int>(m_hits.size()));
        });
}

int SearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchModel::plainSnippet(const QString& snippet)
{
    QString plain = snippet;
    plain.remove(QChar(store::SearchHit::kMatchStart));
    plain.remove(QChar(store::SearchHit::kMatchEnd));
    return plain;
}

QVariant SearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return hit.commentId.isNull() ? tr("%1: %2").arg(hit.caseTitle, plainSnippet(hit.snippet))
                                      //: A search hit in a comment; %1 the case title, %2 the comment text.
                                      : tr("Comment on %1: %2").arg(hit.caseTitle, plainSnippet(hit.snippet));
    case Qt::ToolTipRole:
        return plainSnippet(hit.snippet);
    case CaseIdRole:
        return hit.caseId;
    case CommentIdRole:
        return hit.commentId;
    case CaseTitleRole:
        return hit.caseTitle;
    case SnippetRole:
        return hit.snippet;
    case IsCommentRole:
        return !hit.commentId.isNull();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(CommentIdRole, "commentId");
    names.insert(CaseTitleRole, "caseTitle");
    names.insert(SnippetRole, "snippet");
    names.insert(IsCommentRole, "isComment");
    return names;
}

} // namespace consilium::ui
