#include "DroppingProxy.h"

#include "ServerProcess.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The length of the first complete HTTP message in `buffer` (head plus a body
// of Content-Length bytes), 0 while it is incomplete. Neither the client nor
// pakn-server sends chunked bodies; an answer without a length has no body.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    qsizetype bodyLength = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
        if (line.toLower().startsWith("transfer-encoding:"))
            qWarning("DroppingProxy: chunked messages are not supported");
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    return buffer.size() >= total ? total : 0;
}

int statusOf(const QByteArray &answer)
{
    const QList<QByteArray> statusLine = answer.left(answer.indexOf('\r')).split(' ');
    return statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
}

} // namespace

// One client connection and its own connection to the server; the requests
// sent upstream wait in `unanswered`, so each answer is matched to its request.
struct DroppingProxy::Link
{
    QSslSocket *client = nullptr;
    QSslSocket *server = nullptr;
    QByteArray clientBytes;
    QByteArray serverBytes;
    QByteArray notYetSent;       // requests that arrived before the server connection was up
    QList<qsizetype> unanswered; // indices into m_exchanges
};

QByteArray DroppingProxy::Exchange::body() const
{
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

DroppingProxy::DroppingProxy(QObject *parent) : QObject(parent)
{
    connect(&m_listener, &QSslServer::pendingConnectionAvailable, this, &DroppingProxy::accept);
}

DroppingProxy::~DroppingProxy()
{
    while (!m_links.isEmpty())
        close(m_links.constFirst());
}

bool DroppingProxy::start(const ServerProcess &server, QString *error)
{
    const QString dir = server.dataDir();
    m_serverCertificate = QSslCertificate(readFile(dir + QStringLiteral("/certificate.pem")));
    const QSslKey key(readFile(dir + QStringLiteral("/private-key.pem")), QSsl::Ec);
    if (m_serverCertificate.isNull() || key.isNull()) {
        *error = QStringLiteral("cannot read the server's certificate and key in ") + dir;
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_serverCertificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_listener.setSslConfiguration(tls);
    m_serverPort = quint16(server.url().port());
    if (!m_listener.listen(QHostAddress::LocalHost)) {
        *error = m_listener.errorString();
        return false;
    }
    return true;
}

QUrl DroppingProxy::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void DroppingProxy::dropAnswers(const QByteArray &prefix, int count)
{
    m_dropPrefix = prefix;
    m_dropsLeft = count;
}

void DroppingProxy::stopDropping()
{
    m_dropsLeft = 0;
}

QList<DroppingProxy::Exchange> DroppingProxy::exchangesFor(const QByteArray &prefix) const
{
    QList<Exchange> found;
    for (const Exchange &e : m_exchanges)
        if (e.request.startsWith(prefix))
            found.append(e);
    return found;
}

void DroppingProxy::accept()
{
    while (QTcpSocket *accepted = m_listener.nextPendingConnection()) {
        auto *link = new Link;
        m_links.append(link);
        link->client = static_cast<QSslSocket *>(accepted);
        link->client->setParent(this);
        link->server = new QSslSocket(this);
        // Only the server's own self-signed certificate is accepted upstream.
        link->server->ignoreSslErrors(
            {QSslError(QSslError::SelfSignedCertificate, m_serverCertificate)});
        connect(link->client, &QSslSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(link->server, &QSslSocket::readyRead, this, [this, link] { fromServer(link); });
        connect(link->server, &QSslSocket::encrypted, this,
                [link] { link->server->write(std::exchange(link->notYetSent, {})); });
        connect(link->client, &QSslSocket::disconnected, this, [this, link] { close(link); });
        // The server ending a connection: what it answered still reaches the client.
        connect(link->server, &QSslSocket::disconnected, this,
                [link] { link->client->disconnectFromHost(); });
        link->server->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_serverPort);
        fromClient(link);
    }
}

void DroppingProxy::fromClient(Link *link)
{
    link->clientBytes += link->client->readAll();
    while (const qsizetype length = messageLength(link->clientBytes)) {
        const QByteArray request = link->clientBytes.left(length);
        link->clientBytes.remove(0, length);
        link->unanswered.append(m_exchanges.size());
        m_exchanges.append({request});
        if (link->server->isEncrypted())
            link->server->write(request);
        else
            link->notYetSent += request;
    }
}

void DroppingProxy::fromServer(Link *link)
{
    link->serverBytes += link->server->readAll();
    while (const qsizetype length = messageLength(link->serverBytes)) {
        const QByteArray answer = link->serverBytes.left(length);
        link->serverBytes.remove(0, length);
        if (link->unanswered.isEmpty()) {
            qWarning("DroppingProxy: an answer without a request");
            return close(link);
        }
        Exchange &exchange = m_exchanges[link->unanswered.takeFirst()];
        exchange.status = statusOf(answer);
        if (m_dropsLeft != 0 && exchange.request.startsWith(m_dropPrefix)) {
            if (m_dropsLeft > 0)
                --m_dropsLeft;
            exchange.dropped = true;
            return close(link); // the server applied it; the client never hears
        }
        link->client->write(answer);
    }
}

void DroppingProxy::close(Link *link)
{
    if (!m_links.removeOne(link))
        return; // already closed (aborting a socket emits disconnected)
    link->client->disconnect(this);
    link->server->disconnect(this);
    link->client->abort(); // an answer being dropped must not leak out
    link->server->abort();
    link->client->deleteLater();
    link->server->deleteLater();
    delete link;
}
