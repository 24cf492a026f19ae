#pragma once

#include <QLocale>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace consilium::ui {

/// The translators of the running application: Consilium's own catalogue (consilium_<lang>.qm,
/// built from translations/) and Qt's (qtbase_<lang>.qm: standard buttons, About Qt, context
/// menus). Installs them on the application and removes them again when destroyed, so main()
/// keeps one for the life of the process and tests can switch languages and back.
/// GUI thread only.
class Translators
{
public:
    Translators();
    ~Translators();
    Translators(const Translators&) = delete;
    Translators& operator=(const Translators&) = delete;

    /// The folders searched for consilium_<lang>.qm, in order: share/consilium/translations
    /// beside the executable's folder (both the installed layout and the build tree's), then
    /// consilium/translations in the XDG data folders.
    static QStringList defaultSearchPaths();

    /// Installs the translations for `locale` (its uiLanguages() in order, so "fr_CA" falls
    /// back to "fr"). Returns false when Consilium has no translation for a non-English locale;
    /// the interface then stays in English, its source language. English (and the C locale) loads
    /// consilium_en.qm, which holds only plural forms ("1 case", "2 cases").
    bool install(const QLocale& locale, const QStringList& searchPaths = defaultSearchPaths());

    /// Removes every translator this object installed.
    void clear();

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace consilium::ui
