// pakn-server's options as parsed (CommandLine): the attachment and connection
// limits, --database (a PostgreSQL URL, whose password no message repeats) and
// --config (a file of the same options that the command line overrides).

#include "CommandLine.h"
#include "storage/DatabaseUrl.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pakn::server;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLineOutcome parse(const QStringList &options)
    {
        return CommandLine::parse(QStringList{QStringLiteral("pakn-server")} + options);
    }

    QTemporaryDir m_dir;

    QString configFile(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("server.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void attachmentLimitsDefaultToTheContractsOnes()
    {
        const CommandLineOutcome o = parse({});
        QVERIFY(o.config);
        QCOMPARE(o.config->attachmentLimits.maxFileBytes, qint64(10485760));
        QCOMPARE(o.config->attachmentLimits.maxPerCase, 20);
        QCOMPARE(o.config->attachmentsPath(), o.config->dataDir + QStringLiteral("/attachments"));
    }

    void attachmentLimitsAreSet()
    {
        const CommandLineOutcome o =
            parse({QStringLiteral("--attachment-max-bytes=2097152"),
                   QStringLiteral("--attachments-per-case"), QStringLiteral("5")});
        QVERIFY2(o.config, qPrintable(o.message));
        QCOMPARE(o.config->attachmentLimits.maxFileBytes, qint64(2097152));
        QCOMPARE(o.config->attachmentLimits.maxPerCase, 5);
        QCOMPARE(o.config->maxBodyBytes, qint64(1024 * 1024)); // other requests keep theirs
    }

    void connectionLimitsDefaultAndAreSet()
    {
        const CommandLineOutcome defaults = parse({});
        QCOMPARE(defaults.config->idleConnectionTimeout, std::chrono::seconds(60));
        QCOMPARE(defaults.config->maxConnections, 1000);
        const CommandLineOutcome o =
            parse({QStringLiteral("--idle-timeout=75"), QStringLiteral("--max-connections=20")});
        QVERIFY2(o.config, qPrintable(o.message));
        QCOMPARE(o.config->idleConnectionTimeout, std::chrono::seconds(75));
        QCOMPARE(o.config->maxConnections, 20);
    }

    void badLimitsAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("named");
        QTest::newRow("bytes not a number") << QStringLiteral("--attachment-max-bytes=ten")
                                            << QStringLiteral("--attachment-max-bytes");
        QTest::newRow("bytes too small") << QStringLiteral("--attachment-max-bytes=10")
                                         << QStringLiteral("--attachment-max-bytes");
        QTest::newRow("count zero") << QStringLiteral("--attachments-per-case=0")
                                    << QStringLiteral("--attachments-per-case");
        QTest::newRow("idle too short")
            << QStringLiteral("--idle-timeout=5") << QStringLiteral("--idle-timeout");
        QTest::newRow("no connections")
            << QStringLiteral("--max-connections=0") << QStringLiteral("--max-connections");
    }
    void badLimitsAreRefusedWithAMessage()
    {
        QFETCH(QString, option);
        QFETCH(QString, named);
        const CommandLineOutcome o = parse({option});
        QVERIFY(!o.config);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.message.contains(named), qPrintable(o.message));
    }

    void withoutDatabaseItIsSqliteInTheDataDirectory()
    {
        const CommandLineOutcome o = parse({QStringLiteral("--data=/srv/pakn")});
        QVERIFY(o.config);
        QCOMPARE(o.config->databaseLocation(), QStringLiteral("/srv/pakn/pakn-server.sqlite"));
    }

    void aPostgresUrlIsTakenApart()
    {
        const QString text = QStringLiteral("postgresql://desk:p%40ss@db.local:6432/pakn");
        const CommandLineOutcome o = parse({QStringLiteral("--database"), text});
        QVERIFY2(o.config, qPrintable(o.message));
        QCOMPARE(o.config->databaseLocation(), text);
        QString error;
        const auto url = DatabaseUrl::parse(text, &error);
        QVERIFY(url);
        QCOMPARE(url->host, QStringLiteral("db.local"));
        QCOMPARE(url->port, 6432);
        QCOMPARE(url->user, QStringLiteral("desk"));
        QCOMPARE(url->password, QStringLiteral("p@ss"));
        QCOMPARE(url->name, QStringLiteral("pakn"));
        QCOMPARE(url->redacted(), QStringLiteral("postgresql://desk@db.local:6432/pakn"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://u@h/d"), &error)->port, 5432);
    }

    void aBadDatabaseUrlIsRefusedWithoutItsPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no database") << QStringLiteral("postgresql://u:secret@host:5432/");
        QTest::newRow("no user") << QStringLiteral("postgresql://host/pakn");
        QTest::newRow("not postgres") << QStringLiteral("mysql://u:secret@host/pakn");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u:secret@host:99999/pakn");
        QTest::newRow("a file") << QStringLiteral("/var/lib/pakn.sqlite");
    }
    void aBadDatabaseUrlIsRefusedWithoutItsPassword()
    {
        QFETCH(QString, url);
        const CommandLineOutcome o = parse({QStringLiteral("--database"), url});
        QVERIFY(!o.config);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.message.contains(QStringLiteral("--database")), qPrintable(o.message));
        QVERIFY2(!o.message.contains(QStringLiteral("secret")), qPrintable(o.message));
    }

    void aConfigFileSetsOptionsTheCommandLineOverrides()
    {
        const QString path = configFile("# the package's file\n"
                                        "data = /var/lib/pakn\n"
                                        "\n"
                                        "listen = 127.0.0.1:9443\n"
                                        "  max-connections=50  \n"
                                        "auto-close-days = \"3\"\n");
        const CommandLineOutcome fromFile = parse({QStringLiteral("--config"), path});
        QVERIFY2(fromFile.config, qPrintable(fromFile.message));
        QCOMPARE(fromFile.config->dataDir, QStringLiteral("/var/lib/pakn"));
        QCOMPARE(fromFile.config->listenPort, quint16(9443));
        QCOMPARE(fromFile.config->maxConnections, 50);
        QCOMPARE(fromFile.config->autoCloseAfterDays, 3);
        QCOMPARE(fromFile.config->idleConnectionTimeout, std::chrono::seconds(60)); // default

        const CommandLineOutcome overridden =
            parse({QStringLiteral("--listen=127.0.0.1:0"), QStringLiteral("--config=") + path,
                   QStringLiteral("--max-connections=7")});
        QVERIFY2(overridden.config, qPrintable(overridden.message));
        QCOMPARE(overridden.config->listenPort, quint16(0));
        QCOMPARE(overridden.config->maxConnections, 7);
        QCOMPARE(overridden.config->dataDir, QStringLiteral("/var/lib/pakn"));
    }

    void aBadConfigFileIsRefusedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown key") << QByteArray("data = /x\nport = 8443\n")
                                     << QStringLiteral("server.conf:2: unknown key \"port\"");
        QTest::newRow("no equals") << QByteArray("# c\nlisten 127.0.0.1:8443\n")
                                   << QStringLiteral("server.conf:2: expected");
        QTest::newRow("no value") << QByteArray("listen =\n") << QStringLiteral("server.conf:1:");
        QTest::newRow("config in config")
            << QByteArray("config = /etc/other.conf\n") << QStringLiteral("unknown key");
        QTest::newRow("bad value")
            << QByteArray("max-connections = many\n") << QStringLiteral("--max-connections");
    }
    void aBadConfigFileIsRefusedNamingTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, named);
        const CommandLineOutcome o = parse({QStringLiteral("--config"), configFile(text)});
        QVERIFY(!o.config);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.message.contains(named), qPrintable(o.message));
    }

    void aMissingConfigFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.conf"));
        const CommandLineOutcome o = parse({QStringLiteral("--config"), path});
        QVERIFY(!o.config);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.message.contains(path), qPrintable(o.message));
    }

    void helpNamesTheOptions()
    {
        const CommandLineOutcome o = parse({QStringLiteral("--help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.message.contains(QStringLiteral("--attachment-max-bytes")));
        QVERIFY(o.message.contains(QStringLiteral("--attachments-per-case")));
        QVERIFY(o.message.contains(QStringLiteral("--database")));
        QVERIFY(o.message.contains(QStringLiteral("--config")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
