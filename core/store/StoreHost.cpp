#include "core/store/StoreHost.h"

#include <QSemaphore>

namespace consilium::store {

StoreHost::StoreHost(std::unique_ptr<Store> store)
    : m_store(std::move(store))
    , m_thread(std::make_unique<QThread>())
{
    // One thread for the store's whole life: the SQLite connection is always used from the same
    // thread, and work runs strictly in the order it was queued (posted events keep their order).
    m_thread->setObjectName(QStringLiteral("store"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

StoreHost::~StoreHost()
{
    waitForIdle();
    m_thread->quit();
    m_thread->wait();
}

void StoreHost::waitForIdle()
{
    Q_ASSERT(QThread::currentThread() != m_thread.get());
    QSemaphore done;
    post([&done] { done.release(); });
    done.acquire();
}

} // namespace consilium::store
