#include "FlippingRelay.h"

#include "ServerProcess.h"

#include <QTcpSocket>

// One client connection and its connection to the server, with where the
// server's byte stream is in its TLS records (5-byte header, then payload).
struct FlippingRelay::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    QByteArray header;      // the current record's header while it is incomplete
    int payloadLeft = 0;    // bytes of the current record's payload still to come
    bool encrypted = false; // the current record is application data (type 23)
    qsizetype flipAt = -1;  // payload bytes still to pass before the flip (-1: none)
    QByteArray notYetSent;  // the client's bytes before the server connection was up
};

FlippingRelay::FlippingRelay(QObject *parent) : QObject(parent)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FlippingRelay::accept);
}

FlippingRelay::~FlippingRelay()
{
    while (!m_links.isEmpty())
        close(m_links.constFirst());
}

bool FlippingRelay::start(const ServerProcess &server, QString *error)
{
    m_serverPort = quint16(server.url().port());
    if (!m_listener.listen(QHostAddress::LocalHost)) {
        *error = m_listener.errorString();
        return false;
    }
    return true;
}

QUrl FlippingRelay::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void FlippingRelay::flipNextRecord()
{
    m_recordsToSkip = int(m_random.bounded(2));
}

void FlippingRelay::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto *link = new Link;
        m_links.append(link);
        link->client = client;
        link->client->setParent(this);
        link->server = new QTcpSocket(this);
        connect(link->client, &QTcpSocket::readyRead, this, [link] {
            const QByteArray bytes = link->client->readAll();
            if (link->server->state() == QAbstractSocket::ConnectedState)
                link->server->write(bytes);
            else
                link->notYetSent += bytes;
        });
        connect(link->server, &QTcpSocket::connected, this,
                [link] { link->server->write(std::exchange(link->notYetSent, {})); });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link] { fromServer(link); });
        connect(link->client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->server, &QTcpSocket::disconnected, this,
                [link] { link->client->disconnectFromHost(); });
        link->server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        link->notYetSent += link->client->readAll();
    }
}

void FlippingRelay::fromServer(Link *link)
{
    QByteArray bytes = link->server->readAll();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (link->payloadLeft == 0) {
            link->header += bytes.at(i);
            if (link->header.size() < 5)
                continue;
            link->encrypted = quint8(link->header.at(0)) == 23;
            link->payloadLeft = (quint8(link->header.at(3)) << 8) | quint8(link->header.at(4));
            link->header.clear();
            if (link->encrypted && link->payloadLeft > 0 && m_recordsToSkip >= 0 &&
                m_recordsToSkip-- == 0)
                link->flipAt = qsizetype(m_random.bounded(link->payloadLeft));
            continue;
        }
        --link->payloadLeft;
        if (link->flipAt >= 0 && link->flipAt-- == 0) {
            bytes[i] = char(bytes.at(i) ^ (1 << m_random.bounded(8)));
            ++m_flipped;
        }
    }
    link->client->write(bytes);
}

void FlippingRelay::close(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    link->client->disconnect(this);
    link->server->disconnect(this);
    link->client->abort();
    link->server->abort();
    link->client->deleteLater();
    link->server->deleteLater();
    delete link;
}
