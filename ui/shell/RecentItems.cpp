#include "ui/shell/RecentItems.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace consilium::ui {

namespace {

QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                     QCoreApplication::applicationName());
}

} // namespace

RecentItems::RecentItems(const QString& profileName)
    : m_key(QStringLiteral("profiles/%1/recentItems").arg(profileName))
{
}

QStringList RecentItems::paths() const
{
    return settings().value(m_key).toStringList().mid(0, kMaximum);
}

void RecentItems::addOpened(const QStringList& opened)
{
    QStringList added;
    for (const QString& path : opened)
        added << QFileInfo(path).absoluteFilePath();
    if (added.size() > 1) {
        const QString folder = QFileInfo(added.first()).absolutePath();
        const bool oneFolder = std::all_of(added.cbegin(), added.cend(), [&](const QString& path) {
            return QFileInfo(path).isFile() && QFileInfo(path).absolutePath() == folder;
        });
        if (oneFolder)
            added = QStringList{folder};
    }
    QStringList list = paths();
    for (auto it = added.crbegin(); it != added.crend(); ++it) {
        list.removeAll(*it);
        list.prepend(*it);
    }
    store(list.mid(0, kMaximum));
}

QStringList RecentItems::pruneMissing()
{
    QStringList kept;
    QStringList missing;
    for (const QString& path : paths())
        (QFileInfo::exists(path) ? kept : missing) << path;
    if (!missing.isEmpty())
        store(kept);
    return missing;
}

void RecentItems::clear()
{
    store({});
}

void RecentItems::store(const QStringList& paths)
{
    QSettings s = settings();
    s.setValue(m_key, paths);
}

} // namespace consilium::ui
