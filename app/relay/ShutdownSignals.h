#pragma once

#include "core/common/Error.h"

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace consilium::relay {

/// Turns SIGTERM and SIGINT into a Qt signal, so the relay shuts down through its event loop
/// (destructors run, sockets close) instead of dying mid-request. The handler only writes the
/// signal number to a socket pair (async-signal-safe, the pattern of Qt's "Calling Qt Functions
/// From Unix Signal Handlers"); a QSocketNotifier reads it on the owning thread.
/// At most one instance at a time; destroying it restores the default dispositions.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    /// Installs the handlers. Fails if the socket pair or sigaction fails, or one is installed.
    static Result<std::unique_ptr<ShutdownSignals>> install();
    ~ShutdownSignals() override;

    /// "SIGTERM", "SIGINT".
    static QString signalName(int signalNumber);

Q_SIGNALS:
    void received(int signalNumber);

private:
    ShutdownSignals() = default;
    void readPending();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace consilium::relay
