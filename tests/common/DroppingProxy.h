#pragma once

// A loopback proxy in front of the real pakn-server that can lose answers:
// while dropping, a request is passed to the server, the server's whole answer
// is read (so the server has applied it), and then the client's connection is
// cut instead of the answer being forwarded. The client sees a broken
// connection for a request the server did apply.
//
// It terminates TLS with the server's own certificate and key (read from the
// server's data directory), so the client's pinned fingerprint still matches,
// and it sees each request and answer as plain HTTP. A byte-forwarding proxy
// cannot do this deterministically under TLS 1.3: the server's session
// tickets and its answer are indistinguishable encrypted records.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslServer>
#include <QUrl>

class ServerProcess;
class QSslSocket;

class DroppingProxy : public QObject
{
public:
    // One request that went through, and what became of its answer.
    struct Exchange
    {
        QByteArray request; // head and body as the client sent them
        int status = 0;     // the server's HTTP status (0: no answer seen)
        bool dropped = false;
        QByteArray body() const;
    };

    explicit DroppingProxy(QObject *parent = nullptr);
    ~DroppingProxy() override;

    // Listens on loopback in front of `server` (which must be running).
    bool start(const ServerProcess &server, QString *error);
    QUrl url() const;

    // Drops the answers to the next `count` requests whose request line starts
    // with `prefix` (e.g. "POST /api/v1/cases/7/actions"); -1: until stopDropping().
    void dropAnswers(const QByteArray &prefix, int count = -1);
    void stopDropping();

    QList<Exchange> exchanges() const { return m_exchanges; }
    // The exchanges whose request line starts with `prefix`.
    QList<Exchange> exchangesFor(const QByteArray &prefix) const;

private:
    struct Link;
    void accept();
    void fromClient(Link *link);
    void fromServer(Link *link);
    void close(Link *link);

    QSslServer m_listener;
    QSslCertificate m_serverCertificate;
    quint16 m_serverPort = 0;
    QByteArray m_dropPrefix;
    int m_dropsLeft = 0;
    QList<Exchange> m_exchanges;
    QList<Link *> m_links;
};
