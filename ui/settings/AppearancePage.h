#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace consilium::ui {

/// Settings › Appearance: light or dark (applied at once), the language (from the next start:
/// every open window would otherwise have to rebuild its texts) and notifications of new cases
/// and comments (applied at once).
class AppearancePage : public QWidget {
    Q_OBJECT

public:
    explicit AppearancePage(QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* themeBox() const { return m_theme; }
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QCheckBox* notificationsBox() const { return m_notifications; }

private:
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_notifications = nullptr;
};

} // namespace consilium::ui
