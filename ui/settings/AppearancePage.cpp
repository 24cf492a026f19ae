#include "ui/settings/AppearancePage.h"

#include "ui/common/Theme.h"
#include "ui/settings/UserSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

AppearancePage::AppearancePage(QWidget* parent)
    : QWidget(parent)
{
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("As the system"), static_cast<int>(Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(savedTheme())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const auto theme = static_cast<Theme>(m_theme->currentData().toInt());
        saveTheme(theme);
        applyTheme(theme);
    });

    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name: whoever cannot read the current one can still find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    auto* languageNote = new QLabel(tr("The language changes the next time Consilium starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { saveLanguage(m_language->currentData().toString()); });

    auto* group = new QGroupBox(tr("Appearance"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(languageNote);

    m_notifications = new QCheckBox(tr("&Notify me of new cases and comments"), this);
    m_notifications->setObjectName(QStringLiteral("notificationsBox"));
    m_notifications->setChecked(settings::notificationsEnabled());
    m_notifications->setToolTip(tr("When the window is in the background: a message from the system tray and the "
                                   "number of new items in the window title"));
    connect(m_notifications, &QCheckBox::toggled, this, [](bool on) { settings::setNotificationsEnabled(on); });
    auto* notificationsNote = new QLabel(tr("The number of unread cases beside Feed is shown either way."), this);
    notificationsNote->setWordWrap(true);
    notificationsNote->setForegroundRole(QPalette::PlaceholderText);
    auto* notifications = new QGroupBox(tr("Notifications"), this);
    auto* notificationsLayout = new QVBoxLayout(notifications);
    notificationsLayout->addWidget(m_notifications);
    notificationsLayout->addWidget(notificationsNote);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addWidget(notifications);
    layout->addStretch(1);
}

} // namespace consilium::ui
