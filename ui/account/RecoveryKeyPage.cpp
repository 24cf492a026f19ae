#include "ui/account/RecoveryKeyPage.h"

#include "ui/account/OnboardingStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

namespace {

constexpr int kGroupsPerRow = 7;

} // namespace

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWidget(parent)
{
    m_step = makeOnboardingStep(QString(), this);
    auto* title = makeOnboardingTitle(tr("Your recovery key"), this);
    auto* intro = makeOnboardingText(
        tr("If you forget your passphrase, this key is the only way back into this profile and its cases. "
           "Write it down, print it or save it somewhere safe — away from this computer."),
        this);
    auto* warning = makeOnboardingWarning(
        tr("<b>Shown only once.</b> Consilium keeps no copy it could show you again, and nobody can recover "
           "it for you."),
        this);

    // The key in a framed grid: numbered groups, so the confirmation can ask for "group 5".
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("recoveryKeyFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette framePalette = frame->palette();
    framePalette.setColor(QPalette::Window, framePalette.color(QPalette::Base));
    frame->setPalette(framePalette);
    frame->setAccessibleName(tr("Recovery key"));
    m_grid = frame;
    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);

    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setToolTip(tr("Copy the recovery key to the clipboard, e.g. for a password manager"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save to File…"), this);
    m_save->setToolTip(tr("Save the recovery key as a text file, e.g. on a USB stick you keep safe"));
    m_print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setToolTip(tr("Print the recovery key on paper"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addWidget(m_print);
    actions->addStretch(1);

    m_stored = new QCheckBox(tr("I have stored my recovery key in a safe place"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continue = new QPushButton(tr("Continue"), this);
    m_continue->setDefault(true);
    m_continue->setEnabled(false);
    m_continue->setToolTip(tr("Confirm the recovery key by typing two of its groups"));

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(m_step);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addSpacing(10);
    layout->addWidget(frame);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addSpacing(10);
    layout->addWidget(warning);
    layout->addSpacing(6);
    layout->addWidget(m_stored);
    layout->addWidget(m_status);
    layout->addWidget(m_continue, 0, Qt::AlignRight);
    centreOnboardingColumn(this, column);

    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryKeyPage::continued);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(keyText());
        showStatus(tr("Copied. Paste it into your password manager, then clear the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Recovery Key"), QStringLiteral("consilium-recovery-key.txt"), tr("Text files (*.txt)"));
        if (!path.isEmpty())
            saveTo(path);
    });
    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
}

void RecoveryKeyPage::setGroups(const QStringList& groups)
{
    m_groups = groups;
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    qDeleteAll(m_groupLabels);
    m_groupLabels.clear();
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.45);
    keyFont.setBold(true);
    QFont numberFont = font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 0.75);
    QPalette numberPalette = palette();
    numberPalette.setColor(QPalette::WindowText, numberPalette.color(QPalette::PlaceholderText));
    for (int i = 0; i < groups.size(); ++i) {
        const int row = (i / kGroupsPerRow) * 2;
        const int column = i % kGroupsPerRow;
        auto* number = new QLabel(QString::number(i + 1), m_grid);
        number->setFont(numberFont);
        number->setPalette(numberPalette);
        number->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        if (row > 0)
            number->setContentsMargins(0, 10, 0, 0); // the rows apart, each number by its group
        auto* group = new QLabel(groups[i], m_grid);
        group->setFont(keyFont);
        group->setAlignment(Qt::AlignHCenter);
        group->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(number, row, column);
        grid->addWidget(group, row + 1, column);
        m_groupLabels << number << group;
    }
    m_stored->setChecked(false);
    m_status->clear();
}

QString RecoveryKeyPage::keyText() const
{
    return m_groups.join(QLatin1Char('-'));
}

QString RecoveryKeyPage::printableText() const
{
    return tr("Consilium recovery key") + QStringLiteral("\n\n") + keyText() + QStringLiteral("\n\n")
           + tr("This key opens your Consilium profile if you forget its passphrase. Keep it somewhere safe, away "
                "from the computer; anyone who has it and this computer's files can read your cases.")
           + QLatin1Char('\n');
}

bool RecoveryKeyPage::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        //: %1 is the system's reason.
        showOnboardingError(m_status, tr("The key could not be saved: %1").arg(file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(printableText().toUtf8());
    if (!file.commit()) {
        showOnboardingError(m_status, tr("The key could not be saved: %1").arg(file.errorString()));
        return false;
    }
    //: %1 is the file's path.
    showStatus(tr("Saved to %1. Move it off this computer.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RecoveryKeyPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Recovery Key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(14);
    document.setDefaultFont(font);
    document.setPlainText(printableText());
    document.print(&printer);
    showStatus(tr("Sent to the printer."));
}

void RecoveryKeyPage::setStep(int step, int steps)
{
    //: Onboarding progress above the page title.
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
}

void RecoveryKeyPage::showStatus(const QString& text)
{
    showOnboardingError(m_status, {});
    m_status->setText(text);
    m_status->setMinimumHeight(std::max(0, m_status->heightForWidth(kOnboardingColumnWidth - 24)));
}

QString RecoveryKeyPage::statusText() const
{
    return m_status->text();
}

} // namespace consilium::ui
