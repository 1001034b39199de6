#include "interrupts.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace oktadesk::cli {

namespace {

#ifdef Q_OS_UNIX
int g_writeFd = -1;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void onSignal(int) {
    if (g_writeFd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(g_writeFd, &byte, 1);
    }
}
#endif

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent) {
#ifdef Q_OS_UNIX
    if (g_writeFd >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0)
        return;
    ::fcntl(m_fds[1], F_SETFL, O_NONBLOCK);
    g_writeFd = m_fds[1];
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
    auto *notifier = new QSocketNotifier(qintptr(m_fds[0]), QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(m_fds[0], &byte, 1);
        notifier->setEnabled(false); // once is enough; a second Ctrl+C changes nothing
        Q_EMIT interrupted();
    });
#endif
}

InterruptWatcher::~InterruptWatcher() {
#ifdef Q_OS_UNIX
    if (m_fds[0] < 0)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_writeFd = -1;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
#endif
}

} // namespace oktadesk::cli
