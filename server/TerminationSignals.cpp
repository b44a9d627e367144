#include "TerminationSignals.h"

#include "ServerLogging.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pakn::server {

namespace {
// A C signal handler can reach only globals; this is the one the process needs.
int writeEnd = -1;

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(writeEnd, &byte, 1);
}
} // namespace

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    if (writeEnd != -1 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0) {
        qCWarning(lcServer) << "cannot watch for SIGTERM/SIGINT";
        return;
    }
    writeEnd = m_fds[0];
    m_notifier = new QSocketNotifier(m_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    writeEnd = -1;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

void TerminationSignals::readSignal()
{
    char byte = 0;
    if (::read(m_fds[1], &byte, 1) == 1) {
        qCInfo(lcServer) << "received signal" << int(byte) << "- stopping";
        Q_EMIT received(int(byte));
    }
}

} // namespace pakn::server
