#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace consilium::store {

/// Locks a profile after a period without user activity (the "lock after idle" setting).
///
/// The GUI reports activity (key presses, clicks) through noteActivity(); when none arrives for
/// the configured time, lockRequested() is emitted once, and the owner drops the open Store and
/// its key. A timeout of zero disables locking. Lives on the GUI thread.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Restarts the countdown (and re-arms after a lock).
    void noteActivity();
    [[nodiscard]] bool isArmed() const { return m_timer.isActive(); }

Q_SIGNALS:
    void lockRequested();

private:
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace consilium::store
