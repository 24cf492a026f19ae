#include "ui/compose/PublishPage.h"

#include "core/store/StoreHost.h"
#include "core/sync/LocalCase.h"
#include "ui/compose/ComposeSession.h"
#include "ui/sync/SyncController.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace consilium::ui {

PublishPage::PublishPage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_publish(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_icon(new QLabel(this))
{
    setObjectName(QStringLiteral("publishPage"));
    //: Title of the publish wizard's last step.
    setTitle(tr("Publish"));
    setSubTitle(tr("Check the summary, then publish. The images and text are encrypted on this computer "
                   "before anything is sent."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    //: The button that publishes the case.
    m_publish->setText(tr("&Publish Case"));
    m_publish->setIcon(QIcon::fromTheme(QStringLiteral("mail-send"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_publish->setDefault(true);
    m_publish->setMinimumHeight(32);
    connect(m_publish, &QPushButton::clicked, this, &PublishPage::publish);
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setAutoFillBackground(true);
    m_summary->setBackgroundRole(QPalette::Base);
    m_summary->setContentsMargins(10, 8, 10, 8);
    m_icon->setObjectName(QStringLiteral("publishIcon"));
    m_icon->setFixedSize(32, 32);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_icon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_publish, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addStretch(1);
}

void PublishPage::initializePage()
{
    const ComposeDraft& draft = m_session.draft();
    int layers = 0;
    for (const DraftImage& image : draft.images)
        layers += image.layer.isEmpty() ? 0 : 1;
    QString audience;
    switch (draft.audience) {
    case cases::Audience::Private:
        audience = tr("Only you");
        break;
    case cases::Audience::People:
        audience = tr("%n colleague(s) you chose", nullptr, int(draft.people.size()));
        break;
    case cases::Audience::Group:
        audience = tr("The members of the group you chose");
        break;
    }
    const auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows = row(tr("Title"), draft.displayTitle());
    if (!draft.specialty.isEmpty())
        rows += row(tr("Specialty"), draft.specialty);
    if (!draft.tags.isEmpty())
        rows += row(tr("Tags"), draft.tags.join(QStringLiteral(", ")));
    rows += row(tr("Images"), tr("%n de-identified image(s)", nullptr, int(draft.images.size())));
    if (layers > 0)
        rows += row(tr("Annotations"), tr("%n annotation layer(s)", nullptr, layers));
    rows += row(tr("Readers"), audience);
    rows += row(tr("Consent"), draft.consent ? tr("Attested by you") : tr("Not attested"));
    m_summary->setText(QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows));
    if (m_state == State::Failed || m_state == State::Ready)
        //: Shown above the Publish button before publishing.
        setState(State::Ready, tr("Ready to publish."));
}

void PublishPage::setState(State state, const QString& message)
{
    m_state = state;
    m_status->setText(message);
    const bool busy = state == State::Publishing || state == State::Sending;
    m_publish->setEnabled(state == State::Ready || state == State::Failed);
    //: The publish button after a failure.
    m_publish->setText(state == State::Failed ? tr("&Try Again") : tr("&Publish Case"));
    m_progress->setVisible(busy || state == State::Published);
    // Closing mid-way would leave the draft behind a case that exists.
    if (wizard() && wizard()->button(QWizard::CancelButton))
        wizard()->button(QWizard::CancelButton)->setEnabled(state != State::Publishing);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     state == State::Failed ? QColor(0xc0, 0x1c, 0x28) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (state == State::Failed)
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == State::Queued)
        icon = QStyle::SP_MessageBoxWarning;
    else if (state == State::Published || state == State::StoredLocally)
        icon = QStyle::SP_DialogApplyButton;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(32, 32)));
    m_icon->setVisible(!message.isEmpty());
    m_publish->setVisible(state == State::Ready || state == State::Failed);
    if (state == State::Published || state == State::Queued || state == State::StoredLocally) {
        // Nothing to go back to: the case exists now.
        if (wizard())
            wizard()->setButtonLayout({QWizard::Stretch, QWizard::FinishButton});
    }
    Q_EMIT completeChanged();
}

void PublishPage::publish()
{
    if (!m_session.draft().consent) {
        setState(State::Failed, tr("The consent attestation is required. Go back to the description to give it."));
        return;
    }
    auto draft = m_session.caseDraft();
    if (!draft) {
        setState(State::Failed, draft.error().message);
        return;
    }
    const ComposeServices& services = m_session.services();
    if (!services.host) {
        setState(State::Failed, tr("The profile is locked."));
        return;
    }
    m_progress->setRange(0, 0);
    //: While the case is encrypted into the profile.
    setState(State::Publishing, tr("Encrypting the case…"));
    CaseWriter writer = services.publish ? services.publish : CaseWriter(&sync::storeCaseLocally);
    services.host->run(
        this, [writer, draft = *draft](store::Store& store) { return writer(store, draft); },
        [this](Result<QUuid> id) {
            if (!id) {
                //: Publishing failed; %1 says why. Nothing was published.
                setState(State::Failed, tr("The case could not be published: %1").arg(id.error().message));
                return;
            }
            m_caseId = *id;
            m_session.discard();
            Q_EMIT published(m_caseId);
            const SyncController* sync = m_session.services().sync;
            if (!sync || sync->state() == SyncState::NotConfigured) {
                setState(State::StoredLocally,
                         tr("The case is saved on this computer, private to you. It is in your feed."));
                return;
            }
            setState(State::Sending, tr("Sending to the relay…"));
            followSync();
        });
}

void PublishPage::followSync()
{
    SyncController* sync = m_session.services().sync;
    // The whole case — every image and every message — as one progress (SyncController::outbox).
    connect(sync, &SyncController::outboxChanged, this, [this, sync] {
        const std::optional<OutboxEntry> entry = sync->outboxEntry(m_caseId);
        if (!entry || (m_state != State::Sending && m_state != State::Queued))
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(entry->perMille());
        if (entry->state == OutboxEntry::State::Sent) {
            setState(State::Published, tr("Published. Your readers will see the case as soon as their devices sync."));
        } else if (entry->state == OutboxEntry::State::Sending) {
            const QLocale locale;
            //: While the case goes to the relay; %1 and %2 are sizes ("3.2 MiB of 12 MiB").
            setState(State::Sending,
                     tr("Sending to the relay: %1 of %2…")
                         .arg(locale.formattedDataSize(entry->sentBytes), locale.formattedDataSize(entry->totalBytes)));
        }
    });
    const auto check = [this, sync] {
        if (m_state != State::Sending)
            return;
        const std::optional<OutboxEntry> entry = sync->outboxEntry(m_caseId);
        const bool sent = entry ? entry->state == OutboxEntry::State::Sent : sync->waiting() == 0;
        if (sync->state() == SyncState::Online && sent) {
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            setState(State::Published, tr("Published. Your readers will see the case as soon as their devices sync."));
        } else if (sync->state() == SyncState::Offline) {
            if (sync->relayUnreachable()) {
                setState(State::Queued, tr("The relay cannot be reached. The case is saved and waits in the outbox; "
                                           "it will be sent automatically when the connection is back (Outbox in "
                                           "the sidebar)."));
            } else {
                //: The relay answered with an error; %1 is its exact words. The case is not lost.
                setState(State::Queued, tr("The case could not be sent yet (%1). It is saved and waits in the outbox; "
                                           "it will be sent again automatically (Outbox in the sidebar).")
                                            .arg(sync->lastError()));
            }
        } else if (sync->state() == SyncState::Removed) {
            setState(State::Queued, tr("This computer was removed from your devices, so the relay refuses it. The case "
                                       "is saved here in the outbox, but it cannot be sent from this computer."));
        }
    };
    connect(sync, &SyncController::statusChanged, this, check);
}

bool PublishPage::isComplete() const
{
    return m_state == State::Published || m_state == State::Queued || m_state == State::StoredLocally;
}

} // namespace consilium::ui
