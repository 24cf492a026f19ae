#pragma once

// bench sync's scale-out measurements (issue 7): relay processes and a throwaway PostgreSQL
// cluster the benchmark starts for itself, envelopes per second through a relay, and many
// WebSocket wake-up connections held by one relay process.

#include "core/common/Error.h"
#include "core/crypto/VerifierDirectory.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace consilium::cli::benchsync {

/// consilium-relay (beside this executable) as a child process on a free loopback port;
/// terminated (SIGTERM, then SIGKILL) when destroyed.
class RelayChild {
public:
    RelayChild() = default;
    ~RelayChild();
    RelayChild(const RelayChild&) = delete;
    RelayChild& operator=(const RelayChild&) = delete;

    /// Starts it with `arguments` (--listen is added) and waits for its "listening on" line.
    Result<void> start(const QStringList& arguments);
    [[nodiscard]] const QString& url() const { return m_url; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_url;
};

struct EnvelopeRate {
    int envelopes = 0;
    int batch = 0;
    double seconds = 0;
};

/// Registers a sender and a recipient with 5 devices at `relayUrl`, then posts `envelopes`
/// envelopes of 300 bytes in batches of 1,000 to the 5 mailboxes, one batch after the other.
void measureEnvelopeRate(const QString& relayUrl, const crypto::VerifierDirectory& verifier, int envelopes,
                         std::function<void(Result<EnvelopeRate>)> done);

struct WakeupFigures {
    int requested = 0;
    int held = 0; ///< authenticated ("ready") and still open when the envelope was posted
    int woken = 0;
    double connectSeconds = 0; ///< opening and authenticating all of them
    qint64 relayKbBefore = 0; ///< the relay process's resident memory before the connections
    qint64 relayKbHeld = 0; ///< ... with all of them held
    double wakeMedianMs = 0; ///< post → {"type":"mailbox"} on a connection, median
    double wakeAllMs = 0; ///< post → the last connection woken
};

/// Registers a recipient device and a sender at `relayUrl`, opens `connections` WebSockets to
/// /v1/wakeups authenticated as that device (in waves of 100), reads the relay's resident memory
/// from /proc/`relayPid`/status, then posts one envelope to the device and times how long each
/// connection takes to be woken.
void measureWakeups(const QString& relayUrl, qint64 relayPid, const crypto::VerifierDirectory& verifier,
                    int connections, std::function<void(Result<WakeupFigures>)> done);

} // namespace consilium::cli::benchsync
