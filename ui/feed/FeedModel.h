#pragma once

#include "core/cases/CaseTypes.h"
#include "core/store/FeedRepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>

#include <optional>

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

/// The feed as a list model: an adapter over store::FeedRepository pages, loaded on the store
/// thread as the view scrolls (canFetchMore/fetchMore), so 10,000 cases cost what the visible
/// pages cost. Changing the query starts again from the newest case; results of a superseded
/// query are dropped when they arrive.
class FeedModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        TitleRole,
        QuestionRole,
        SpecialtyRole,
        TagsRole, ///< QStringList
        AuthorNameRole, ///< empty when unknown
        AuthorVerifiedRole,
        AuthorIsSelfRole,
        CommentCountRole,
        HelpfulCountRole,
        UnreadRole,
        PinnedRole,
        CreatedRole, ///< QDateTime (UTC)
        ThumbnailRole, ///< QImage of the case's first image, one card tile at 2x; null: show the initials
    };
    Q_ENUM(Role)

    explicit FeedModel(store::StoreHost& host, QObject* parent = nullptr);

    void setQuery(const cases::FeedQuery& query);
    [[nodiscard]] const cases::FeedQuery& query() const { return m_query; }
    /// Reloads from the newest case with the current query (after a sync delivered new cases).
    void refresh();
    /// Re-reads one case already listed (read state, counts, flags) and updates its row in place,
    /// so the list keeps its scroll position; a case not listed is ignored.
    void refreshCase(const QUuid& caseId);

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool hasLoadedFirstPage() const { return m_firstPageLoaded; }
    [[nodiscard]] const store::FeedEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A page could not be read; the message is for the user.
    void errorOccurred(const QString& message);

private:
    void requestPage();
    void setLoading(bool loading);
    /// The entry's thumbnail, decoded at its first use and kept (per case, with the bytes it came
    /// from, so a re-read row does not decode again and a new thumbnail replaces the old one).
    QImage thumbnail(const store::FeedEntry& entry) const;

    struct DecodedThumbnail {
        QByteArray encoded;
        QImage image;
    };

    store::StoreHost& m_host;
    cases::FeedQuery m_query;
    QList<store::FeedEntry> m_entries;
    std::optional<cases::FeedCursor> m_next;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_firstPageLoaded = false;
    quint64 m_generation = 0; ///< bumped by every reset; a reply for an older one is dropped
    mutable QHash<QUuid, DecodedThumbnail> m_thumbnails; ///< filled by data(), on the GUI thread
};

} // namespace consilium::ui
