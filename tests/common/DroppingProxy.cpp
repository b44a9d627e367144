#include "DroppingProxy.h"

#include "AnswerFaults.h"
#include "ServerProcess.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

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
    bool holding = false;        // an answer is held back (Fault::Delay) ...
    QByteArray held;             // ... with the answers behind it
    bool serverGone = false;
};

const char *DroppingProxy::name(Fault fault)
{
    static const char *const names[FaultKinds] = {
        "drop", "cut", "truncate", "short-length", "delay", "break-json", "wrong-type"};
    return names[int(fault)];
}

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
    injectFaults(prefix, Fault::Drop, count);
}

void DroppingProxy::injectFaults(const QByteArray &prefix, Fault fault, int count, int amount,
                                 int skip)
{
    m_dropPrefix = prefix;
    m_dropsLeft = count;
    m_fault = fault;
    m_amount = amount;
    m_skipLeft = skip;
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
        connect(link->server, &QSslSocket::disconnected, this, [link] {
            link->serverGone = true;
            if (!link->holding)
                link->client->disconnectFromHost();
        });
        link->server->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_serverPort);
        fromClient(link);
    }
}

void DroppingProxy::fromClient(Link *link)
{
    link->clientBytes += link->client->readAll();
    while (const qsizetype length = messageLength(link->clientBytes)) {
        QByteArray request = link->clientBytes.left(length);
        link->clientBytes.remove(0, length);
        if (m_rewrite)
            request = m_rewrite(request);
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
        exchange.answer = answer;
        if (!takeFault(exchange.request)) {
            forward(link, answer);
            continue;
        }
        exchange.faulted = m_fault != Fault::Delay;
        exchange.dropped = m_fault == Fault::Drop;
        ++m_caused[int(m_fault)];
        if (!doFault(link, answer))
            return;
    }
}

bool DroppingProxy::takeFault(const QByteArray &request)
{
    if (m_dropsLeft == 0 || !request.startsWith(m_dropPrefix))
        return false;
    if (m_skipLeft > 0) {
        --m_skipLeft;
        return false;
    }
    if (m_dropsLeft > 0)
        --m_dropsLeft;
    return true;
}

bool DroppingProxy::doFault(Link *link, const QByteArray &answer)
{
    using namespace answerfaults;
    switch (m_fault) {
    case Fault::Drop:
        close(link); // the server applied it; the client never hears
        return false;
    case Fault::Cut:
        link->client->write(withPartOfBody(answer, m_amount));
        link->client->flush();
        close(link); // no close_notify: the connection just ends
        return false;
    case Fault::Truncate:
        link->client->write(withPartOfBody(answer, m_amount));
        link->server->disconnect(this);
        link->server->abort();
        link->client->disconnectFromHost(); // close() follows when it is done
        return false;
    case Fault::ShortLength:
        forward(link, withBody(answer, bodyOf(withPartOfBody(answer, m_amount))));
        return true;
    case Fault::Delay:
        if (!link->holding) {
            link->holding = true;
            QTimer::singleShot(m_amount, this, [this, link] {
                if (!m_links.contains(link))
                    return;
                link->holding = false;
                link->client->write(std::exchange(link->held, {}));
                if (link->serverGone)
                    link->client->disconnectFromHost();
            });
        }
        link->held += answer;
        return true;
    case Fault::BreakJson:
        forward(link, withBody(answer, breakJson(bodyOf(answer), m_random)));
        return true;
    case Fault::WrongType:
        forward(link, withBody(answer, wrongType(bodyOf(answer), m_wrongTypeKeys, m_random)));
        return true;
    }
    return true;
}

void DroppingProxy::forward(Link *link, const QByteArray &answer)
{
    if (link->holding)
        link->held += answer;
    else
        link->client->write(answer);
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
