// `pakn-server admin open311 add|list` as a process: the key is printed once,
// only its hash is stored (the key identifies the client; its text is nowhere
// in the database file), a taken name and bad arguments are refused.

#include "AdminProcess.h"
#include "ScratchDatabase.h"
#include "open311/Open311Keys.h"
#include "storage/Database.h"
#include "storage/Open311ClientRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn::server;
using admintest::describe;
using admintest::Run;

class TestOpen311Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_scratch; // SQLite in m_dir, or PostgreSQL in the _pg copy

    Run admin(const QStringList &args)
    {
        return admintest::admin(m_scratch.location(m_dir.path()), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PAKN_SERVER_BIN"))
            QSKIP("PAKN_SERVER_BIN is not set");
        QVERIFY(m_dir.isValid());
    }

    void aClientGetsAKeyShownOnce()
    {
        const Run added = admin(
            {QStringLiteral("open311"), QStringLiteral("add"), QStringLiteral("Cổng Hà Nội")});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        static const QRegularExpression keyLine(
            QStringLiteral("api key \\(shown only now\\): ([0-9a-f]{64})"));
        const auto match = keyLine.match(added.out);
        QVERIFY2(match.hasMatch(), qPrintable(added.out));
        const QString key = match.captured(1);

        const Run listed = admin({QStringLiteral("open311"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
        QVERIFY(listed.out.contains(QStringLiteral("\"Cổng Hà Nội\" added ")));
        QVERIFY(!listed.out.contains(key));

        {
            Database database;
            QString error;
            QVERIFY2(database.open(
                         m_scratch.location(m_dir.filePath(QStringLiteral("pakn-server.sqlite"))),
                         &error),
                     qPrintable(error));
            Open311ClientRepository clients(database.connection());
            const auto client = clients.findByKeyHash(Open311Keys::hashOf(key));
            QVERIFY(client);
            QCOMPARE(client->name, QStringLiteral("Cổng Hà Nội"));
            QVERIFY(!clients.findByKeyHash(Open311Keys::hashOf(Open311Keys::generate())));
            // PostgreSQL's files are the cluster's: ask the table instead.
            QSqlQuery q(database.connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM open311_clients WHERE key_hash = ? OR "
                                     "name = ?"));
            q.addBindValue(key);
            q.addBindValue(key);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        if (ScratchDatabase::onPostgres())
            return;
        QFile file(m_dir.filePath(QStringLiteral("pakn-server.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key.toLatin1()));
    }

    void refusals()
    {
        const Run taken = admin(
            {QStringLiteral("open311"), QStringLiteral("add"), QStringLiteral("Cổng Hà Nội")});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY(taken.err.contains(QStringLiteral("taken")));
        QCOMPARE(admin({QStringLiteral("open311"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("open311"), QStringLiteral("remove"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestOpen311Cli)
#include "tst_open311_cli.moc"
