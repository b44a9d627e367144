// The pakn-server executable: what it prints, how it stops, and how it
// refuses bad starts (exit code 2 for bad options, 1 for runtime errors).

#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString output;
};

Run runServer(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("PAKN_SERVER_BIN"), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.output = QStringLiteral("did not exit");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}
// Starts a server in `p` and reads its output until it listens (or gives up).
QByteArray startListening(QProcess &p, const QStringList &args)
{
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("PAKN_SERVER_BIN"), args);
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (!output.contains("listening on https://") && !deadline.hasExpired() &&
           p.state() != QProcess::NotRunning)
        if (p.waitForReadyRead(1000))
            output += p.readAll();
    return output;
}
} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PAKN_SERVER_BIN"))
            QSKIP("PAKN_SERVER_BIN is not set");
    }

    void announcesItselfAndKeepsItsCertificateAcrossRestarts()
    {
        ServerProcess server(120);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.url().port() > 0);

        const QString certPath = server.dataDir() + QStringLiteral("/certificate.pem");
        const auto certs = QSslCertificate::fromPath(certPath);
        QCOMPARE(certs.size(), 1);
        QCOMPARE(server.fingerprint(), certs.first().digest(QCryptographicHash::Sha256));
        QCOMPARE(QFile::permissions(server.dataDir() + QStringLiteral("/private-key.pem")) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // The announcement lines are exactly the two documented ones, on stdout.
        const QByteArray line = "pakn-server: certificate SHA-256 fingerprint " +
                                server.fingerprintText().toLatin1() + '\n';
        QVERIFY(server.output().contains(line));

        if (server.databaseUrl().isEmpty()) {
            // A second server on the same data directory (SQLite) is refused.
            const Run second =
                runServer({QStringLiteral("--data"), server.dataDir(), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0")});
            QCOMPARE(second.exitCode, 1);
            QVERIFY2(second.output.contains(QStringLiteral("already")), qPrintable(second.output));
        } else {
            // On PostgreSQL a second server shares the database: what several instances need.
            QProcess second;
            const QByteArray output =
                startListening(second, {QStringLiteral("--data"), server.dataDir(),
                                        QStringLiteral("--database"), server.databaseUrl(),
                                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
            QVERIFY2(output.contains("listening on"), output.constData());
            second.terminate();
            QVERIFY(second.waitForFinished(30000));
            QCOMPARE(second.exitCode(), 0);
        }

        const QByteArray first = server.fingerprint();
        const int port = server.url().port();
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.fingerprint(), first);
        QCOMPARE(server.url().port(), port);
        QVERIFY(server.output().contains("not seeding demo data again"));
    }

    void stopsCleanlyOnSigterm()
    {
        QProcess p;
        const QByteArray output =
            startListening(p, {QStringLiteral("--data"), m_scratch.filePath(QStringLiteral("term")),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--demo-cases"), QStringLiteral("10")});
        QVERIFY2(output.contains("listening on"), output.constData());
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAll().contains("stopped"));
    }

    void demoModeRefusesANetworkAddress()
    {
        const Run r =
            runServer({QStringLiteral("--data"), m_scratch.filePath(QStringLiteral("net")),
                       QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--demo-cases"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(QStringLiteral("loopback")), qPrintable(r.output));
    }

    void badOptionsExitWithTwo()
    {
        const QString data = m_scratch.filePath(QStringLiteral("bad"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("--bogus")},
              QStringList{QStringLiteral("--data"), data, QStringLiteral("--listen"),
                          QStringLiteral("nonsense")},
              QStringList{QStringLiteral("--data"), data, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:70000")},
              QStringList{QStringLiteral("--data"), data, QStringLiteral("--demo-cases"),
                          QStringLiteral("-3")}}) {
            const Run r = runServer(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + r.output));
            QVERIFY(!r.output.isEmpty());
        }
    }

    void aPortInUseIsAClearError()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const Run r =
            runServer({QStringLiteral("--data"), m_scratch.filePath(QStringLiteral("port")),
                       QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(QStringLiteral("cannot listen")), qPrintable(r.output));
    }

    void anUnreachablePostgresIsAClearErrorWithoutItsPassword()
    {
        // Port 1: nothing listens there, so the connection is refused at once.
        const Run r = runServer({QStringLiteral("--data"), m_scratch.filePath(QStringLiteral("pg")),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--database"),
                                 QStringLiteral("postgresql://desk:s3cr%40t@127.0.0.1:1/pakn")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(QStringLiteral("postgresql://desk@127.0.0.1:1/pakn")),
                 qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("s3cr")), qPrintable(r.output));
    }

    void aCorruptDatabaseIsAClearErrorAndIsKept()
    {
        const QString data = m_scratch.filePath(QStringLiteral("corrupt"));
        QVERIFY(QDir().mkpath(data));
        QFile db(data + QStringLiteral("/pakn-server.sqlite"));
        QVERIFY(db.open(QIODevice::WriteOnly));
        const QByteArray junk(4096, '\x5a');
        db.write(junk);
        db.close();
        const Run r = runServer({QStringLiteral("--data"), data, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(QStringLiteral("pakn-server.sqlite")), qPrintable(r.output));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), junk);
    }

    void anUnusableDataDirectoryIsAClearError()
    {
        const QString file = m_scratch.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = runServer({QStringLiteral("--data"), file + QStringLiteral("/sub"),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(QStringLiteral("data directory")), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
