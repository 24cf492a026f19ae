#include "ui/navigation/Notifier.h"

#include <QApplication>
#include <QEvent>
#include <QSystemTrayIcon>
#include <QWidget>

namespace consilium::ui {

Notifier::Notifier(QWidget* window, std::function<bool()> enabled, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_enabled(std::move(enabled))
{
    Q_ASSERT(window);
    window->installEventFilter(this);
}

QSystemTrayIcon* Notifier::ensureTrayIcon()
{
    // Made at the first message, not before: an icon in the tray that never says anything is
    // clutter. No tray on some desktops (and offscreen): the window title carries the count.
    if (m_tray || !m_window || !QSystemTrayIcon::isSystemTrayAvailable())
        return m_tray;
    m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
    const auto raiseWindow = [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    };
    connect(m_tray, &QSystemTrayIcon::activated, this, raiseWindow);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, raiseWindow);
    m_tray->show();
    return m_tray;
}

Notifier::~Notifier()
{
    if (m_window && m_pending > 0)
        m_window->setWindowTitle(m_baseTitle);
}

QString Notifier::decoratedTitle(const QString& title, int count)
{
    //: Window title while new items wait to be read; %1 their number, %2 the usual title.
    return count > 0 ? tr("(%1) %2").arg(count).arg(title) : title;
}

void Notifier::notify(int newCases, int newComments)
{
    newCases = std::max(0, newCases);
    newComments = std::max(0, newComments);
    if (!m_window || newCases + newComments == 0 || m_window->isActiveWindow() || (m_enabled && !m_enabled()))
        return;
    if (m_pending == 0)
        m_baseTitle = m_window->windowTitle();
    m_pending += newCases + newComments;
    updateTitle();

    QStringList parts;
    if (newCases > 0)
        //: Notification text; %n new cases arrived.
        parts << tr("%n new case(s)", nullptr, newCases);
    if (newComments > 0)
        //: Notification text; %n new comments arrived.
        parts << tr("%n new comment(s)", nullptr, newComments);
    //: Joins "2 new cases" and "3 new comments" in a notification.
    m_lastMessage = parts.join(tr(" and "));
    if (ensureTrayIcon()) {
        //: Title of the tray notification; %1 the product name.
        m_tray->showMessage(tr("%1: new activity").arg(QApplication::applicationDisplayName()), m_lastMessage,
                            QSystemTrayIcon::Information, 8000);
    }
}

void Notifier::clear()
{
    if (m_pending == 0)
        return;
    m_pending = 0;
    updateTitle();
}

void Notifier::updateTitle()
{
    if (!m_window)
        return;
    m_window->setWindowTitle(decoratedTitle(m_baseTitle, m_pending));
    if (m_tray)
        m_tray->setToolTip(m_window->windowTitle());
}

bool Notifier::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::ActivationChange && m_window->isActiveWindow())
        clear();
    return QObject::eventFilter(watched, event);
}

} // namespace consilium::ui
