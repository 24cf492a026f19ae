#pragma once

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

/// Settings › Sync: the encrypted offline cache size (GiB) past which the app warns (QSettings
/// sync/cacheWarningGiB); 0 never warns. Nothing is evicted: a received case's images exist only
/// in this cache, so deleting them would lose them.
[[nodiscard]] int cacheWarningGiB();
void setCacheWarningGiB(int gib);

constexpr int kDefaultCacheWarningGiB = 20;
constexpr int kMaximumCacheWarningGiB = 4096;

} // namespace consilium::ui::settings
