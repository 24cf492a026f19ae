#include "ui/shell/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

// "&Open Files…" -> "Open Files…"; "&&" stays a literal '&'.
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void addMenu(QTreeWidget* table, QMenu* menu, const QString& path)
{
    auto* group = new QTreeWidgetItem(table, {path});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (QMenu* sub = action->menu()) {
            // Submenus rebuilt on demand (Open Recent) have no fixed commands to list.
            if (sub->objectName() != QLatin1String("menuRecent"))
                addMenu(table, sub, path + QStringLiteral(" › ") + plainText(sub->title()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        auto* item = new QTreeWidgetItem(
            group, {plainText(action->text()), keys.join(QStringLiteral(", ")), action->statusTip()});
        item->setData(0, Qt::UserRole, action->objectName());
        item->setToolTip(2, action->statusTip()); // long descriptions are elided in the column
    }
    if (group->childCount() == 0)
        delete group;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
    , m_menuBar(menuBar)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    //: Title of the keyboard shortcuts window.
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setClearButtonEnabled(true);
    //: Placeholder of the search field of the keyboard shortcuts window.
    m_search->setPlaceholderText(tr("Search commands or keys"));
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(3);
    //: Column headers of the keyboard shortcuts window.
    m_table->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Description")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 230);
    m_table->setColumnWidth(1, 150);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 620);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applySearch);
    refresh();
}

void ShortcutsDialog::refresh()
{
    m_table->clear();
    for (QAction* action : m_menuBar->actions()) {
        if (QMenu* menu = action->menu(); menu && action->isVisible())
            addMenu(m_table, menu, plainText(menu->title()));
    }
    m_table->expandAll();
    applySearch();
}

void ShortcutsDialog::applySearch()
{
    const QString needle = m_search->text().trimmed();
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_table->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive)
                               || item->text(2).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace consilium::ui
