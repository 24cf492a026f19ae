#include "ui/feed/FeedModel.h"

#include "core/store/StoreHost.h"
#include "ui/feed/CaseThumbnail.h"

namespace consilium::ui {

FeedModel::FeedModel(store::StoreHost& host, QObject* parent)
    : QAbstractListModel(parent)
    , m_host(host)
{
}

void FeedModel::setQuery(const cases::FeedQuery& query)
{
    m_query = query;
    refresh();
}

void FeedModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_next.reset();
    m_atEnd = false;
    m_firstPageLoaded = false;
    ++m_generation;
    m_loading = false; // a page in flight belongs to the old generation and will be dropped
    endResetModel();
    requestPage();
}

void FeedModel::refreshCase(const QUuid& caseId)
{
    const quint64 generation = m_generation;
    m_host.run(
        this, [caseId](store::Store& store) { return store.feed().entry(caseId); },
        [this, caseId, generation](Result<std::optional<store::FeedEntry>> entry) {
            if (generation != m_generation || !entry || !entry->has_value())
                return; // the list was reset meanwhile, or the case is gone (the next refresh drops it)
            for (qsizetype row = 0; row < m_entries.size(); ++row) {
                if (m_entries[row].value.id != caseId)
                    continue;
                m_entries[row] = std::move(**entry);
                const QModelIndex changed = index(static_cast<int>(row));
                Q_EMIT dataChanged(changed, changed);
                return;
            }
        });
}

int FeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant FeedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::FeedEntry& entry = m_entries.at(index.row());
    const cases::Case& value = entry.value;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return value.title;
    case Qt::ToolTipRole:
        return value.clinicalQuestion.isEmpty() ? value.title : value.clinicalQuestion;
    case Qt::AccessibleTextRole:
        //: Read by screen readers for one feed entry: title, author, number of comments.
        return tr("%1, by %2, %3 comments")
            .arg(value.title, entry.authorName.isEmpty() ? tr("unknown author") : entry.authorName,
                 QString::number(entry.commentCount));
    case CaseIdRole:
        return value.id;
    case QuestionRole:
        return value.clinicalQuestion;
    case SpecialtyRole:
        return value.specialty;
    case TagsRole:
        return value.tags;
    case AuthorNameRole:
        return entry.authorName;
    case AuthorVerifiedRole:
        return entry.authorVerified;
    case AuthorIsSelfRole:
        return entry.authorIsSelf;
    case CommentCountRole:
        return entry.commentCount;
    case HelpfulCountRole:
        return entry.helpfulCount;
    case UnreadRole:
        return value.unread;
    case PinnedRole:
        return value.pinned;
    case CreatedRole:
        return value.createdAt;
    case ThumbnailRole:
        return thumbnail(entry);
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{CaseIdRole, "caseId"},
                  {TitleRole, "title"},
                  {QuestionRole, "question"},
                  {SpecialtyRole, "specialty"},
                  {TagsRole, "tags"},
                  {AuthorNameRole, "authorName"},
                  {AuthorVerifiedRole, "authorVerified"},
                  {AuthorIsSelfRole, "authorIsSelf"},
                  {CommentCountRole, "commentCount"},
                  {HelpfulCountRole, "helpfulCount"},
                  {UnreadRole, "unread"},
                  {PinnedRole, "pinned"},
                  {CreatedRole, "created"},
                  {ThumbnailRole, "thumbnail"}});
    return names;
}

bool FeedModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_firstPageLoaded && !m_atEnd && !m_loading;
}

void FeedModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void FeedModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    setLoading(true);
    cases::FeedQuery query = m_query;
    query.after = m_next;
    const quint64 generation = m_generation;
    m_host.run(
        this, [query](store::Store& store) { return store.feed().page(query); },
        [this, generation](Result<store::FeedEntryPage> page) {
            if (generation != m_generation)
                return; // the query changed while this page was read
            if (!page) {
                m_atEnd = true; // do not retry in a loop; refresh() tries again
                setLoading(false);
                Q_EMIT errorOccurred(page.error().message);
                return;
            }
            m_firstPageLoaded = true;
            m_next = page->next;
            m_atEnd = !page->next.has_value();
            if (!page->entries.isEmpty()) {
                const int first = static_cast<int>(m_entries.size());
                beginInsertRows({}, first, first + static_cast<int>(page->entries.size()) - 1);
                m_entries.append(std::move(page->entries));
                endInsertRows();
            }
            // Last, so that listeners see the page's rows and the first-page flag in place.
            setLoading(false);
        });
}

QImage FeedModel::thumbnail(const store::FeedEntry& entry) const
{
    if (entry.thumbnail.isEmpty())
        return {};
    auto found = m_thumbnails.find(entry.value.id);
    if (found != m_thumbnails.end() && found->encoded == entry.thumbnail)
        return found->image;
    // Decoded, a thumbnail is up to 64 KB (128 x 128 x 4): 200 of them, some 25 screens of
    // cards, stay under 13 MB per list; decoding one again costs a fraction of a millisecond.
    constexpr qsizetype kMaxDecoded = 200;
    if (m_thumbnails.size() >= kMaxDecoded)
        m_thumbnails.clear();
    QImage image = decodeThumbnail(entry.thumbnail);
    m_thumbnails.insert(entry.value.id, DecodedThumbnail{entry.thumbnail, image});
    return image;
}

void FeedModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace consilium::ui
