// Every shipped executable prints the one version set in the top CMakeLists
// (project(VERSION …)) for --version: the packages take theirs from there too.

#include <QProcess>
#include <QTest>

class TestVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachBinaryPrintsTheProjectVersion_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("name");
        QTest::newRow("server") << QStringLiteral("PAKN_SERVER_BIN")
                                << QStringLiteral("pakn-server");
        QTest::newRow("cli") << QStringLiteral("PAKN_BIN") << QStringLiteral("pakn");
        QTest::newRow("desk") << QStringLiteral("PAKN_DESK_BIN") << QStringLiteral("pakn-desk");
    }
    void eachBinaryPrintsTheProjectVersion()
    {
        QFETCH(QString, variable);
        QFETCH(QString, name);
        const QString binary = qEnvironmentVariable(qPrintable(variable));
        if (binary.isEmpty())
            QSKIP("not built here (PAKN_BUILD_GUI=OFF)");
        QProcess p;
        p.start(binary, {QStringLiteral("--version")});
        QVERIFY2(p.waitForFinished(30000), qPrintable(binary));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                 name + QLatin1Char(' ') + QStringLiteral(PAKN_EXPECTED_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
