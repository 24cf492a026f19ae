#include "ui/settings/SyncPage.h"

#include "ui/settings/UserSettings.h"
#include "ui/sync/SyncController.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

} // namespace

SyncPage::SyncPage(QWidget* parent)
    : QWidget(parent)
{
    // Relay.
    m_relay = new QLineEdit(this);
    m_relay->setPlaceholderText(QStringLiteral("https://relay.example.org"));
    m_relay->setAccessibleName(tr("Relay address"));
    m_applyRelay = new QPushButton(tr("&Use This Relay"), this);
    m_applyRelay->setToolTip(tr("Store this relay in the profile and sync with it now"));
    m_relayStatus = new QLabel(this);
    m_relayStatus->setWordWrap(true);
    auto* relayRow = new QHBoxLayout;
    relayRow->addWidget(m_relay, 1);
    relayRow->addWidget(m_applyRelay);
    auto* relay = new QGroupBox(tr("Relay"), this);
    auto* relayLayout = new QVBoxLayout(relay);
    relayLayout->addWidget(explanation(tr("The relay forwards this profile's encrypted cases and comments; it never "
                                          "sees their content. Your colleagues must use the same relay."),
                                       relay));
    relayLayout->addLayout(relayRow);
    relayLayout->addWidget(m_relayStatus);
    connect(m_applyRelay, &QPushButton::clicked, this, &SyncPage::applyRelay);
    connect(m_relay, &QLineEdit::returnPressed, this, &SyncPage::applyRelay);

    // Offline cache.
    m_cacheWarning = new QSpinBox(this);
    m_cacheWarning->setRange(0, settings::kMaximumCacheWarningGiB);
    m_cacheWarning->setSpecialValueText(tr("Never"));
    //: Unit after the cache size limit (gibibytes).
    m_cacheWarning->setSuffix(tr(" GB"));
    m_cacheWarning->setValue(settings::cacheWarningGiB());
    m_cacheWarning->setAccessibleName(tr("Cache size limit"));
    m_cacheStatus = new QLabel(this);
    m_cacheStatus->setWordWrap(true);
    m_pinNewCases = new QCheckBox(tr("&Keep new cases offline as they arrive"), this);
    m_pinNewCases->setToolTip(tr("Ticks “Keep offline” on every case received from now on"));
    auto* cache = new QGroupBox(tr("Offline Cache"), this);
    auto* cacheForm = new QFormLayout(cache);
    cacheForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    cacheForm->addRow(m_cacheStatus);
    cacheForm->addRow(tr("&Warn when larger than:"), m_cacheWarning);
    cacheForm->addRow(m_pinNewCases);
    cacheForm->addRow(explanation(tr("Images and layers of the cases you received stay on this computer, encrypted, "
                                     "so they open offline. Nothing is deleted for you: when the cache passes this "
                                     "size, this page says so."),
                                  cache));
    connect(m_pinNewCases, &QCheckBox::toggled, this, [this](bool pin) {
        if (!m_sync)
            return;
        m_sync->setPinsNewCases(pin, this, [this](Result<void> done) {
            if (!done)
                m_cacheStatus->setText(tr("The setting was not saved: %1").arg(done.error().message));
        });
    });
    connect(m_cacheWarning, &QSpinBox::valueChanged, this, [this](int gib) {
        settings::setCacheWarningGiB(gib);
        showCacheState();
    });

    // Keychain: one place for it, the Security page.
    auto* keychain = new QGroupBox(tr("System Keychain"), this);
    auto* keychainLayout = new QVBoxLayout(keychain);
    keychainLayout->addWidget(explanation(
        tr("Whether the system keychain may open this profile without its passphrase is set on the Security page."),
        keychain));
    auto* openSecurity = new QPushButton(tr("Open &Security Settings"), keychain);
    connect(openSecurity, &QPushButton::clicked, this, &SyncPage::securityPageRequested);
    keychainLayout->addWidget(openSecurity, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(relay);
    layout->addWidget(cache);
    layout->addWidget(keychain);
    layout->addStretch(1);
    setSyncController(nullptr);
}

void SyncPage::setSyncController(SyncController* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncController::statusChanged, this, &SyncPage::showRelayState);
    m_relay->setText(m_sync ? m_sync->relay() : QString());
    m_pinNewCases->setEnabled(false);
    if (m_sync) {
        // The profile remembers it; the box follows once read.
        m_sync->pinsNewCases(this, [this](Result<bool> pin) {
            const QSignalBlocker blocker(m_pinNewCases);
            m_pinNewCases->setChecked(pin.value_or(false));
            m_pinNewCases->setEnabled(pin.has_value() && m_sync);
        });
    }
    showRelayState();
    refreshCache();
}

void SyncPage::showRelayState()
{
    const bool open = m_sync != nullptr;
    m_relay->setEnabled(open);
    m_applyRelay->setEnabled(open);
    if (!open) {
        m_relayStatus->setText(tr("Unlock a profile to see and change its relay."));
        return;
    }
    if (m_relay->text().isEmpty() && !m_relay->hasFocus())
        m_relay->setText(m_sync->relay());
    switch (m_sync->state()) {
    case SyncState::NotConfigured:
        m_relayStatus->setText(m_sync->lastError().isEmpty()
                                   ? tr("This profile does not sync yet.")
                                   : tr("This profile does not sync: %1").arg(m_sync->lastError()));
        break;
    case SyncState::Syncing:
        m_relayStatus->setText(tr("Syncing with %1…").arg(m_sync->relay()));
        break;
    case SyncState::Online:
        m_relayStatus->setText(tr("Online: in sync with %1.").arg(m_sync->relay()));
        break;
    case SyncState::Offline:
        m_relayStatus->setText(tr("Cannot reach %1: %2").arg(m_sync->relay(), m_sync->lastError()));
        break;
    }
}

void SyncPage::applyRelay()
{
    if (!m_sync)
        return;
    const QUrl url(m_relay->text().trimmed(), QUrl::StrictMode);
    if (auto ok = m_sync->setRelay(url); !ok) {
        m_relayStatus->setText(ok.error().message);
        return;
    }
    m_relayStatus->setText(tr("Connecting to %1…").arg(url.toString()));
}

void SyncPage::refreshCache()
{
    if (!m_sync) {
        m_cacheBytes = -1;
        showCacheState();
        return;
    }
    m_sync->cacheSize(this, [this](Result<qint64> bytes) {
        m_cacheBytes = bytes ? *bytes : -1;
        showCacheState();
    });
}

void SyncPage::showCacheState()
{
    if (m_cacheBytes < 0) {
        m_cacheStatus->setText(m_sync ? tr("The cache size is not known.") : tr("No profile is open."));
        return;
    }
    const QString size = QLocale().formattedDataSize(m_cacheBytes);
    const int limit = m_cacheWarning->value();
    if (limit > 0 && m_cacheBytes > limit * kGiB) {
        //: %1 the cache size (e.g. "12.3 GB"), %2 the limit in GB.
        m_cacheStatus->setText(tr("⚠ The encrypted cache holds %1, more than the %2 GB you set. Unpin cases you no "
                                  "longer need offline.")
                                   .arg(size)
                                   .arg(limit));
    } else {
        m_cacheStatus->setText(tr("The encrypted cache holds %1.").arg(size));
    }
}

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshCache();
}

} // namespace consilium::ui
