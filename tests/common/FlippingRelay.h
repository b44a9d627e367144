#pragma once

// A loopback TCP relay in front of the real pakn-server that forwards the TLS
// stream byte for byte (no TLS termination) and, when armed, flips one bit in
// the payload of an encrypted record (TLS record type 23) the server sends:
// the client's TLS must refuse it (the record's authentication fails), so no
// changed byte can reach the application.

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

class ServerProcess;
class QTcpSocket;

class FlippingRelay : public QObject
{
public:
    explicit FlippingRelay(QObject *parent = nullptr);
    ~FlippingRelay() override;

    bool start(const ServerProcess &server, QString *error);
    QUrl url() const;
    void seed(quint32 seed) { m_random.seed(seed); }

    // Flips a bit in one of the next two encrypted records from the server
    // (on any connection; which one and which bit the seeded generator picks).
    void flipNextRecord();
    bool armed() const { return m_recordsToSkip >= 0; }
    int flipped() const { return m_flipped; } // bits flipped so far

private:
    struct Link;
    void accept();
    void fromServer(Link *link);
    void close(Link *link);

    QTcpServer m_listener;
    quint16 m_serverPort = 0;
    QRandomGenerator m_random{1};
    int m_recordsToSkip = -1; // -1: not armed
    int m_flipped = 0;
    QList<Link *> m_links;
};
