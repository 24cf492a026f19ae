#include "ui/account/UnlockPage.h"

#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoSeeder.h" // the demo passphrase constant only
#include "ui/account/PassphraseField.h"
#include "ui/account/ProfileController.h"
#include "ui/common/IconView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace consilium::ui {

UnlockPage::UnlockPage(ProfileController& controller, const QString& profileName, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto* icon = new IconView(48, this);
    icon->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    icon->setTint(palette().color(QPalette::WindowText));

    auto* title = new QLabel(tr("Unlock “%1”").arg(profileName), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    QString hintText = tr("Enter the passphrase that protects this profile's encrypted cases.");
    if (controller.isDemoProfile())
        hintText += QLatin1Char('\n')
                    + tr("This demo profile holds synthetic cases only; its passphrase is “%1”.")
                          .arg(QLatin1String(demo::kDemoPassphrase));
    auto* hint = new QLabel(hintText, this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter);
    // A wrapped label in an aligned (not stretched) column gets no height-for-width from the
    // layout; reserve the height its lines need at the column's width, or the last line is cut.
    constexpr int kColumnWidth = 440;
    hint->setMinimumHeight(hint->heightForWidth(kColumnWidth - 20));

    m_passphrase = createPassphraseField(this);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setDefault(true);
    m_unlock->setToolTip(tr("Open the encrypted profile (Enter)"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);

    m_remember = new QCheckBox(tr("Remember on this computer"), this);
    m_remember->setToolTip(tr("Keep this profile's key in the system keychain, so it opens without the passphrase "
                              "when you are logged in to this computer. Only on a computer nobody else uses."));
    m_keychain = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-password")), tr("Use System Keychain"), this);
    m_keychain->setToolTip(tr("Open the profile with the key kept in the system keychain"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignHCenter);
    m_recovery = new QPushButton(tr("Forgot passphrase? Use recovery key"), this);
    m_recovery->setFlat(true);
    m_recovery->setCursor(Qt::PointingHandCursor);
    m_recovery->setToolTip(tr("Open this profile with the recovery key shown when it was created, and choose a "
                              "new passphrase"));
    QPalette linkPalette = m_recovery->palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    m_recovery->setPalette(linkPalette);

    auto* column = new QWidget(this);
    column->setFixedWidth(kColumnWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon, 0, Qt::AlignHCenter);
    columnLayout->addWidget(title);
    columnLayout->addWidget(hint);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(row);
    columnLayout->addWidget(m_remember);
    columnLayout->addWidget(m_keychain, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_status);
    columnLayout->addWidget(m_recovery, 0, Qt::AlignHCenter);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &UnlockPage::updateState);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_recovery, &QPushButton::clicked, this, &UnlockPage::recoveryRequested);
    connect(m_keychain, &QPushButton::clicked, this, [this] {
        m_failure.clear();
        m_controller.unlockWithKeychain();
    });
    connect(&m_controller, &ProfileController::keychainFailed, this, [this](const QString& message) {
        //: %1 is the system's reason, in English (e.g. "no system keychain is available (...)").
        m_failure = tr("The system keychain did not open this profile: %1. Enter the passphrase.").arg(message);
        updateState();
    });
    connect(&m_controller, &ProfileController::keychainChanged, this, &UnlockPage::updateState);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockPage::updateState);
    connect(&m_controller, &ProfileController::busyChanged, this, &UnlockPage::updateState);
    connect(&m_controller, &ProfileController::failed, this, [this](const QString& message, qint64 retryAfterMs) {
        m_failure = message;
        m_passphrase->clear();
        if (retryAfterMs > 0)
            m_countdown->start();
        updateState();
    });
    updateState();
}

QString UnlockPage::statusText() const
{
    return m_status->text();
}

void UnlockPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // A back-off from an earlier session still applies.
    if (m_controller.retryAfter().count() > 0)
        m_countdown->start();
    updateState();
    m_passphrase->setFocus();
    // Only the first time: after a lock, opening again must be the user's act.
    const bool firstShow = !m_shownBefore;
    m_shownBefore = true;
    if (firstShow && m_controller.usesKeychain() && !m_controller.isBusy())
        m_controller.unlockWithKeychain();
}

void UnlockPage::submit()
{
    if (!m_unlock->isEnabled())
        return;
    m_failure.clear();
    crypto::SecretBytes passphrase = crypto::SecretBytes::fromUtf8(m_passphrase->text());
    m_passphrase->clear();
    m_controller.unlock(std::move(passphrase), m_remember->isVisible() && m_remember->isChecked());
}

void UnlockPage::updateState()
{
    const bool busy = m_controller.isBusy();
    const auto wait = m_controller.retryAfter();
    const bool waiting = wait.count() > 0;
    if (!waiting)
        m_countdown->stop();

    QString status;
    if (busy)
        status = tr("Unlocking…");
    else if (waiting)
        status = (m_failure.isEmpty() ? QString() : m_failure + QLatin1Char('\n'))
                 + tr("Too many wrong passphrases: try again in %1 s.")
                       .arg(static_cast<int>(std::ceil(static_cast<double>(wait.count()) / 1000.0)));
    else
        status = m_failure;
    m_status->setText(status);
    // Refusals in the theme's error colour (a readable red in light and dark palettes).
    QPalette statusPalette = palette();
    if (!m_failure.isEmpty() || waiting)
        statusPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(statusPalette);

    const bool keychain = m_controller.usesKeychain();
    m_remember->setVisible(!keychain);
    m_keychain->setVisible(keychain);
    m_keychain->setEnabled(!busy);
    m_recovery->setVisible(m_controller.hasRecovery());
    m_recovery->setEnabled(!busy);
    m_passphrase->setEnabled(!busy && !waiting);
    m_unlock->setEnabled(!busy && !waiting && !m_passphrase->text().isEmpty());
    if (!busy && !waiting && isVisible() && !m_passphrase->hasFocus())
        m_passphrase->setFocus();
}

} // namespace consilium::ui
