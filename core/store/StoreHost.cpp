#include "core/store/StoreHost.h"

namespace consilium::store {

StoreHost::StoreHost(std::unique_ptr<Store> store)
    : m_store(std::move(store))
{
    // One thread that never expires: the SQLite connection is always used from the same thread,
    // and work runs strictly in the order it was queued.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

StoreHost::~StoreHost()
{
    m_pool.waitForDone();
}

void StoreHost::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace consilium::store
