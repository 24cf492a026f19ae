#include "core/store/IdleLock.h"

namespace consilium::store {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockRequested);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_timeout.count() <= 0)
        m_timer.stop();
    else
        m_timer.start(m_timeout);
}

void IdleLock::noteActivity()
{
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
}

} // namespace consilium::store
