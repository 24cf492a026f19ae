#include "ui/settings/SettingsDialog.h"

#include "ui/settings/AppearancePage.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/SyncPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

SettingsDialog::SettingsDialog(const SettingsContext& context, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_security = new SecurityPage(context, this);
    m_appearance = new AppearancePage(this);
    m_sync = new SyncPage(this);
    connect(m_sync, &SyncPage::securityPageRequested, this, [this] { showPage(0); });
    connect(m_security, &SecurityPage::idleLockChanged, this, &SettingsDialog::idleLockChanged);

    m_pages = new QListWidget(this);
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->setIconSize(QSize(24, 24));
    m_pages->setSpacing(2);
    m_stack = new QStackedWidget(this);
    const struct {
        QWidget* page;
        const char* icon;
        QString title;
    } pages[] = {
        {m_security, "security-high", tr("Security")},
        {m_appearance, "preferences-desktop-theme", tr("Appearance")},
        {m_sync, "network-server", tr("Sync")},
    };
    int widest = 0;
    for (const auto& entry : pages) {
        auto* item = new QListWidgetItem(QIcon::fromTheme(QLatin1String(entry.icon)), entry.title, m_pages);
        item->setSizeHint(QSize(0, 36));
        m_stack->addWidget(entry.page);
        widest = std::max(widest, m_pages->fontMetrics().horizontalAdvance(entry.title));
    }
    // As wide as its longest entry (icon, text, margins), no wider: the page is what matters.
    m_pages->setFixedWidth(widest + m_pages->iconSize().width() + 2 * m_pages->frameWidth() + 40);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    showPage(0);
}

void SettingsDialog::setSyncController(SyncController* sync)
{
    m_sync->setSyncController(sync);
}

void SettingsDialog::setStoreHost(store::StoreHost* host)
{
    m_security->setStoreHost(host);
}

void SettingsDialog::showPage(int index)
{
    m_pages->setCurrentRow(index);
}

} // namespace consilium::ui
