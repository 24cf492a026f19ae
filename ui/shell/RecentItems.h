#pragma once

#include <QStringList>

namespace consilium::ui {

/// File › Open Recent: the files and folders a profile opened last, newest first, at most
/// kMaximum, kept in the user's settings (INI format, so QSettings::setPath can move it for
/// tests) under the profile's own key. Not thread-safe; GUI thread.
class RecentItems {
public:
    static constexpr int kMaximum = 10;

    explicit RecentItems(const QString& profileName);

    /// The stored list, newest first.
    [[nodiscard]] QStringList paths() const;
    /// Records what the user opened: one path as it is; several files of one folder as that
    /// folder (reopening shows the same series); otherwise each path. Moves existing entries to
    /// the front and drops the oldest beyond kMaximum.
    void addOpened(const QStringList& opened);
    /// Removes the entries that no longer exist and returns them.
    QStringList pruneMissing();
    void clear();

private:
    void store(const QStringList& paths);

    QString m_key;
};

} // namespace consilium::ui
