// `pakn-server --zalo-config FILE`: the Zalo channel's settings file, read
// strictly, with errors that name the key and never show a secret.
#include "CommandLine.h"
#include "zalo/ZaloSettingsFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn::server;

namespace {
const QByteArray completeFile =
    "{\"appId\": \"app-9\", \"oaSecretKey\": \"s3cr3t-oa\", \"appSecret\": \"s3cr3t-app\", "
    "\"accessToken\": \"a\", \"refreshToken\": \"r\", \"apiBaseUrl\": \"http://127.0.0.1:9000\", "
    "\"oauthBaseUrl\": \"http://127.0.0.1:9001\", \"channelLogin\": \"zalo2\", "
    "\"reportWindowSeconds\": 30, \"replyWindowHours\": 168, \"retryDelayMs\": 250, "
    "\"sendAttempts\": 3}";
} // namespace

class TestZaloSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("zalo-%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
    int m_files = 0;

private Q_SLOTS:
    void aCompleteFileGivesEverySetting()
    {
        const QString path = write(completeFile);
        const CommandLineOutcome outcome = CommandLine::parse(
            {QStringLiteral("pakn-server"), QStringLiteral("--zalo-config"), path});
        QVERIFY2(outcome.config, qPrintable(outcome.message));
        const ZaloSettings &z = outcome.config->zalo;
        QVERIFY(z.configured());
        QCOMPARE(z.appId, QStringLiteral("app-9"));
        QCOMPARE(z.oaSecretKey, QStringLiteral("s3cr3t-oa"));
        QCOMPARE(z.appSecret, QStringLiteral("s3cr3t-app"));
        QCOMPARE(z.apiBaseUrl, QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(z.channelLogin, QStringLiteral("zalo2"));
        QCOMPARE(z.reportWindow, std::chrono::seconds(30));
        QCOMPARE(z.replyWindow, std::chrono::seconds(std::chrono::hours(168)));
        QCOMPARE(z.retryDelay, std::chrono::milliseconds(250));
        QCOMPARE(z.sendAttempts, 3);
    }

    void withoutTheOptionThereIsNoZalo()
    {
        const CommandLineOutcome outcome = CommandLine::parse({QStringLiteral("pakn-server")});
        QVERIFY(outcome.config);
        QVERIFY(!outcome.config->zalo.configured());
    }

    void badFilesAreRefusedWithoutShowingSecrets_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QByteArray("s3cr3t-oa") << QStringLiteral("JSON object");
        QTest::newRow("no secret")
            << QByteArray("{\"appId\": \"app-9\"}") << QStringLiteral("oaSecretKey");
        QTest::newRow("not a string") << QByteArray("{\"appId\": \"app-9\", \"oaSecretKey\": 7}")
                                      << QStringLiteral("oaSecretKey");
        QTest::newRow("bad url") << QByteArray("{\"appId\": \"a\", \"oaSecretKey\": \"s3cr3t-oa\", "
                                               "\"apiBaseUrl\": \"ftp://x\"}")
                                 << QStringLiteral("apiBaseUrl");
        QTest::newRow("zero attempts")
            << QByteArray("{\"appId\": \"a\", \"oaSecretKey\": \"s3cr3t-oa\", \"sendAttempts\": 0}")
            << QStringLiteral("sendAttempts");
        QTest::newRow("fractional window")
            << QByteArray("{\"appId\": \"a\", \"oaSecretKey\": \"s3cr3t-oa\", "
                          "\"reportWindowSeconds\": 1.5}")
            << QStringLiteral("reportWindowSeconds");
    }
    void badFilesAreRefusedWithoutShowingSecrets()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        const CommandLineOutcome outcome = CommandLine::parse(
            {QStringLiteral("pakn-server"), QStringLiteral("--zalo-config"), write(content)});
        QVERIFY(!outcome.config);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.message.contains(named), qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(QStringLiteral("s3cr3t")));
    }

    void aMissingFileIsNamed()
    {
        QString error;
        QVERIFY(!ZaloSettingsFile::read(m_dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("none.json")), qPrintable(error));
    }
};

QTEST_MAIN(TestZaloSettings)
#include "tst_zalo_settings.moc"
