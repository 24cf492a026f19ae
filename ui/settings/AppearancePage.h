#pragma once

#include <QWidget>

class QComboBox;

namespace consilium::ui {

/// Settings › Appearance: light or dark (applied at once) and the language (from the next
/// start: every open window would otherwise have to rebuild its texts).
class AppearancePage : public QWidget {
    Q_OBJECT

public:
    explicit AppearancePage(QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* themeBox() const { return m_theme; }
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace consilium::ui
