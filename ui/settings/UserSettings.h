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

/// Settings › Sync: the encrypted offline cache's size limit in GiB (QSettings sync/cacheLimitGiB,
/// or the size to warn at that earlier versions stored in sync/cacheWarningGiB); 0 means no limit.
/// Past it, the images of the least recently used cases that the relay can send again are
/// evicted (ui/sync's SyncController, core/store's CacheEviction).
[[nodiscard]] int cacheLimitGiB();
void setCacheLimitGiB(int gib);
/// The limit in bytes, as SyncController::setCacheLimit takes it.
[[nodiscard]] qint64 cacheLimitBytes();

constexpr int kDefaultCacheLimitGiB = 20;
constexpr int kMaximumCacheLimitGiB = 4096;

} // namespace consilium::ui::settings
