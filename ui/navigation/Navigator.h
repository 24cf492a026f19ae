#pragma once

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QWidget>

class QAction;
class QKeySequence;
class QListView;
class QMenu;
class QStackedWidget;
class QStandardItemModel;

namespace consilium::ui {

/// The Cases area's navigation: a sidebar of sections (Feed, My cases, Offline, Search, and
/// whatever other features add) beside the page of the section chosen. Each section gets a
/// Go-menu action with the shortcut Ctrl+Alt+<its position> (1 to 9), and an optional badge
/// (the Feed's unread count). A page that belongs to no section — a case opened from any of
/// them — is shown with showDetail(); the sidebar stays, and choosing a section goes back.
///
/// Other features add their page with one line once the profile is open:
/// `navigator()->addSection(QStringLiteral("drafts"), icon, tr("Drafts"), page);`
/// The navigator takes ownership of the page unless told otherwise. GUI thread only.
class Navigator : public QWidget {
    Q_OBJECT

public:
    explicit Navigator(QWidget* parent = nullptr);
    ~Navigator() override;

    /// Who deletes a section's page: the navigator (at clearSections() or when replaced), or the
    /// caller, whose page may go at any time (the compose controller's drafts page).
    enum class PageOwner { Navigator, Caller };

    /// Appends a section; `id` is stable and not translated ("feed", "search"). Returns the
    /// section's action (Ctrl+Alt+N for the first nine), which is also put in the menu given to
    /// setMenu(). An id already present is replaced in place.
    QAction* addSection(const QString& id, const QIcon& icon, const QString& title, QWidget* page,
                        PageOwner owner = PageOwner::Navigator);
    /// Shortcuts a section has besides Ctrl+Alt+N (Search: Ctrl+F).
    void setExtraShortcuts(const QString& id, const QList<QKeySequence>& keys);
    /// Removes every section and deletes the pages it owns (the profile was locked).
    void clearSections();

    [[nodiscard]] QStringList sectionIds() const;
    [[nodiscard]] QWidget* page(const QString& id) const;
    [[nodiscard]] QAction* action(const QString& id) const;
    /// The section whose row is selected (also while a detail page is shown over it).
    [[nodiscard]] QString currentSection() const;
    /// Shows a section's page, selects its row and focuses the page; false for an unknown id.
    bool setCurrentSection(const QString& id);

    /// Shows `page` (owned by the caller, added to the content area if needed) in place of the
    /// section's page; the row of the section it came from stays selected.
    void showDetail(QWidget* page);
    [[nodiscard]] bool isShowingDetail() const;
    /// The page in the content area now: a section's page or the detail page.
    [[nodiscard]] QWidget* currentPage() const;

    /// A number shown in a pill at the end of the section's row (0 hides it); also read by
    /// screen readers as part of the row's accessible name. A count for a section not added yet
    /// is kept and shown when it is (until clearSections()).
    void setBadge(const QString& id, int count);
    [[nodiscard]] int badge(const QString& id) const;

    /// The menu the sections' actions go into (Go); they are removed again by clearSections().
    void setMenu(QMenu* menu);
    [[nodiscard]] QListView* sidebar() const { return m_sidebar; }

Q_SIGNALS:
    /// A section was chosen (click, keyboard or its shortcut), also when it was already current.
    void sectionActivated(const QString& id);

private:
    struct Section;
    [[nodiscard]] int indexOf(const QString& id) const;
    void updateRow(int row);
    /// Takes the section's page out of the stack, deleting it when the navigator owns it.
    void releasePage(Section& section);
    void renumberShortcuts();

    QListView* m_sidebar = nullptr;
    QStandardItemModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Section*> m_sections;
    QHash<QString, int> m_pendingBadges; ///< setBadge() before addSection()
    QPointer<QWidget> m_detail;
    QPointer<QMenu> m_menu;
};

} // namespace consilium::ui
