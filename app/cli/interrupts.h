#pragma once

#include <QObject>

namespace oktadesk::cli {

// Ctrl+C (SIGINT) and SIGTERM as a signal on the event loop, so a command stops cleanly:
// cancels its requests, removes a half-written file, says how far it got. The handler only
// writes a byte to a socket pair (async-signal-safe); the loop reads it. One watcher at a
// time; destroying it restores the previous handlers.
class InterruptWatcher : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    int m_fds[2] = {-1, -1};
};

} // namespace oktadesk::cli
