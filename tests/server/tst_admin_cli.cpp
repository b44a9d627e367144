// `pakn-server admin …` as a process: results and exit codes (0 done,
// 1 refused, 2 usage), the server's lock respected, and the changes visible
// in the database afterwards.

#include "AdminProcess.h"
#include "ServerProcess.h"

#include "security/PasswordHasher.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn::server;
using admintest::admin;
using admintest::describe;
using admintest::Run;

namespace {
// "  12 Phường Kim Mã (ward)" -> 12
qint64 idInTree(const QString &tree, const QString &name)
{
    for (const QString &line : tree.split(QLatin1Char('\n')))
        if (line.contains(QLatin1Char(' ') + name + QStringLiteral(" (")))
            return line.trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
    return 0;
}
} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server{40};

    // The admin command's --data, or --database on PostgreSQL.
    QString where() const
    {
        return m_server.databaseUrl().isEmpty() ? m_server.dataDir() : m_server.databaseUrl();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PAKN_SERVER_BIN"))
            QSKIP("PAKN_SERVER_BIN is not set");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void refusesWhileTheServerRuns()
    {
        QVERIFY(m_server.isRunning());
        const Run r = admin(where(), {QStringLiteral("unit"), QStringLiteral("list")});
        if (!m_server.databaseUrl().isEmpty()) {
            // PostgreSQL takes the admin command beside running servers.
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            m_server.stop();
            return;
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("running")), qPrintable(describe(r)));
        m_server.stop();
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("area only") << QStringList{QStringLiteral("unit")};
        QTest::newRow("unknown area")
            << QStringList{QStringLiteral("case"), QStringLiteral("list")};
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("unit"), QStringLiteral("explode")};
        QTest::newRow("rename without name")
            << QStringList{QStringLiteral("unit"), QStringLiteral("rename"), QStringLiteral("5")};
        QTest::newRow("id not a number")
            << QStringList{QStringLiteral("unit"), QStringLiteral("rename"), QStringLiteral("x"),
                           QStringLiteral("--name"), QStringLiteral("y")};
        QTest::newRow("merge one id")
            << QStringList{QStringLiteral("unit"), QStringLiteral("merge"), QStringLiteral("5")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--frob")};
        QTest::newRow("create without role") << QStringList{
            QStringLiteral("user"),   QStringLiteral("create"), QStringLiteral("a"),
            QStringLiteral("--name"), QStringLiteral("A"),      QStringLiteral("--unit"),
            QStringLiteral("1")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = admin(where(), args);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.err.contains(QStringLiteral("usage:")));
    }

    void refusesAMissingDataDirectory()
    {
        const Run r = admin(m_server.dataDir() + QStringLiteral("/nope"),
                            {QStringLiteral("unit"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(describe(r)));
    }

    void administersUnitsAndUsers()
    {
        const QString dir = where();
        const Run tree = admin(dir, {QStringLiteral("unit"), QStringLiteral("list")});
        QCOMPARE(tree.exitCode, 0);
        const qint64 kimMa = idInTree(tree.out, QString::fromUtf8("Phường Kim Mã"));
        const qint64 ngocHa = idInTree(tree.out, QString::fromUtf8("Phường Ngọc Hà"));
        const qint64 baDinh = idInTree(tree.out, QString::fromUtf8("Quận Ba Đình"));
        QVERIFY2(kimMa > 0 && ngocHa > 0 && baDinh > 0, qPrintable(tree.out));

        const Run cycle =
            admin(dir, {QStringLiteral("unit"), QStringLiteral("move"), QString::number(baDinh),
                        QStringLiteral("--parent"), QString::number(kimMa)});
        QCOMPARE(cycle.exitCode, 1);
        QVERIFY2(cycle.err.contains(QStringLiteral("cycle")), qPrintable(describe(cycle)));

        const Run merge = admin(dir, {QStringLiteral("unit"), QStringLiteral("merge"),
                                      QString::number(kimMa), QString::number(ngocHa)});
        QVERIFY2(merge.exitCode == 0, qPrintable(describe(merge)));
        QVERIFY(merge.out.startsWith(QStringLiteral("merged unit")));

        const Run created =
            admin(dir,
                  {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("officer.cli"),
                   QStringLiteral("--name"), QString::fromUtf8("Vũ Văn Hải"),
                   QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--unit"),
                   QString::number(ngocHa), QStringLiteral("--password-stdin")},
                  "stdin-secret-1\n");
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        QVERIFY(!created.out.contains(QStringLiteral("stdin-secret-1")));
        const Run again = admin(
            dir, {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("officer")});
        QCOMPARE(again.exitCode, 0);
        const Run reset = admin(dir, {QStringLiteral("user"), QStringLiteral("reset-password"),
                                      QStringLiteral("leader")});
        QCOMPARE(reset.exitCode, 0);
        const QString generated =
            reset.out.section(QStringLiteral("shown only now): "), 1).trimmed();
        QVERIFY2(generated.size() >= 12, qPrintable(reset.out));
        // The listing says whose password is a generated one still to be changed.
        const Run users = admin(dir, {QStringLiteral("user"), QStringLiteral("list")});
        const QStringList lines = users.out.split(QLatin1Char('\n'));
        const auto lineOf = [&lines](const QString &login) {
            for (const QString &l : lines)
                if (l.section(QLatin1Char(' '), 1, 1) == login)
                    return l;
            return QString();
        };
        QVERIFY2(
            lineOf(QStringLiteral("leader")).endsWith(QStringLiteral("(must change its password)")),
            qPrintable(users.out));
        QVERIFY2(lineOf(QStringLiteral("officer")).endsWith(QStringLiteral("(disabled)")),
                 qPrintable(users.out));
        QVERIFY(!lineOf(QStringLiteral("officer.cli")).contains(QStringLiteral("(")));
        QCOMPARE(admin(dir, {QStringLiteral("user"), QStringLiteral("disable"),
                             QStringLiteral("nobody")})
                     .exitCode,
                 1);

        // What the commands wrote, read back from the database.
        Database db;
        QString error;
        QVERIFY2(db.open(m_server.database(), &error), qPrintable(error));
        UnitRepository units(db.connection());
        QVERIFY(!units.find(kimMa));
        QCOMPARE(units.findStored(kimMa)->mergedInto, ngocHa);
        AccountRepository accounts(db.connection());
        const PasswordHasher hasher;
        QVERIFY(hasher.verify(QStringLiteral("stdin-secret-1"),
                              accounts.findByLogin(QStringLiteral("officer.cli"))->passwordHash));
        QVERIFY(accounts.findByLogin(QStringLiteral("officer"))->disabled);
        QCOMPARE(accounts.findByLogin(QStringLiteral("officer"))->account.unitId, ngocHa);
        QVERIFY(
            hasher.verify(generated, accounts.findByLogin(QStringLiteral("leader"))->passwordHash));

        // The four changes are in the administration's history, newest first, under the
        // console's name; the refused ones (a cycle, an unknown login) are not, nor a password.
        const Run history = admin(dir, {QStringLiteral("history"), QStringLiteral("list")});
        QVERIFY2(history.exitCode == 0, qPrintable(describe(history)));
        const QStringList events = history.out.trimmed().split(QLatin1Char('\n'));
        const QStringList actions{QStringLiteral("user.password_reset"),
                                  QStringLiteral("user.disable"), QStringLiteral("user.create"),
                                  QStringLiteral("unit.merge")};
        QCOMPARE(events.size(), actions.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY2(
                events.at(i).contains(QStringLiteral(" ") + actions.at(i) + QStringLiteral(": ")),
                qPrintable(history.out));
            QVERIFY2(events.at(i).contains(QStringLiteral("pakn-server admin")),
                     qPrintable(events.at(i)));
        }
        QVERIFY(events.at(2).contains(QStringLiteral("officer.cli")));
        QVERIFY(!history.out.contains(generated));
        QVERIFY(!history.out.contains(QStringLiteral("stdin-secret-1")));
        const Run page =
            admin(dir, {QStringLiteral("history"), QStringLiteral("list"),
                        QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--before"),
                        events.at(1).section(QLatin1Char(' '), 0, 0)});
        QCOMPARE(page.out.trimmed(), events.at(2));
        QCOMPARE(admin(dir, {QStringLiteral("history"), QStringLiteral("list"),
                             QStringLiteral("--limit"), QStringLiteral("0")})
                     .exitCode,
                 2);
    }
    // What the Debian package's first install does on an empty data directory.
    void aFreshDatabaseGetsItsTopUnitAndAnAdministrator()
    {
        QTemporaryDir fresh;
        const QString dir = fresh.path();
        const Run top = admin(dir, {QStringLiteral("unit"), QStringLiteral("create"),
                                    QStringLiteral("--name"), QStringLiteral("UBND Thành phố"),
                                    QStringLiteral("--kind"), QStringLiteral("city")});
        QVERIFY2(top.exitCode == 0, qPrintable(describe(top)));
        QVERIFY2(top.out.contains(QStringLiteral("created the top unit")), qPrintable(top.out));
        const Run second = admin(dir, {QStringLiteral("unit"), QStringLiteral("create"),
                                       QStringLiteral("--name"), QStringLiteral("Another"),
                                       QStringLiteral("--kind"), QStringLiteral("city")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("needs a parent")), qPrintable(second.err));
        const Run list = admin(dir, {QStringLiteral("unit"), QStringLiteral("list")});
        const qint64 unit = idInTree(list.out, QStringLiteral("UBND Thành phố"));
        QVERIFY2(unit > 0, qPrintable(describe(list)));
        const Run user =
            admin(dir, {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("admin"),
                        QStringLiteral("--name"), QStringLiteral("Administrator"),
                        QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--unit"),
                        QString::number(unit)});
        QVERIFY2(user.exitCode == 0, qPrintable(describe(user)));
        QVERIFY2(user.out.contains(QStringLiteral("one-time password")), qPrintable(user.out));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"
