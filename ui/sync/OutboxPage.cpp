#include "ui/sync/OutboxPage.h"

#include "ui/common/EmptyState.h"
#include "ui/sync/SyncController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

enum Column { TitleColumn, StateColumn, ProgressColumn };

} // namespace

OutboxPage::OutboxPage(SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("outboxPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_summary->setWordWrap(true);
    //: Outbox: sends what waits now instead of at the next automatic attempt.
    m_sendNow = new QPushButton(tr("Send Now"), this);
    m_sendNow->setObjectName(QStringLiteral("outboxSendNow"));
    m_sendNow->setToolTip(tr("Try the relay again now rather than at the next automatic attempt"));
    connect(m_sendNow, &QPushButton::clicked, &m_sync, &SyncController::syncNow);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    //: Outbox columns.
    m_list->setHeaderLabels({tr("Case"), tr("State"), tr("Progress")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(ProgressColumn, 220);

    m_empty = new EmptyState(this);
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/nav-outbox.svg")));
    //: Outbox when nothing waits to be sent.
    m_empty->setTitle(tr("Nothing waiting to be sent"));
    m_empty->setText(tr("Cases you publish are listed here until the relay has every image and every "
                        "message. Without a connection they wait here and go out by themselves later."));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_sendNow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(&m_sync, &SyncController::outboxChanged, this, &OutboxPage::rebuild);
    connect(&m_sync, &SyncController::statusChanged, this, &OutboxPage::rebuild);
    rebuild();
}

QString OutboxPage::stateText(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->text(StateColumn) : QString();
}

void OutboxPage::rebuild()
{
    const QList<OutboxEntry>& entries = m_sync.outbox();
    const int pending = m_sync.pendingCases();
    const bool offline = m_sync.state() == SyncState::Offline;
    const bool removed = m_sync.state() == SyncState::Removed;
    if (pending == 0) {
        m_summary->setText(entries.isEmpty() ? QString() : tr("Everything has been sent."));
    } else if (removed) {
        //: Outbox summary on a computer removed from the profile's devices; %n cases are kept here.
        m_summary->setText(tr("This computer was removed from your devices, so the relay refuses it: %n case(s) "
                              "stay here and cannot be sent from this computer.",
                              nullptr, pending));
    } else if (offline) {
        //: Outbox summary while the relay cannot be reached; %n cases wait.
        m_summary->setText(
            tr("The relay cannot be reached: %n case(s) wait and will be sent when the connection is back.", nullptr,
               pending));
    } else {
        m_summary->setText(tr("%n case(s) on their way to the relay.", nullptr, pending));
    }
    m_sendNow->setEnabled(pending > 0 && m_sync.state() != SyncState::NotConfigured && !removed);
    m_stack->setCurrentWidget(entries.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);

    m_list->clear();
    const QLocale locale;
    for (const OutboxEntry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        //: Outbox row of a case whose title is not known (not in the cache any more).
        item->setText(TitleColumn, entry.title.isEmpty() ? tr("Untitled case") : entry.title);
        QString state;
        switch (entry.state) {
        case OutboxEntry::State::Queued:
            //: Outbox state: waiting to be sent (offline, or another case goes first).
            //: Outbox state on a computer removed from the profile's devices.
            state = removed ? tr("Queued · not syncing") : offline ? tr("Queued · offline") : tr("Queued");
            break;
        case OutboxEntry::State::Sending:
            //: Outbox state while sending; %1 is the percentage of the whole case.
            state = tr("Sending · %1 %").arg(entry.perMille() / 10);
            break;
        case OutboxEntry::State::Sent:
            //: Outbox state: the relay has every image and message of the case.
            state = tr("Sent");
            break;
        }
        item->setText(StateColumn, state);
        //: Tooltip of an outbox row; %1 bytes sent, %2 bytes in all (e.g. "3.2 MiB of 12 MiB").
        QString tip =
            tr("%1 of %2").arg(locale.formattedDataSize(entry.sentBytes), locale.formattedDataSize(entry.totalBytes));
        if (entry.state != OutboxEntry::State::Sent && !entry.lastError.isEmpty())
            //: Tooltip line of an outbox row; %1 the error of the last attempt.
            tip += u'\n' + tr("Last attempt: %1").arg(entry.lastError);
        for (int column : {TitleColumn, StateColumn})
            item->setToolTip(column, tip);
        auto* bar = new QProgressBar(m_list);
        bar->setRange(0, 1000);
        bar->setValue(entry.perMille());
        bar->setTextVisible(true);
        bar->setFormat(locale.formattedDataSize(entry.sentBytes) + QStringLiteral(" / ")
                       + locale.formattedDataSize(entry.totalBytes));
        bar->setToolTip(tip);
        m_list->setItemWidget(item, ProgressColumn, bar);
    }
}

} // namespace consilium::ui
