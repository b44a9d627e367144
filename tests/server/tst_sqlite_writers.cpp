// One SQLite file written through several connections, as the server does
// (the HTTP thread's, ActionWriter's): a TransactionGuard holds the write lock
// from its start, so another connection waits for it instead of the guard
// failing at its first write; WalCheckpointer copies what a writer commits
// from the write-ahead log into the file within a few of its intervals while
// the writer goes on committing, the log still starts over under steady
// writes (it is not left to grow without end), and it stops cleanly.

#include "storage/Database.h"
#include "storage/TransactionGuard.h"
#include "storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn::server;

class TestSqliteWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool exec(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }
    // 1,000 rows of 1 KB in one transaction: about 1 MB more in the log.
    static bool fill(const Database &db)
    {
        return exec(db, QStringLiteral("BEGIN IMMEDIATE")) &&
               exec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM n WHERE i < 1000) INSERT INTO filler SELECT "
                                       "randomblob(1024) FROM n")) &&
               exec(db, QStringLiteral("COMMIT"));
    }

private Q_SLOTS:
    void aGuardHoldsTheWriteLockFromItsStart()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QString error;
        Database first;
        QVERIFY2(first.open(path, &error), qPrintable(error));
        QVERIFY(exec(first, QStringLiteral("CREATE TABLE counter (n INTEGER)")));
        QVERIFY(exec(first, QStringLiteral("INSERT INTO counter VALUES (0)")));
        // The other connection does not wait: it is told the database is locked.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        {
            TransactionGuard guard(first.connection());
            QVERIFY(guard.isActive());
            QSqlQuery read(first.connection());
            QVERIFY(read.exec(QStringLiteral("SELECT n FROM counter")) && read.next());
            read.finish();
            // Locked out since BEGIN, though the guard has only read so far.
            QSqlQuery write(other);
            QVERIFY(!write.exec(QStringLiteral("UPDATE counter SET n = n + 10")));
            QVERIFY2(write.lastError().text().contains(QLatin1String("locked")),
                     qPrintable(write.lastError().text()));
            // So the guard's own write after its read cannot lose to it.
            QVERIFY(exec(first, QStringLiteral("UPDATE counter SET n = n + 1")));
            QVERIFY(guard.commit());
        }
        {
            QSqlQuery write(other);
            QVERIFY(write.exec(QStringLiteral("UPDATE counter SET n = n + 10")));
            QSqlQuery read(other);
            QVERIFY(read.exec(QStringLiteral("SELECT n FROM counter")) && read.next());
            QCOMPARE(read.value(0).toInt(), 11);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    }

    void committedPagesReachTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("checkpointed.sqlite"));
        QString error;
        Database writer;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        QVERIFY(exec(writer, QStringLiteral("CREATE TABLE filler (x BLOB)")));
        for (int i = 0; i < 20; ++i) // 20 MB: short of the writer's own checkpoint at 64 MB
            QVERIFY(fill(writer));
        const qint64 before = QFileInfo(path).size();
        QVERIFY(before < 10'000'000); // in the log only: nobody checkpointed

        {
            WalCheckpointer checkpoints(std::chrono::milliseconds(50));
            QVERIFY2(checkpoints.start(path, &error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 20'000'000, 10000);
            // Writing on meanwhile: never blocked, and that too reaches the file.
            const qint64 copied = QFileInfo(path).size();
            for (int i = 0; i < 5; ++i)
                QVERIFY(fill(writer));
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > copied + 4'000'000, 10000);
        }
        QSqlQuery count(writer.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && count.next());
        QCOMPARE(count.value(0).toInt(), 25'000);
    }

    void theLogStartsOverUnderSteadyWrites()
    {
        const QString path = m_dir.filePath(QStringLiteral("steady.sqlite"));
        const QString log = path + QStringLiteral("-wal");
        QString error;
        Database writer;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        QVERIFY(exec(writer, QStringLiteral("CREATE TABLE filler (x BLOB)")));
        WalCheckpointer checkpoints(std::chrono::milliseconds(100));
        QVERIFY2(checkpoints.start(path, &error), qPrintable(error));
        // 160 MB in 1 MB commits, one right after the other, while the
        // checkpointer copies: the log must still start over now and then.
        qint64 largest = 0;
        for (int i = 0; i < 160; ++i) {
            QVERIFY(fill(writer));
            largest = std::max(largest, QFileInfo(log).size());
        }
        // The writer's own checkpoint comes at 64 MB; without it the log reached 224 MB here.
        QVERIFY2(largest < 120'000'000, qPrintable(QString::number(largest)));
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        WalCheckpointer checkpoints;
        QString error;
        QVERIFY(!checkpoints.start(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqliteWriters)
#include "tst_sqlite_writers.moc"
