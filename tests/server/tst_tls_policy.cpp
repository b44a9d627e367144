// What the real pakn-server accepts in a TLS handshake, asked with the
// openssl command-line client (issue 9, "TLS"): TLS 1.1 and CBC suites are
// refused, TLS 1.2 with ECDHE and AES-GCM or ChaCha20 and TLS 1.3 are accepted.

#include "ServerProcess.h"

#include <QProcess>
#include <QTest>

class TestTlsPolicy : public QObject
{
    Q_OBJECT

    ServerProcess m_server{5};

    // The exit code of `openssl s_client` (0: the handshake succeeded); -1 when it did not run.
    int handshake(const QStringList &options)
    {
        QProcess client;
        client.start(QStringLiteral("openssl"),
                     QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                 QStringLiteral("127.0.0.1:%1").arg(m_server.url().port())} +
                         options);
        client.closeWriteChannel();
        if (!client.waitForFinished(20000))
            return -1;
        return client.exitStatus() == QProcess::NormalExit ? client.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void handshakes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("accepted");
        // SECLEVEL=0 lets the client offer what Debian's OpenSSL would not: the server must refuse.
        QTest::newRow("TLS 1.1") << QStringList{QStringLiteral("-tls1_1"),
                                                QStringLiteral("-cipher"),
                                                QStringLiteral("DEFAULT@SECLEVEL=0")}
                                 << false;
        const auto tls12 = [](const char *name, const char *ciphers, bool accepted) {
            QTest::newRow(name) << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                               QString::fromLatin1(ciphers)}
                                << accepted;
        };
        tls12("TLS 1.2, CBC with ECDHE", "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384", false);
        tls12("TLS 1.2, no forward secrecy", "AES128-GCM-SHA256:AES256-SHA", false);
        tls12("TLS 1.2, ECDHE with AES-GCM", "ECDHE-ECDSA-AES128-GCM-SHA256", true);
        tls12("TLS 1.2, ECDHE with ChaCha20", "ECDHE-ECDSA-CHACHA20-POLY1305", true);
        QTest::newRow("TLS 1.3") << QStringList{QStringLiteral("-tls1_3")} << true;
    }

    void handshakes()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, accepted);
        const int code = handshake(options);
        QVERIFY2(code >= 0, "openssl s_client did not run");
        QCOMPARE(code == 0, accepted);
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tls_policy.moc"
