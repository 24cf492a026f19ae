#pragma once

#include "app/relay/RelayOptions.h"
#include "core/common/Error.h"

#include <QHttpServer>
#include <QObject>

namespace consilium::relay {

/// The relay's HTTP endpoint. For now it answers GET /health and, for anything else, a JSON
/// 404; the relay's API (mailboxes, blobs, wake-ups) moves in with core/relay, behind this same
/// listen/serve seam. Every response is JSON and is never cached.
/// Lives on the thread that created it (QHttpServer is event-driven; no threads of its own).
class RelayServer : public QObject
{
    Q_OBJECT

public:
    explicit RelayServer(QObject* parent = nullptr);

    /// Starts listening. With port 0 the system picks a free port; the result is the address
    /// actually bound (so the caller can print it). The error says why (e.g. address in use).
    Result<ListenAddress> listen(const ListenAddress& address);

private:
    QHttpServer m_http;
};

} // namespace consilium::relay
