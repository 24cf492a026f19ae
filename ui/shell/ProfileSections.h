#pragma once

#include <QObject>
#include <QUuid>

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class ComposeController;
class FeedPage;
class GroupsPage;
class Navigator;
class PeoplePage;
class OutboxPage;
class SearchPage;
class SyncController;
class ThumbnailBackfill;

/// The open profile's sections in the Cases area's sidebar, in this order (Ctrl+Alt+1…8 by
/// position): Feed, My Cases, Groups, People, Drafts, Outbox (cases on their way to the relay,
/// badge: how many wait), Offline, Search. Groups, People and Drafts
/// keep their older shortcuts too (Ctrl+Shift+G, P, D), and Search Ctrl+F. People sits beside
/// Groups because groups are made of contacts; Devices, seldom needed, stays in the Go menu.
///
/// The feed cards' missing thumbnails are made in the background (ui/feed's ThumbnailBackfill)
/// when the sections open, after a sync brought cases and after a publish; each new one
/// repaints its cards.
///
/// Made after unlock, once sync and the compose controller exist; deleting it removes the
/// sections (the navigator deletes their pages, except Drafts, which the compose controller
/// owns) — before the store closes. GUI thread only.
class ProfileSections : public QObject {
    Q_OBJECT

public:
    ProfileSections(Navigator& navigator, store::StoreHost& host, SyncController* sync, ComposeController& compose,
                    QObject* parent = nullptr);
    ~ProfileSections() override;

    [[nodiscard]] FeedPage* feed() const { return m_feed; }
    [[nodiscard]] FeedPage* mine() const { return m_mine; }
    [[nodiscard]] FeedPage* offline() const { return m_offline; }
    [[nodiscard]] SearchPage* search() const { return m_search; }
    [[nodiscard]] GroupsPage* groups() const { return m_groups; }
    [[nodiscard]] PeoplePage* people() const { return m_people; }
    /// Null without a sync controller.
    [[nodiscard]] OutboxPage* outbox() const { return m_outbox; }

    /// Every list again (a sync brought something).
    void refreshAll();
    /// One case changed (opened, commented, kept offline): its cards, and the Offline list.
    void refreshCase(const QUuid& caseId);
    /// A case was published: the lists it appears in.
    void refreshPublished();

Q_SIGNALS:
    /// A case (optionally at one of its comments) was chosen in a list or a search hit.
    void caseActivated(const QUuid& caseId, const QUuid& commentId);

private:
    Navigator& m_navigator;
    FeedPage* m_feed = nullptr; ///< the pages belong to the navigator
    FeedPage* m_mine = nullptr;
    FeedPage* m_offline = nullptr;
    SearchPage* m_search = nullptr;
    GroupsPage* m_groups = nullptr;
    PeoplePage* m_people = nullptr;
    OutboxPage* m_outbox = nullptr;
    ThumbnailBackfill* m_thumbnails = nullptr; ///< the cards' thumbnails, made in the background
};

} // namespace consilium::ui
