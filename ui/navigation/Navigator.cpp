#include "ui/navigation/Navigator.h"

#include "ui/navigation/SidebarDelegate.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

constexpr int kSidebarWidth = 200;
constexpr int kShortcutCount = 9; ///< Ctrl+Alt+1 … Ctrl+Alt+9

} // namespace

struct Navigator::Section {
    QString id;
    QString title;
    QPointer<QWidget> page; ///< null once a caller-owned page is gone
    PageOwner owner = PageOwner::Navigator;
    QAction* action = nullptr;
    QList<QKeySequence> extraShortcuts;
    int badge = 0;
};

Navigator::Navigator(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
{
    m_sidebar = new QListView(this);
    m_sidebar->setObjectName(QStringLiteral("navigationSidebar"));
    //: Accessible name of the list of sections on the left (Feed, My cases, Offline, Search…).
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setModel(m_model);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setMouseTracking(true); // hover highlight
    m_sidebar->setSpacing(0);
    m_sidebar->viewport()->setAttribute(Qt::WA_Hover);
    // A sidebar sits on the window colour, set apart from the white (Base) content like the
    // sidebars of Finder, Files or Outlook; the top margin aligns its first row with the page.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    auto* panel = new QWidget(this);
    panel->setBackgroundRole(QPalette::Window);
    panel->setAutoFillBackground(true);
    panel->setFixedWidth(kSidebarWidth);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 8, 0, 8);
    panelLayout->addWidget(m_sidebar);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("navigationPages"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(panel);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);

    // Clicking the current row again also counts: it leaves a case page for the section's list.
    // Arrow keys in the sidebar switch pages as they move, like a native sidebar.
    const auto choose = [this](const QModelIndex& index) {
        if (index.isValid() && index.row() < m_sections.size()
            && m_stack->currentWidget() != m_sections[index.row()]->page)
            setCurrentSection(m_sections[index.row()]->id);
    };
    connect(m_sidebar, &QListView::clicked, this, choose);
    connect(m_sidebar, &QListView::activated, this, choose);
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this, choose);
}

Navigator::~Navigator()
{
    qDeleteAll(m_sections);
}

int Navigator::indexOf(const QString& id) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i]->id == id)
            return i;
    }
    return -1;
}

QAction* Navigator::addSection(const QString& id, const QIcon& icon, const QString& title, QWidget* page,
                               PageOwner owner)
{
    Q_ASSERT(page);
    int row = indexOf(id);
    Section* section = nullptr;
    if (row >= 0) {
        section = m_sections[row];
        if (section->page && section->page != page)
            releasePage(*section);
    } else {
        section = new Section;
        section->id = id;
        section->action = new QAction(this);
        section->action->setObjectName(QStringLiteral("actionGo_%1").arg(id));
        connect(section->action, &QAction::triggered, this, [this, id] { setCurrentSection(id); });
        addAction(section->action); // works before (and without) a menu
        if (m_menu)
            m_menu->addAction(section->action);
        m_sections.append(section);
        m_model->appendRow(new QStandardItem);
        row = static_cast<int>(m_sections.size()) - 1;
    }
    section->title = title;
    section->page = page;
    section->owner = owner;
    // A count that arrived before its section (the store answered first) is not lost.
    section->badge = m_pendingBadges.take(id);
    m_stack->addWidget(page);
    section->action->setText(title);
    section->action->setIcon(icon);
    QStandardItem* item = m_model->item(row);
    item->setIcon(icon);
    item->setData(id, Qt::UserRole);
    renumberShortcuts();
    updateRow(row);
    if (m_sections.size() == 1)
        setCurrentSection(id);
    return section->action;
}

void Navigator::setExtraShortcuts(const QString& id, const QList<QKeySequence>& keys)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    m_sections[row]->extraShortcuts = keys;
    renumberShortcuts();
}

void Navigator::clearSections()
{
    if (m_detail)
        m_stack->removeWidget(m_detail);
    m_detail = nullptr;
    for (Section* section : std::as_const(m_sections)) {
        releasePage(*section);
        delete section->action; // leaves the menu too
    }
    qDeleteAll(m_sections);
    m_sections.clear();
    m_pendingBadges.clear();
    m_model->clear();
}

void Navigator::releasePage(Section& section)
{
    if (!section.page)
        return;
    m_stack->removeWidget(section.page);
    if (section.owner == PageOwner::Navigator)
        delete section.page;
    section.page = nullptr;
}

void Navigator::renumberShortcuts()
{
    for (int i = 0; i < m_sections.size(); ++i) {
        QAction* action = m_sections[i]->action;
        const QKeySequence key =
            i < kShortcutCount ? QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + i)) : QKeySequence();
        QList<QKeySequence> keys = m_sections[i]->extraShortcuts;
        if (!key.isEmpty())
            keys.prepend(key);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        //: Tooltip and status tip of a Go menu entry; %1 the section ("Feed", "Search").
        action->setStatusTip(tr("Show %1").arg(m_sections[i]->title));
        QStringList names;
        for (const QKeySequence& k : std::as_const(keys))
            names << k.toString(QKeySequence::NativeText);
        //: Tooltip of a section; %1 its title, %2 its shortcuts ("Ctrl+Alt+4, Ctrl+F").
        action->setToolTip(keys.isEmpty() ? m_sections[i]->title
                                          : tr("%1 (%2)").arg(m_sections[i]->title, names.join(QStringLiteral(", "))));
        updateRow(i);
    }
}

void Navigator::updateRow(int row)
{
    const Section* section = m_sections.value(row);
    QStandardItem* item = m_model->item(row);
    if (!section || !item)
        return;
    item->setText(section->title);
    item->setData(section->badge, SidebarDelegate::BadgeRole);
    item->setToolTip(section->action->toolTip());
    //: Accessible name of a sidebar section with a count; %1 the section, %2 the count.
    item->setData(section->badge > 0 ? tr("%1, %2 unread").arg(section->title).arg(section->badge) : section->title,
                  Qt::AccessibleTextRole);
}

QStringList Navigator::sectionIds() const
{
    QStringList ids;
    for (const Section* section : m_sections)
        ids << section->id;
    return ids;
}

QWidget* Navigator::page(const QString& id) const
{
    const int row = indexOf(id);
    return row >= 0 ? m_sections[row]->page : nullptr;
}

QAction* Navigator::action(const QString& id) const
{
    const int row = indexOf(id);
    return row >= 0 ? m_sections[row]->action : nullptr;
}

QString Navigator::currentSection() const
{
    const int row = m_sidebar->currentIndex().row();
    return row >= 0 && row < m_sections.size() ? m_sections[row]->id : QString();
}

bool Navigator::setCurrentSection(const QString& id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    QWidget* page = m_sections[row]->page;
    if (!page)
        return false; // its owner deleted it
    m_stack->setCurrentWidget(page);
    if (m_sidebar->currentIndex().row() != row)
        m_sidebar->setCurrentIndex(m_model->index(row, 0));
    if (QWidget* focus = page->focusProxy() ? page->focusProxy() : page; isVisible())
        focus->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT sectionActivated(id);
    return true;
}

void Navigator::showDetail(QWidget* page)
{
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    m_detail = page;
    m_stack->setCurrentWidget(page);
}

bool Navigator::isShowingDetail() const
{
    return m_detail && m_stack->currentWidget() == m_detail;
}

QWidget* Navigator::currentPage() const
{
    return m_stack->currentWidget();
}

void Navigator::setBadge(const QString& id, int count)
{
    const int row = indexOf(id);
    if (row < 0) {
        m_pendingBadges.insert(id, std::max(0, count));
        return;
    }
    if (m_sections[row]->badge == std::max(0, count))
        return;
    m_sections[row]->badge = std::max(0, count);
    updateRow(row);
}

int Navigator::badge(const QString& id) const
{
    const int row = indexOf(id);
    return row >= 0 ? m_sections[row]->badge : m_pendingBadges.value(id);
}

void Navigator::setMenu(QMenu* menu)
{
    m_menu = menu;
    if (!m_menu)
        return;
    for (const Section* section : std::as_const(m_sections))
        m_menu->addAction(section->action);
}

} // namespace consilium::ui
