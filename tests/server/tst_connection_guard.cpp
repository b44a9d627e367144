// The HTTPS listener's guards against clients that hold connections
// (TlsListener): a silent connection is closed after the idle timeout, a busy
// keep-alive one is not, "Connection: close" closes after the answer, and
// connections beyond the cap get 503 and are closed. Raw TLS sockets, so the
// test sees exactly what the server does with the connection.

#include "ServerTestSupport.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

namespace {

// One TLS connection to the test server that sends raw requests and keeps
// every byte answered.
class RawConnection
{
public:
    explicit RawConnection(const TestServer &server)
        : m_closed(&m_socket, &QSslSocket::disconnected)
    {
        m_socket.ignoreSslErrors(
            {QSslError(QSslError::SelfSignedCertificate, server.certificate())});
        QObject::connect(&m_socket, &QIODevice::readyRead,
                         [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                        quint16(server.url({}).port()));
    }
    // The server runs on this thread: wait in its event loop, never blocking.
    bool waitEncrypted()
    {
        return QTest::qWaitFor([this] { return m_socket.isEncrypted(); }, 10000);
    }
    // An unauthenticated GET /api/v1/me: a cheap answer (401).
    void sendRequest(const QByteArray &extraHeaders = {})
    {
        m_socket.write("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
    }
    int answers() const { return int(m_received.count("HTTP/1.1 ")); }
    const QByteArray &received() const { return m_received; }
    bool closed() const { return !m_closed.isEmpty(); }
    QSslSocket &socket() { return m_socket; }
    bool waitAnswerOrClose()
    {
        return QTest::qWaitFor([this] { return answers() > 0 || closed(); }, 10000);
    }

private:
    QSslSocket m_socket;
    QSignalSpy m_closed;
    QByteArray m_received;
};

// Whether a new connection gets its request answered (not 503).
bool isAdmitted(const TestServer &server)
{
    RawConnection next(server);
    if (!next.waitEncrypted())
        return false;
    next.sendRequest();
    return next.waitAnswerOrClose() && next.received().startsWith("HTTP/1.1 401");
}

} // namespace

class TestConnectionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSilentConnectionIsClosedAndABusyOneIsNot()
    {
        TestServer server(0);
        server.config().idleConnectionTimeout = std::chrono::seconds(1);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        RawConnection silent(server);
        RawConnection busy(server);
        QVERIFY(silent.waitEncrypted());
        QVERIFY(busy.waitEncrypted());
        // A request every 250 ms, ten in all: 2.5 s of a connection that is
        // never idle for the 1 s timeout.
        QTimer ticker;
        int sent = 0;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            if (sent < 10) {
                busy.sendRequest();
                ++sent;
            }
        });
        ticker.start(250);
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(busy.answers(), 10, 20000);
        QVERIFY2(!busy.closed(), busy.received().constData());
        QVERIFY(busy.received().startsWith("HTTP/1.1 401"));
        // …and once it falls silent, it is closed too.
        QTRY_VERIFY_WITH_TIMEOUT(busy.closed(), 10000);
    }

    void connectionCloseClosesAfterTheAnswer()
    {
        TestServer server(0);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        RawConnection keepAlive(server);
        RawConnection closing(server);
        QVERIFY(keepAlive.waitEncrypted());
        QVERIFY(closing.waitEncrypted());
        keepAlive.sendRequest();
        closing.sendRequest("Connection: close\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(closing.closed(), 10000);
        QCOMPARE(closing.answers(), 1);
        QVERIFY(closing.received().contains("\r\nConnection: close\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(keepAlive.answers(), 1, 10000);
        keepAlive.sendRequest(); // the default keeps the connection for the next request
        QTRY_COMPARE_WITH_TIMEOUT(keepAlive.answers(), 2, 10000);
        QVERIFY(!keepAlive.closed());
    }

    void connectionsBeyondTheCapAreAnswered503()
    {
        TestServer server(0);
        server.config().maxConnections = 2;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto first = std::make_unique<RawConnection>(server);
        RawConnection second(server);
        QVERIFY(first->waitEncrypted());
        QVERIFY(second.waitEncrypted());
        // Admitted ones answer as usual (and are surely counted by now).
        first->sendRequest();
        second.sendRequest();
        QTRY_COMPARE_WITH_TIMEOUT(first->answers() + second.answers(), 2, 10000);

        RawConnection third(server);
        QTRY_VERIFY_WITH_TIMEOUT(third.closed(), 10000);
        QVERIFY2(third.received().startsWith("HTTP/1.1 503"), third.received().constData());
        QVERIFY(third.received().contains("\"code\":\"busy\""));

        // A closed connection frees its place.
        first->socket().disconnectFromHost();
        first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(isAdmitted(server), 10000);
        QCOMPARE(second.answers(), 1);
        QVERIFY(!second.closed());
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connection_guard.moc"
