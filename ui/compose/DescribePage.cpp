#include "ui/compose/DescribePage.h"

#include "core/cases/CaseTypes.h"
#include "ui/compose/ComposeSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(56);
    edit->setMaximumHeight(110);
    return edit;
}

} // namespace

QStringList DescribePage::specialties()
{
    return {tr("Cardiology"),
            tr("Dermatology"),
            tr("Emergency medicine"),
            tr("Gastroenterology"),
            tr("General practice"),
            tr("Neurology"),
            tr("Obstetrics and gynaecology"),
            tr("Oncology"),
            tr("Ophthalmology"),
            tr("Orthopaedics"),
            tr("Paediatrics"),
            tr("Pulmonology"),
            tr("Radiology"),
            tr("Surgery"),
            tr("Urology")};
}

DescribePage::DescribePage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_question(textBox(this, QStringLiteral("questionEdit"), tr("What would you like your colleagues' opinion on?")))
    , m_history(textBox(this, QStringLiteral("historyEdit"), tr("Relevant history, without names, dates or places")))
    , m_findings(textBox(this, QStringLiteral("findingsEdit"), tr("What you see, and what was done so far")))
    , m_specialty(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_consent(new QCheckBox(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("describePage"));
    //: Title of the publish wizard's step where the case is described.
    setTitle(tr("Describe the Case"));
    setSubTitle(tr("Write for colleagues who do not know the patient. Leave out names, dates of birth, "
                   "places and record numbers."));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. Painless swelling of the left wrist"));
    m_title->setMaxLength(200);
    m_specialty->setObjectName(QStringLiteral("specialtyBox"));
    m_specialty->setEditable(true);
    m_specialty->addItem(QString());
    m_specialty->addItems(specialties());
    m_specialty->setInsertPolicy(QComboBox::NoInsert);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. wrist, mri, second-opinion"));
    m_consent->setObjectName(QStringLiteral("consentBox"));
    //: The consent attestation the author must tick before publishing.
    m_consent->setText(tr("I attest that the patient consented to sharing these de-identified images and notes "
                          "for clinical advice (or that consent is waived under my institution's rules)."));
    m_consent->setStyleSheet(QStringLiteral("QCheckBox { font-weight: 600; }"));
    // Long text: wrap it (QCheckBox cannot), so a label beside an unlabelled box carries it.
    auto* consentText = new QLabel(m_consent->text(), this);
    consentText->setObjectName(QStringLiteral("consentText"));
    consentText->setWordWrap(true);
    consentText->setBuddy(m_consent);
    m_consent->setAccessibleName(m_consent->text());
    m_consent->setText(QString());
    // Clicking the long text ticks the box, like a checkbox's own label.
    consentText->installEventFilter(this);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent, 0, Qt::AlignTop);
    consentRow->addWidget(consentText, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    //: Form labels of the case description.
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Clinical &question:"), m_question);
    form->addRow(tr("&History:"), m_history);
    form->addRow(tr("&Findings:"), m_findings);
    form->addRow(tr("&Specialty:"), m_specialty);
    form->addRow(tr("T&ags:"), m_tags);
    auto* required = new QLabel(tr("A title and the consent attestation are required."), this);
    required->setObjectName(QStringLiteral("requiredNote"));
    required->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(10);
    layout->addLayout(consentRow);
    layout->addWidget(required);
    layout->addStretch(1);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, &m_session, &ComposeSession::save);
    const auto edited = [this] {
        if (m_loading)
            return;
        store();
        m_saveTimer->start();
        Q_EMIT completeChanged();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_question, &QPlainTextEdit::textChanged, this, edited);
    connect(m_history, &QPlainTextEdit::textChanged, this, edited);
    connect(m_findings, &QPlainTextEdit::textChanged, this, edited);
    connect(m_specialty, &QComboBox::currentTextChanged, this, edited);
    connect(m_tags, &QLineEdit::textChanged, this, edited);
    connect(m_consent, &QCheckBox::toggled, this, edited);
}

bool DescribePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched->objectName() == QLatin1String("consentText") && event->type() == QEvent::MouseButtonRelease)
        m_consent->toggle();
    return QWizardPage::eventFilter(watched, event);
}

bool DescribePage::validatePage()
{
    if (!isComplete())
        return false;
    // The wizard saves the draft on every page change; a typing autosave still pending would
    // only save it again later, possibly after the case was published.
    m_saveTimer->stop();
    return true;
}

void DescribePage::cleanupPage()
{
    // Back keeps what was typed (QWizard would reset the fields); the page change saves it.
    m_saveTimer->stop();
}

void DescribePage::initializePage()
{
    const ComposeDraft& draft = m_session.draft();
    m_loading = true;
    m_title->setText(draft.title);
    m_question->setPlainText(draft.clinicalQuestion);
    m_history->setPlainText(draft.history);
    m_findings->setPlainText(draft.findings);
    m_specialty->setCurrentText(draft.specialty);
    m_tags->setText(draft.tags.join(QStringLiteral(", ")));
    m_consent->setChecked(draft.consent);
    m_loading = false;
    m_title->setFocus();
}

void DescribePage::store()
{
    ComposeDraft& draft = m_session.draft();
    draft.title = m_title->text();
    draft.clinicalQuestion = m_question->toPlainText();
    draft.history = m_history->toPlainText();
    draft.findings = m_findings->toPlainText();
    draft.specialty = m_specialty->currentText().trimmed();
    QStringList tags;
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString normalised = cases::normaliseTag(tag);
        if (!normalised.isEmpty() && !tags.contains(normalised))
            tags.append(normalised);
    }
    draft.tags = tags;
    draft.consent = m_consent->isChecked();
}

bool DescribePage::isComplete() const
{
    return !m_title->text().trimmed().isEmpty() && m_consent->isChecked();
}

} // namespace consilium::ui
