#include "ui/common/Translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace consilium::ui {

Translators::Translators() = default;

Translators::~Translators()
{
    clear();
}

QStringList Translators::defaultSearchPaths()
{
    // Relative to the executable first: the package installs bin/ and share/ side by side, and
    // the build tree mirrors that layout (translations/CMakeLists.txt), so an uninstalled build
    // and a relocated install both find their own catalogues before any system-wide copy.
    QStringList paths{QDir(QCoreApplication::applicationDirPath())
                          .absoluteFilePath(QStringLiteral("../share/consilium/translations"))};
    paths += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                       QStringLiteral("consilium/translations"),
                                       QStandardPaths::LocateDirectory);
    paths.removeDuplicates();
    return paths;
}

bool Translators::install(const QLocale& locale, const QStringList& searchPaths)
{
    clear();

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get())) {
        m_installed.push_back(std::move(qt));
    }

    // English is the source language: its catalogue holds only the plural forms ("1 case",
    // "2 cases" for "%n case(s)"); without it the source text still reads correctly enough.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const QLocale wanted = english ? QLocale(QLocale::English) : locale;
    for (const QString& dir : searchPaths) {
        auto own = std::make_unique<QTranslator>();
        if (own->load(wanted, QStringLiteral("consilium"), QStringLiteral("_"), dir)
            && QCoreApplication::installTranslator(own.get())) {
            m_installed.push_back(std::move(own));
            return true;
        }
    }
    return english;
}

void Translators::clear()
{
    for (const auto& translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

} // namespace consilium::ui
