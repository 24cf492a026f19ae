#pragma once

#include "core/store/SearchRepository.h"

#include <QAbstractListModel>
#include <QList>

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

/// Full-text search results as a list model: an adapter over store::SearchRepository, queried on
/// the store thread. A query superseded while it runs is dropped when its answer arrives, so
/// typing fast never shows results for an older text.
class SearchModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        CommentIdRole, ///< null for a hit in the case's own text
        CaseTitleRole,
        SnippetRole, ///< with SearchHit::kMatchStart/kMatchEnd around matches
        IsCommentRole,
    };
    Q_ENUM(Role)

    /// The most results one query shows: enough to scan, few enough to read.
    static constexpr int kLimit = 100;

    explicit SearchModel(store::StoreHost& host, QObject* parent = nullptr);

    /// Searches for `text` (empty: no results, no query).
    void setQuery(const QString& text);
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] bool isSearching() const { return m_searching; }
    [[nodiscard]] const store::SearchHit& hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// `snippet` as plain text, the match marks removed (for accessibility and tooltips).
    [[nodiscard]] static QString plainSnippet(const QString& snippet);

Q_SIGNALS:
    /// The answer to the current query arrived (or it was cleared).
    void searchFinished(int count);
    void errorOccurred(const QString& message);

private:
    store::StoreHost& m_host;
    QString m_query;
    QList<store::SearchHit> m_hits;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace consilium::ui
