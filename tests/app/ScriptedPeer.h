#pragma once

// A loopback HTTP peer for client tests: answers each request by the longest
// matching path prefix with a scripted raw answer (or stays silent, or hangs
// up), and records the requests. Plain HTTP, so tests can script bad answers
// that the real server never gives.

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class ScriptedPeer : public QObject
{
public:
    enum class Mode
    {
        Answer,
        Silent,
        HangUp
    };

    static QByteArray http(int status, const QByteArray &body,
                           const QByteArray &type = QByteArrayLiteral("application/json"))
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    ScriptedPeer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            }
        });
    }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    // The answer to every request whose "METHOD /path" starts with `prefix`.
    void route(const QByteArray &prefix, const QByteArray &raw) { m_routes.insert(prefix, raw); }
    void answer(const QByteArray &raw) { route(QByteArray(), raw); }
    void setMode(Mode mode) { m_mode = mode; }
    QByteArray request() const { return m_requests.isEmpty() ? QByteArray() : m_requests.last(); }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray request = buffer;
        m_requests.append(request);
        buffer.clear();
        if (m_mode == Mode::HangUp) {
            s->abort();
            return;
        }
        if (m_mode == Mode::Silent)
            return;
        QByteArray best;
        qsizetype bestLength = -1;
        for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it)
            if (request.startsWith(it.key()) && it.key().size() > bestLength) {
                best = it.value();
                bestLength = it.key().size();
            }
        s->write(bestLength < 0
                     ? http(404, R"({"error":{"code":"not_found","message":"no route"}})")
                     : best);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    Mode m_mode = Mode::Answer;
    QHash<QByteArray, QByteArray> m_routes;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
