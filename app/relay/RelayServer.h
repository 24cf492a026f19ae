#pragma once

#include "app/relay/RelayOptions.h"
#include "core/common/Error.h"
#include "core/relay/RelayApi.h"
#include "core/relay/WakeupHub.h"

#include <QAbstractHttpServer>
#include <QObject>

#include <functional>
#include <memory>

namespace consilium::relay {

/// Adapts Qt's HTTP server to RelayApi: every request, whatever its method or path, becomes a
/// RelayRequest and RelayApi's RelayResponse is written back, never cached. WebSocket upgrades
/// go to the WakeupHub. This class is the only one that knows the HTTP library.
/// Lives on the thread that created it (QAbstractHttpServer is event-driven; no threads of its
/// own), and handles each request to completion before the next: a shutdown signal is only
/// seen between requests, so no acknowledged write is ever cut in half.
class RelayServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    /// With `trustProxy`, requests from a loopback peer carrying X-Real-IP are rate limited by
    /// that address (the TLS reverse proxy's client), not by the proxy's.
    RelayServer(RelayApi& api, bool trustProxy, QObject* parent = nullptr);
    ~RelayServer() override;

    /// Starts listening. With port 0 the system picks a free port; the result is the address
    /// actually bound (so the caller can print it). The error says why (e.g. address in use).
    Result<ListenAddress> listen(const ListenAddress& address);

    /// Stops accepting connections, closes the wake-up channels, lets responses already written
    /// reach their clients (at most `timeoutMs`), then calls `done`.
    void shutDown(int timeoutMs, std::function<void()> done);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    RelayApi& m_api;
    bool m_trustProxy = false;
    WakeupHub m_wakeups;
};

} // namespace consilium::relay
