#include "ClientProfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

class TestClientProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/lan"));
        {
            ClientProfile p(path);
            p.endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
            p.endpoint.fingerprint = QByteArray(32, '\x5a');
            p.endpoint.caFile = QStringLiteral("/etc/pakn/ca.pem");
            p.endpoint.allowPlainLoopback = true;
            p.login = QStringLiteral("officer");
            p.language = QStringLiteral("en");
            QString error;
            QVERIFY2(p.save(&error), qPrintable(error));
        }
        ClientProfile p(path);
        QString error;
        QVERIFY2(p.load(&error), qPrintable(error));
        QCOMPARE(p.endpoint.baseUrl, QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QCOMPARE(p.endpoint.fingerprint, QByteArray(32, '\x5a'));
        QCOMPARE(p.endpoint.caFile, QStringLiteral("/etc/pakn/ca.pem"));
        QVERIFY(p.endpoint.allowPlainLoopback);
        QCOMPARE(p.login, QStringLiteral("officer"));
        QCOMPARE(p.language, QStringLiteral("en"));
        QCOMPARE(p.cachePath(), path + QStringLiteral("/cache.sqlite"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void aNewProfileHasDefaults()
    {
        QTemporaryDir dir;
        ClientProfile p(dir.filePath(QStringLiteral("new")));
        QString error;
        QVERIFY(p.load(&error));
        QVERIFY(p.endpoint.baseUrl.isEmpty());
        QVERIFY(p.readToken().isEmpty());
    }

    void aDamagedFingerprintIsReported()
    {
        QTemporaryDir dir;
        QFile ini(dir.filePath(QStringLiteral("profile.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[server]\nurl=https://example.org\nfingerprint=AB:CD\n");
        ini.close();
        ClientProfile p(dir.path());
        QString error;
        QVERIFY(!p.load(&error));
        QVERIFY(error.contains(QLatin1String("fingerprint")));
    }

    void theTokenIsOnlyForTheUser()
    {
        QTemporaryDir dir;
        ClientProfile p(dir.filePath(QStringLiteral("p")));
        QString error;
        QVERIFY2(p.writeToken("tok-123", &error), qPrintable(error));
        QCOMPARE(p.readToken(), QByteArray("tok-123"));
        const QString file = dir.filePath(QStringLiteral("p/token"));
        QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(p.writeToken("tok-456", &error)); // replaced atomically
        QCOMPARE(p.readToken(), QByteArray("tok-456"));
        QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        p.clearToken();
        QVERIFY(!QFile::exists(file));
        QVERIFY(p.readToken().isEmpty());
    }

    void theDefaultDirectoryFollowsTheEnvironment()
    {
        qputenv("PAKN_PROFILE", "/tmp/some/profile");
        QCOMPARE(ClientProfile::defaultDirectory(), QStringLiteral("/tmp/some/profile"));
        qunsetenv("PAKN_PROFILE");
        QVERIFY(ClientProfile::defaultDirectory().endsWith(QLatin1String("/pakn-desk/default")));
    }
};

QTEST_GUILESS_MAIN(TestClientProfile)
#include "tst_clientprofile.moc"
