#pragma once

#include <QtGlobal>

namespace consilium::ui::settings {

/// Minutes without a key press or click before the open profile locks (QSettings
/// security/idleLockMinutes); 0 turns locking off. Default 15, as a reading-room workstation
/// left alone must not show cases to the next person.
[[nodiscard]] int idleLockMinutes();
void setIdleLockMinutes(int minutes);

/// Whether new cases and comments that arrive while the window is in the background are
/// announced (tray message, "(N)" in the window title; QSettings notifications/enabled, default
/// on). The unread badge in the sidebar shows either way.
[[nodiscard]] bool notificationsEnabled();
void setNotificationsEnabled(bool enabled);

constexpr int kDefaultIdleLockMinutes = 15;
constexpr int kMaximumIdleLockMinutes = 24 * 60;

/// Settings › Sync: the encrypted offline cache's size limit in MiB (QSettings sync/cacheLimitMiB;
/// earlier versions kept whole GiB in sync/cacheLimitGiB, or a size to warn at in
/// sync/cacheWarningGiB, which are read when it is absent); 0 means no limit. Past it, the images
/// of the least recently used cases that the relay can send again are evicted (ui/sync's
/// SyncController, core/store's CacheEviction). MiB, so a laptop can set 1.5 GB or 500 MB.
[[nodiscard]] qint64 cacheLimitMiB();
void setCacheLimitMiB(qint64 mib);
/// The limit in bytes, as SyncController::setCacheLimit takes it.
[[nodiscard]] qint64 cacheLimitBytes();

constexpr qint64 kDefaultCacheLimitMiB = qint64(20) * 1024;
constexpr qint64 kMaximumCacheLimitMiB = qint64(4096) * 1024;

} // namespace consilium::ui::settings
