#include "ui/settings/AppearancePage.h"

#include "ui/common/Theme.h"

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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addStretch(1);
}

} // namespace consilium::ui
