#include "ui/compose/DraftsPage.h"

#include "core/store/Store.h"
#include "core/store/StoreHost.h"
#include "ui/common/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

DraftsPage::DraftsPage(store::StoreHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_list(new QTreeWidget(this))
    , m_resume(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("draftsPage"));
    //: Accessible name of the drafts page.
    setAccessibleName(tr("Drafts"));
    auto* heading = new QLabel(tr("Drafts"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    auto* intro = new QLabel(tr("Cases you started and have not published yet. They are kept encrypted in your "
                                "profile and saved at every step."),
                             this);
    intro->setWordWrap(true);
    intro->setEnabled(false);

    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setAccessibleName(tr("Drafts"));
    //: Column headers of the drafts list.
    m_list->setHeaderLabels({tr("Title"), tr("Last edited")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, &DraftsPage::resumeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DraftsPage::updateButtons);

    m_empty->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    //: Drafts page with no drafts.
    m_empty->setTitle(tr("No drafts"));
    m_empty->setText(tr("Start a new case with File › New Case… (%1). It is saved here as you go.")
                         .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    auto* create = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Case…"), this);
    create->setObjectName(QStringLiteral("newCaseButton"));
    connect(create, &QPushButton::clicked, this, &DraftsPage::newCaseRequested);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    //: Button: continue the selected draft.
    m_resume->setText(tr("&Resume"));
    m_resume->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_resume, &QPushButton::clicked, this, &DraftsPage::resumeSelected);
    m_delete->setObjectName(QStringLiteral("deleteDraftButton"));
    m_delete->setText(tr("&Delete"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_resume);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    updateButtons();
    refresh();
}

void DraftsPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_host.run(
        this, [](store::Store& store) { return store.drafts().list(); },
        [this, generation](Result<QList<store::Draft>> drafts) {
            if (generation != m_generation)
                return;
            if (!drafts) {
                Q_EMIT errorOccurred(drafts.error().message);
                return;
            }
            const QUuid selected =
                m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toUuid() : QUuid();
            m_list->clear();
            for (const store::Draft& draft : *drafts) {
                auto* item = new QTreeWidgetItem(m_list);
                //: Title of a draft that has none yet.
                item->setText(0, draft.title.isEmpty() ? tr("Untitled case") : draft.title);
                item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
                item->setText(1, QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat));
                item->setData(0, Qt::UserRole, draft.id);
                if (draft.id == selected)
                    m_list->setCurrentItem(item);
            }
            if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
                m_list->setCurrentItem(m_list->topLevelItem(0));
            m_stack->setCurrentWidget(drafts->isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
            updateButtons();
        });
}

int DraftsPage::draftCount() const
{
    return m_list->topLevelItemCount();
}

void DraftsPage::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_resume->setEnabled(any);
    m_delete->setEnabled(any);
}

void DraftsPage::resumeSelected()
{
    if (QTreeWidgetItem* item = m_list->currentItem())
        Q_EMIT resumeDraft(item->data(0, Qt::UserRole).toUuid());
}

void DraftsPage::deleteSelected(bool confirm)
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    if (confirm) {
        //: Confirmation before a draft is deleted; %1 is its title.
        const auto answer = QMessageBox::question(
            this, tr("Delete Draft"), tr("Delete the draft “%1”? This cannot be undone.").arg(item->text(0)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_host.run(
        this, [id = item->data(0, Qt::UserRole).toUuid()](store::Store& store) { return store.drafts().remove(id); },
        [this](Result<void> removed) {
            if (!removed)
                Q_EMIT errorOccurred(removed.error().message);
            refresh();
        });
}

} // namespace consilium::ui
