#include "app/relay/ShutdownSignals.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

namespace consilium::relay {

namespace {

constexpr std::array kSignals{SIGTERM, SIGINT};

// Written by the signal handler, so plain ints: [0] is the handler's end, [1] the notifier's.
int g_socketPair[2] = {-1, -1};

extern "C" void onShutdownSignal(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Nothing to do if it fails: the pipe is full only when a shutdown is already pending.
    [[maybe_unused]] const auto written = ::write(g_socketPair[0], &byte, 1);
    errno = savedErrno;
}

tl::unexpected<Error> systemError(const char* what)
{
    return fail(QStringLiteral("relay"), ErrorCode::Internal,
                QStringLiteral("cannot install signal handlers (%1: %2)")
                    .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

Result<std::unique_ptr<ShutdownSignals>> ShutdownSignals::install()
{
    if (g_socketPair[0] != -1)
        return fail(QStringLiteral("relay"), ErrorCode::Internal, QStringLiteral("signal handlers already installed"));
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_socketPair) != 0) {
        g_socketPair[0] = g_socketPair[1] = -1;
        return systemError("socketpair");
    }

    std::unique_ptr<ShutdownSignals> watcher(new ShutdownSignals);
    watcher->m_notifier = new QSocketNotifier(g_socketPair[1], QSocketNotifier::Read, watcher.get());
    connect(watcher->m_notifier, &QSocketNotifier::activated, watcher.get(), &ShutdownSignals::readPending);

    struct sigaction action {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    // Restart interrupted system calls, so no other code has to cope with EINTR.
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : kSignals) {
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return systemError("sigaction"); // the destructor undoes what was done
    }
    return watcher;
}

ShutdownSignals::~ShutdownSignals()
{
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : kSignals)
        ::sigaction(signalNumber, &action, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int& fd : g_socketPair) {
        if (fd != -1)
            ::close(fd);
        fd = -1;
    }
}

QString ShutdownSignals::signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGINT:
        return QStringLiteral("SIGINT");
    default:
        return QStringLiteral("signal %1").arg(signalNumber);
    }
}

void ShutdownSignals::readPending()
{
    unsigned char byte = 0;
    while (::read(g_socketPair[1], &byte, 1) == 1)
        Q_EMIT received(byte);
}

} // namespace consilium::relay
