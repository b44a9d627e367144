#pragma once

// Turns SIGTERM and SIGINT into a Qt signal, safely: the handler only writes
// one byte to a socket pair (async-signal-safe), and a QSocketNotifier reads
// it in the event loop, where stopping cleanly is allowed.

#include <QObject>

class QSocketNotifier;

namespace pakn::server {

class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    int m_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pakn::server
