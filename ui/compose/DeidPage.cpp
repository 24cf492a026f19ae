#include "ui/compose/DeidPage.h"

#include "core/deid/DeidProfile.h"
#include "ui/compose/ComposeSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

DeidPage::DeidPage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_profile(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_report(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("deidPage"));
    //: Title of the publish wizard's de-identification step.
    setTitle(tr("De-identify"));
    setSubTitle(tr("Patient information is removed from the headers and burned-in text is found by OCR "
                   "and blacked out. Check the report before you continue."));
    m_profile->setObjectName(QStringLiteral("profileSummary"));
    m_profile->setWordWrap(true);
    m_profile->setTextFormat(Qt::RichText);
    QStringList options;
    for (const QString& option : deid::DeidProfile::defaults().enabledOptionTitles())
        options.append(QStringLiteral("<li>%1</li>").arg(option.toHtmlEscaped()));
    //: Heading of the de-identification profile summary; the options follow as a list.
    m_profile->setText(QStringLiteral("<b>%1</b><ul style=\"margin-top:2px\">%2<li>%3</li></ul>")
                           .arg(tr("Profile: DICOM PS3.15 Annex E Basic Application Level Confidentiality, with"),
                                options.join(QString()), tr("Burned-in text found by OCR is blacked out")));
    m_progress->setObjectName(QStringLiteral("deidProgress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("deidStatus"));
    m_status->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("deidReport"));
    //: Accessible name of the de-identification report.
    m_report->setAccessibleName(tr("De-identification report"));
    //: Column headers of the de-identification report.
    m_report->setHeaderLabels({tr("Image"), tr("Removed"), tr("Replaced"), tr("Text regions"), tr("Residual risks")});
    m_report->setAlternatingRowColors(true);
    m_report->header()->setStretchLastSection(false);
    m_report->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_report->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_profile);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);

    connect(&m_session, &ComposeSession::deidProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        //: Progress of the de-identification; %1 done, %2 in all.
        m_status->setText(tr("De-identifying %1 of %2…").arg(done).arg(total));
    });
    connect(&m_session, &ComposeSession::deidFinished, this, [this] {
        showReport();
        Q_EMIT completeChanged();
    });
}

void DeidPage::initializePage()
{
    m_report->clear();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Preparing…"));
    m_session.deidentify();
}

void DeidPage::showReport()
{
    if (m_session.isDeidentifying())
        return;
    m_report->clear();
    m_progress->hide();
    int failed = 0;
    int regions = 0;
    int risks = 0;
    QStyle* s = style();
    for (const DraftImage& image : m_session.draft().images) {
        const deid::InputOutcome* outcome = m_session.outcome(image.path);
        auto* row = new QTreeWidgetItem(m_report);
        row->setText(0, image.label);
        row->setToolTip(0, image.path);
        if (!outcome || !outcome->report) {
            ++failed;
            row->setIcon(0, s->standardIcon(QStyle::SP_MessageBoxCritical));
            const QString why = outcome ? outcome->report.error().message : tr("Not de-identified.");
            auto* detail = new QTreeWidgetItem(row, {why});
            detail->setFirstColumnSpanned(true);
            row->setExpanded(true);
            continue;
        }
        const deid::DeidFileReport& report = *outcome->report;
        const QStringList fileRisks = report.redaction.notes + report.risks;
        row->setIcon(
            0, s->standardIcon(fileRisks.isEmpty() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        const bool photo = report.summary.visited == 0;
        row->setText(1, photo ? tr("all metadata") : QString::number(report.summary.removed + report.summary.emptied));
        row->setText(2, photo ? QStringLiteral("—") : QString::number(report.summary.replaced));
        row->setText(3, QString::number(report.redaction.regions.size()));
        row->setText(4, QString::number(fileRisks.size()));
        regions += int(report.redaction.regions.size());
        risks += int(fileRisks.size());
        // Details: every attribute that was not kept, with the rule that decided it; then risks.
        for (const deid::AttributeRecord& record : report.attributes) {
            if (record.outcome == QLatin1String("kept"))
                continue;
            const QString name = record.keyword.isEmpty() ? record.path.toString() : record.keyword;
            //: One attribute in the de-identification report: %1 its name, %2 what was done, %3 the rule.
            auto* attribute = new QTreeWidgetItem(row, {tr("%1: %2 (%3)").arg(name, record.outcome, record.rule)});
            attribute->setFirstColumnSpanned(true);
        }
        for (const QString& risk : fileRisks) {
            //: A residual risk in the de-identification report.
            auto* item = new QTreeWidgetItem(row, {tr("Residual risk: %1").arg(risk)});
            item->setIcon(0, s->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setFirstColumnSpanned(true);
        }
    }
    if (failed > 0) {
        //: %n files could not be de-identified.
        m_status->setText(
            tr("%n image(s) could not be de-identified. Go back and untick them to continue.", nullptr, failed));
    } else {
        // Three counts, each with its own plural form.
        //: Summary after de-identification, first part.
        const QString images = tr("%n image(s) de-identified", nullptr, int(m_session.draft().images.size()));
        //: Summary after de-identification, second part.
        const QString blacked = tr("%n text region(s) blacked out", nullptr, regions);
        //: Summary after de-identification, third part.
        const QString toCheck = tr("%n residual risk(s) to check", nullptr, risks);
        //: Summary after de-identification: %1 images, %2 text regions, %3 residual risks.
        m_status->setText(tr("%1 · %2 · %3 (expand a row for details)").arg(images, blacked, toCheck));
    }
}

bool DeidPage::isComplete() const
{
    return m_session.allDeidentified();
}

} // namespace consilium::ui
