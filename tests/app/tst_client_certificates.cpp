// The client against the real pakn-server presenting certificates this test
// makes with openssl (the server takes certificate.pem and private-key.pem from
// its data directory): one signed by a test CA the client is told to trust is
// accepted; an expired one, one for another host name, a self-signed one and
// one from an unknown CA are refused with the reason in words and the
// fingerprint the client got, as `openssl x509 -fingerprint -sha256` prints it;
// and each is accepted when the profile pins exactly that fingerprint. `pakn
// login` prints the fingerprint and the command that pins it.

#include "PaknRun.h"
#include "SyncClient.h"

#include <QRegularExpression>

using namespace synctest;

namespace {

// A certificate authority and server certificates made by the openssl command.
class TestPki
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs openssl in the directory; empty when it worked, else what it said.
    QString openssl(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QStringLiteral("openssl %1: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        m_lastOutput = QString::fromUtf8(p.readAllStandardOutput());
        return {};
    }

    // <name>.pem, a CA certificate, and <name>.key.
    QString makeCa(const QString &name) const
    {
        return openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
             name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(name), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    // <name>.pem and <name>.key, for `altNames`, valid for `days` (negative:
    // already expired), signed by the CA `issuer` or, without one, by itself.
    QString makeServer(const QString &name, const QString &altNames, int days,
                       const QString &issuer = {}) const
    {
        const QString key = name + QStringLiteral(".key");
        const QString pem = name + QStringLiteral(".pem");
        const QString ext = QStringLiteral("subjectAltName=%1").arg(altNames);
        const QStringList newKey{QStringLiteral("-newkey"),
                                 QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:P-256"),
                                 QStringLiteral("-nodes"),
                                 QStringLiteral("-keyout"),
                                 key,
                                 QStringLiteral("-subj"),
                                 QStringLiteral("/CN=%1").arg(name)};
        if (issuer.isEmpty())
            return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                           QStringList{QStringLiteral("-out"), pem, QStringLiteral("-days"),
                                       QString::number(days), QStringLiteral("-addext"), ext});
        const QString csr = name + QStringLiteral(".csr");
        const QString extFile = name + QStringLiteral(".ext");
        QFile f(path(extFile));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write((ext + QStringLiteral("\nextendedKeyUsage=serverAuth\n")).toLatin1()) < 0)
            return QStringLiteral("cannot write ") + f.fileName();
        f.close();
        if (QString e = openssl(QStringList{QStringLiteral("req")} + newKey +
                                QStringList{QStringLiteral("-out"), csr});
            !e.isEmpty())
            return e;
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                        QStringLiteral("-CA"), issuer + QStringLiteral(".pem"),
                        QStringLiteral("-CAkey"), issuer + QStringLiteral(".key"),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QString::number(days), QStringLiteral("-extfile"), extFile,
                        QStringLiteral("-out"), pem});
    }

    // "AB:CD:…" as `openssl x509 -fingerprint -sha256` prints it for <name>.pem.
    QString fingerprintOf(const QString &name) const
    {
        if (!openssl({QStringLiteral("x509"), QStringLiteral("-in"), name + QStringLiteral(".pem"),
                      QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                      QStringLiteral("-sha256")})
                 .isEmpty())
            return {};
        return m_lastOutput.section(QLatin1Char('='), 1).trimmed();
    }

    // The server's data directory gets <name>.pem and .key as its identity.
    bool install(const QString &name, const QString &dataDir) const
    {
        return QFile::copy(path(name + QStringLiteral(".pem")),
                           dataDir + QStringLiteral("/certificate.pem")) &&
               QFile::copy(path(name + QStringLiteral(".key")),
                           dataDir + QStringLiteral("/private-key.pem"));
    }

private:
    QTemporaryDir m_dir;
    mutable QString m_lastOutput;
};

const QString kCa = QStringLiteral("test-ca");
const QString kGoodNames = QStringLiteral("IP:127.0.0.1,DNS:localhost");

} // namespace

class TestClientCertificates : public QObject
{
    Q_OBJECT

    TestPki m_pki;

    // A server presenting the certificate <name>; null (and a failure) when it does not start.
    std::unique_ptr<ServerProcess> serverWith(const QString &name)
    {
        auto server = std::make_unique<ServerProcess>(5);
        QString error;
        if (!m_pki.install(name, server->dataDir())) {
            qWarning("cannot install the certificate %s", qPrintable(name));
            return nullptr;
        }
        if (!startServerForClients(*server, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    // A client trusting the test CA (besides the system's), pinning `pin` if given.
    static void trustTestCa(Client &c, const TestPki &pki, const QString &pin = {})
    {
        c.profile.endpoint.caFile = pki.path(kCa + QStringLiteral(".pem"));
        c.profile.endpoint.fingerprint =
            pin.isEmpty() ? QByteArray() : ServerEndpoint::parseFingerprint(pin).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pki.isValid());
        QString e = m_pki.makeCa(kCa);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = m_pki.makeCa(QStringLiteral("unknown-ca"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const struct
        {
            const char *name;
            QString altNames;
            int days;
            QString issuer;
        } certificates[] = {
            {"trusted", kGoodNames, 30, kCa},
            {"expired", kGoodNames, -1, kCa},
            {"other-host", QStringLiteral("DNS:other.example"), 30, kCa},
            {"self-signed", kGoodNames, 30, {}},
            {"unknown-issuer", kGoodNames, 30, QStringLiteral("unknown-ca")},
        };
        for (const auto &c : certificates) {
            e = m_pki.makeServer(QLatin1String(c.name), c.altNames, c.days, c.issuer);
            QVERIFY2(e.isEmpty(), qPrintable(e));
        }
    }

    void aCertificateFromATrustedCaIsAccepted()
    {
        const auto server = serverWith(QStringLiteral("trusted"));
        QVERIFY(server);
        QCOMPARE(server->fingerprintText(), m_pki.fingerprintOf(QStringLiteral("trusted")));
        Client c(*server, QStringLiteral("officer"));
        trustTestCa(c, m_pki);
        const LoginResult r = logIn(c.profile, QStringLiteral("demo"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!c.profile.readToken().isEmpty());

        // Without the CA the same certificate is from an unknown issuer.
        Client stranger(*server, QStringLiteral("officer"));
        stranger.profile.endpoint.fingerprint.clear();
        const LoginResult refused = logIn(stranger.profile, QStringLiteral("demo"));
        QCOMPARE(refused.kind, ApiResult::Kind::TlsError);
        QVERIFY2(refused.message.contains(QLatin1String("unknown issuer (test-ca)")),
                 qPrintable(refused.message));
    }

    void aBadCertificateIsRefusedUnlessPinned_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("it expired on ");
        QTest::newRow("other host")
            << QStringLiteral("other-host")
            << QStringLiteral("issued for another host name (other.example), not 127.0.0.1");
        QTest::newRow("self-signed")
            << QStringLiteral("self-signed") << QStringLiteral("unknown issuer (self-signed)");
        QTest::newRow("unknown CA")
            << QStringLiteral("unknown-issuer") << QStringLiteral("unknown issuer (unknown-ca)");
    }
    void aBadCertificateIsRefusedUnlessPinned()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, reason);
        const auto server = serverWith(certificate);
        QVERIFY(server);
        const QString fingerprint = m_pki.fingerprintOf(certificate);
        QCOMPARE(fingerprint.size(), 95);
        QCOMPARE(server->fingerprintText(), fingerprint); // the server presents it

        Client c(*server, QStringLiteral("officer"));
        trustTestCa(c, m_pki);
        const LoginResult r = logIn(c.profile, QStringLiteral("demo"));
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ApiResult::Kind::TlsError);
        QVERIFY2(r.message.contains(reason), qPrintable(r.message));
        QVERIFY2(r.message.contains(fingerprint), qPrintable(r.message));
        QVERIFY(c.profile.readToken().isEmpty());

        // Pinned: exactly this certificate is trusted, whatever is wrong with it.
        Client pinned(*server, QStringLiteral("officer"));
        trustTestCa(pinned, m_pki, fingerprint);
        const LoginResult accepted = logIn(pinned.profile, QStringLiteral("demo"));
        QVERIFY2(accepted.ok, qPrintable(accepted.message));
        pinned.makeEngine();
        const Round round = runRound(*pinned.engine);
        QCOMPARE(round.state, SyncState::Idle);
    }

    void paknPrintsTheFingerprintAndHowToPinIt()
    {
        const auto server = serverWith(QStringLiteral("self-signed"));
        QVERIFY(server);
        const QString fingerprint = m_pki.fingerprintOf(QStringLiteral("self-signed"));
        QTemporaryDir profile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAKN_PASSWORD"), QStringLiteral("demo"));
        const QString url = server->url().toString();
        const PaknRun refused =
            runPakn(profile.path(),
                    {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                     url, QStringLiteral("--user"), QStringLiteral("officer")},
                    env);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("unknown issuer")), qPrintable(refused.err));
        const QString command =
            QStringLiteral("pakn login %1 --user officer --fingerprint %2").arg(url, fingerprint);
        QVERIFY2(refused.err.contains(command), qPrintable(refused.err));
        QVERIFY(!QFile::exists(profile.filePath(QStringLiteral("token"))));

        // The command it printed logs in.
        const PaknRun pinned = runPakn(profile.path(), command.split(QLatin1Char(' ')).mid(1), env);
        QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.err));
        QVERIFY(QFile::exists(profile.filePath(QStringLiteral("token"))));
    }
};

QTEST_GUILESS_MAIN(TestClientCertificates)
#include "tst_client_certificates.moc"
