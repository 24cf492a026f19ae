#include "ui/compose/ComposeWizard.h"

#include "core/store/Store.h"
#include "core/store/StoreHost.h"
#include "ui/common/AppIdentity.h"
#include "ui/compose/AudiencePage.h"
#include "ui/compose/DeidPage.h"
#include "ui/compose/DescribePage.h"
#include "ui/compose/ImportPage.h"
#include "ui/compose/PublishPage.h"
#include "ui/compose/ReviewPage.h"
#include "ui/compose/SelectPage.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace consilium::ui {

ComposeWizard::ComposeWizard(ComposeServices services, QWidget* parent)
    : QWizard(parent)
    , m_session(new ComposeSession(std::move(services), this))
    , m_import(new ImportPage(*m_session, this))
    , m_select(new SelectPage(*m_session, this))
    , m_deid(new DeidPage(*m_session, this))
    , m_review(new ReviewPage(*m_session, this))
    , m_describe(new DescribePage(*m_session, this))
    , m_audience(new AudiencePage(*m_session, this))
    , m_publish(new PublishPage(*m_session, this))
{
    setObjectName(QStringLiteral("composeWizard"));
    setWindowFlag(Qt::Window);
    //: Title of the publish wizard's window.
    setWindowTitle(tr("New Case"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(780, 620);
    setPage(ComposeDraft::Import, m_import);
    setPage(ComposeDraft::Select, m_select);
    setPage(ComposeDraft::Deidentify, m_deid);
    setPage(ComposeDraft::Review, m_review);
    setPage(ComposeDraft::Describe, m_describe);
    setPage(ComposeDraft::Audience, m_audience);
    setPage(ComposeDraft::Publish, m_publish);
    setStartId(ComposeDraft::Import);
    setPixmap(QWizard::LogoPixmap, appIcon().pixmap(QSize(40, 40)));
    buildStepList();
    //: Cancel button of the publish wizard: the draft is kept.
    setButtonText(QWizard::CancelButton, tr("Close"));
    setButtonText(QWizard::FinishButton, tr("Done"));
    connect(this, &QWizard::currentIdChanged, this, &ComposeWizard::pageChanged);
    // Close (Escape) keeps the draft as it stands.
    connect(this, &QDialog::rejected, m_session, &ComposeSession::save);
    connect(m_session, &ComposeSession::draftSaved, this, [this](bool ok, const QString& message) {
        if (!ok && currentPage())
            currentPage()->setSubTitle(message);
        Q_EMIT draftsChanged();
    });
    connect(m_publish, &PublishPage::published, this, [this](const QUuid& id) {
        Q_EMIT casePublished(id);
        Q_EMIT draftsChanged();
    });
    for (QWizardPage* page : {static_cast<QWizardPage*>(m_select), static_cast<QWizardPage*>(m_deid),
                              static_cast<QWizardPage*>(m_audience)})
        connect(page, &QWizardPage::completeChanged, this, &ComposeWizard::continueResume, Qt::QueuedConnection);
}

ComposeWizard::~ComposeWizard() = default;

void ComposeWizard::startNew(const QStringList& sources)
{
    m_resumeTo = -1;
    m_session->reset();
    restoreButtons();
    restart();
    if (!sources.isEmpty())
        m_import->addSources(sources);
}

void ComposeWizard::resumeDraft(const QUuid& id)
{
    store::StoreHost* host = m_session->services().host;
    if (!host)
        return;
    host->run(
        this, [id](store::Store& store) { return store.drafts().find(id); },
        [this, id](Result<std::optional<store::Draft>> found) {
            if (!found || !found->has_value()) {
                //: A draft could not be opened; %1 says why.
                Q_EMIT loadFailed(found ? tr("The draft no longer exists.") : found.error().message);
                return;
            }
            auto draft = ComposeDraft::fromPayload(id, (*found)->payload);
            if (!draft) {
                Q_EMIT loadFailed(draft.error().message);
                return;
            }
            const int target = draft->step;
            m_session->load(std::move(*draft));
            restoreButtons();
            restart();
            m_resumeTo = target;
            continueResume();
            Q_EMIT draftLoaded();
        });
}

void ComposeWizard::continueResume()
{
    // Steps forward as far as the draft had got, waiting on pages that work off the GUI thread.
    while (m_resumeTo > currentId()) {
        QWizardPage* page = currentPage();
        if (!page || !page->isComplete())
            return;
        const int before = currentId();
        next();
        if (currentId() == before)
            return; // the page refused (validatePage)
    }
    m_resumeTo = -1;
}

void ComposeWizard::buildStepList()
{
    // The steps down the side, the current one marked: where the author is, and what is left.
    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("stepList"));
    side->setAutoFillBackground(true);
    QPalette palette = side->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Base));
    side->setPalette(palette);
    side->setMinimumWidth(200);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(14, 16, 14, 16);
    layout->setSpacing(10);
    for (const int id : pageIds()) {
        auto* label = new QLabel(side);
        label->setProperty("step", id);
        label->setWordWrap(true);
        label->setText(page(id)->title());
        layout->addWidget(label);
        m_steps.append(label);
    }
    layout->addStretch();
    setSideWidget(side);
}

void ComposeWizard::updateStepList(int current)
{
    for (QLabel* label : std::as_const(m_steps)) {
        const int id = label->property("step").toInt();
        QFont font = label->font();
        font.setWeight(id == current ? QFont::Bold : QFont::Normal);
        label->setFont(font);
        label->setEnabled(id <= current);
        //: A step in the wizard's side list: %1 its number, %2 its title. The current one is bold.
        label->setText(tr("%1. %2").arg(id + 1).arg(page(id)->title()));
        label->setAccessibleDescription(id == current ? tr("Current step") : QString());
    }
}

void ComposeWizard::pageChanged(int id)
{
    if (id < 0)
        return;
    updateStepList(id);
    setWindowTitle(tr("New Case — %1").arg(currentPage()->title()));
    // The furthest step reached is where a resumed draft continues; stepping through a resume
    // is not progress.
    if (m_resumeTo >= id)
        return;
    if (m_publish->state() == PublishPage::State::Ready || m_publish->state() == PublishPage::State::Failed) {
        m_session->draft().step = std::max(m_session->draft().step, id);
        m_session->save();
    }
}

void ComposeWizard::restoreButtons()
{
    setButtonLayout(
        {QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
}

void ComposeWizard::closeEvent(QCloseEvent* event)
{
    // Closing keeps the draft (saved at every step); the derivatives go with the session.
    if (m_publish->state() == PublishPage::State::Publishing) {
        event->ignore();
        return;
    }
    if (m_publish->state() == PublishPage::State::Ready || m_publish->state() == PublishPage::State::Failed)
        m_session->save();
    QWizard::closeEvent(event);
}

} // namespace consilium::ui
