#pragma once

#include <QString>

namespace consilium::ui {

/// Light or dark, or whatever the desktop uses. Reading rooms are dark, offices are bright:
/// radiologists switch, so the choice is a setting (appearance/theme), applied at once.
enum class Theme { System, Light, Dark };

/// The stored choice ("system", "light", "dark" in QSettings appearance/theme).
[[nodiscard]] Theme savedTheme();
void saveTheme(Theme theme);

/// Applies `theme` to the running application. Light and Dark use the Fusion style with a
/// fixed palette, the one style that draws the same on every platform; System restores the
/// style and palette the application started with.
void applyTheme(Theme theme);

/// The language chosen in settings (appearance/language: "en", "fr", "es", "de"), or empty
/// for the system's. Read once at start; a change applies the next time Consilium starts.
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString& language);

} // namespace consilium::ui
