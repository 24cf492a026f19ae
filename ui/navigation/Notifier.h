#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace consilium::ui {

/// Tells the user about new cases and comments that arrive while the window is not active:
/// "(N) " in front of the window title until the window is activated again, and a message from
/// the tray icon where the desktop has a tray. Whether it does so is asked at each arrival
/// (Settings › Notifications), so turning it off applies at once. GUI thread only.
class Notifier : public QObject {
    Q_OBJECT

public:
    /// `window` is watched for activation and gets the title prefix; `enabled` is asked at each
    /// arrival (the user's setting).
    Notifier(QWidget* window, std::function<bool()> enabled, QObject* parent = nullptr);
    ~Notifier() override;

    /// New cases and comments stored by a sync. Counted (and shown) only while the window is
    /// not the active one and notifications are on.
    void notify(int newCases, int newComments);
    /// Items that arrived since the window was last active.
    [[nodiscard]] int pending() const { return m_pending; }
    /// The last message shown (or that would have been shown without a tray): for tests and
    /// for desktops without a system tray, where the title alone carries the news.
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    /// The tray icon, or null where the desktop has no tray or nothing was announced yet.
    [[nodiscard]] QSystemTrayIcon* trayIcon() const { return m_tray; }
    /// Forgets what is pending and restores the title (the window became active).
    void clear();

    /// The window's title with `count` pending items: "(3) Consilium".
    [[nodiscard]] static QString decoratedTitle(const QString& title, int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTitle();
    QSystemTrayIcon* ensureTrayIcon();

    QPointer<QWidget> m_window;
    std::function<bool()> m_enabled;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_baseTitle;
    QString m_lastMessage;
    int m_pending = 0;
};

} // namespace consilium::ui
