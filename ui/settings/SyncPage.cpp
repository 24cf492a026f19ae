#include "ui/settings/SyncPage.h"

#include "ui/settings/UserSettings.h"
#include "ui/sync/SyncController.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
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

constexpr qint64 kMiB = qint64(1024) * 1024;

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
    m_cacheLimit = new QDoubleSpinBox(this);
    m_cacheLimit->setRange(0, double(settings::kMaximumCacheLimitMiB) / 1024);
    m_cacheLimit->setDecimals(1); // 0.1 GB steps: a small laptop disk can keep 1.5 GB
    m_cacheLimit->setSingleStep(0.5);
    // A lower limit evicts at once, so typing "15" must not pass through a 1 GB limit on the way.
    m_cacheLimit->setKeyboardTracking(false);
    //: The cache size limit's value 0: the cache may grow without limit.
    m_cacheLimit->setSpecialValueText(tr("No limit"));
    //: Unit after the cache size limit (gibibytes).
    m_cacheLimit->setSuffix(tr(" GB"));
    m_cacheLimit->setValue(double(settings::cacheLimitMiB()) / 1024);
    m_cacheLimit->setAccessibleName(tr("Cache size limit"));
    m_cacheStatus = new QLabel(this);
    m_cacheStatus->setWordWrap(true);
    m_cacheStatus->setObjectName(QStringLiteral("cacheStatus"));
    m_pinNewCases = new QCheckBox(tr("&Keep new cases offline as they arrive"), this);
    m_pinNewCases->setToolTip(tr("Ticks “Keep offline” on every case received from now on"));
    auto* cache = new QGroupBox(tr("Offline Cache"), this);
    auto* cacheForm = new QFormLayout(cache);
    cacheForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    cacheForm->addRow(m_cacheStatus);
    cacheForm->addRow(tr("Cache size &limit:"), m_cacheLimit);
    cacheForm->addRow(m_pinNewCases);
    cacheForm->addRow(explanation(tr("Images and layers of your cases stay on this computer, encrypted, so they open "
                                     "offline. Past the limit, the images of the cases you opened least recently are "
                                     "removed and downloaded again from the relay when you open them. Cases kept "
                                     "offline, the case on screen and cases still being sent are never removed."),
                                  cache));
    connect(m_pinNewCases, &QCheckBox::toggled, this, [this](bool pin) {
        if (!m_sync)
            return;
        m_sync->setPinsNewCases(pin, this, [this](Result<void> done) {
            if (!done)
                m_cacheStatus->setText(tr("The setting was not saved: %1").arg(done.error().message));
        });
    });
    connect(m_cacheLimit, &QDoubleSpinBox::valueChanged, this, [this](double gib) {
        settings::setCacheLimitMiB(qRound64(gib * 1024));
        if (!m_sync)
            return showCacheState();
        m_sync->setCacheLimit(settings::cacheLimitBytes()); // a lower limit is enforced at once
        refreshCache(); // read after the eviction pass (the store thread runs them in order)
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
    if (m_sync) {
        connect(m_sync, &SyncController::statusChanged, this, &SyncPage::showRelayState);
        connect(m_sync, &SyncController::cacheChanged, this, &SyncPage::refreshCache);
    }
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
    m_relayStatus->setToolTip({});
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
        if (m_sync->relayUnreachable()) {
            m_relayStatus->setText(
                tr("Cannot reach %1. Check the network connection; sync resumes by itself.").arg(m_sync->relay()));
            m_relayStatus->setToolTip(m_sync->lastError()); // the network's exact words
        } else {
            //: %1 is the relay's address, %2 its exact error.
            m_relayStatus->setText(tr("Not in sync with %1: %2").arg(m_sync->relay(), m_sync->lastError()));
        }
        break;
    case SyncState::Removed:
        //: %1 is the relay's address.
        m_relayStatus->setText(tr("%1 no longer accepts this computer: it was removed from your devices on another "
                                  "of your computers. Cases already here stay readable.")
                                   .arg(m_sync->relay()));
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
        m_usage.reset();
        showCacheState();
        return;
    }
    m_sync->cacheUsage(this, [this](Result<store::CacheUsage> usage) {
        m_usage = usage ? std::optional(*usage) : std::nullopt;
        showCacheState();
    });
}

void SyncPage::showCacheState()
{
    if (!m_usage) {
        m_cacheStatus->setText(m_sync ? tr("The cache size is not known.") : tr("No profile is open."));
        return;
    }
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    const qint64 limit = qRound64(m_cacheLimit->value() * 1024) * kMiB;
    QStringList lines;
    if (limit > 0) {
        //: Settings › Sync, e.g. "The encrypted cache holds 1.2 GB of 2 GB, 340 MB pinned."
        lines << tr("The encrypted cache holds %1 of %2, %3 pinned.")
                     .arg(size(m_usage->cachedBytes),
                          locale.toString(m_cacheLimit->value(), 'f', QLocale::FloatingPointShortest)
                              + m_cacheLimit->suffix(),
                          size(m_usage->pinnedBytes));
    } else {
        //: Settings › Sync without a limit, e.g. "The encrypted cache holds 1.2 GB, 340 MB pinned."
        lines << tr("The encrypted cache holds %1, %2 pinned.")
                     .arg(size(m_usage->cachedBytes), size(m_usage->pinnedBytes));
    }
    if (m_usage->evictedCases > 0) {
        lines << tr("The images of %n case(s) (%1) were removed to respect the limit; they are downloaded again "
                    "when opened.",
                    nullptr, m_usage->evictedCases)
                     .arg(size(m_usage->evictedBytes));
    }
    if (limit > 0 && m_usage->cachedBytes > limit) {
        lines << tr("⚠ Cases kept offline and cases being sent take more than the limit and are never removed: "
                    "stop keeping offline the cases you no longer need.");
    }
    m_cacheStatus->setText(lines.join(u'\n'));
}

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshCache();
}

} // namespace consilium::ui
