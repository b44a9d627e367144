#include "cache/CacheDatabase.h"
#include "cache/CacheSchema.h"
#include "cache/CaseStore.h"

#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pakn;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')"
                          " ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &b : bytes)
        b = char(generator.bounded(256));
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migrationsAreNumberedFromOneInOrder()
    {
        int expected = 1;
        for (const CacheMigration &m : cacheMigrations()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.statements.empty());
        }
        QCOMPARE(CacheDatabase::schemaVersion(), expected - 1);
    }

    void emptyFileMigratesToTheNewestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/cache.sqlite"));
        QString error;
        auto cache = CacheDatabase::open(path, QStringLiteral("fresh"), &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(storedSchemaVersion(cache->db(), &error), CacheDatabase::schemaVersion());
        const QStringList names = tables(cache->db());
        for (const char *table : {"meta", "units", "accounts", "cases", "cases_fts", "outbox",
                                  "local_drafts", "schema_version"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void walIsOnAndVerified()
    {
        QTemporaryDir dir;
        QString error;
        auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("c.sqlite")),
                                         QStringLiteral("wal"), &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(scalar(cache->db(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(cache->db(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(cache->db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // A new cache's pages are 16 KiB (a case's JSON fits in one).
        QCOMPARE(scalar(cache->db(), QStringLiteral("PRAGMA page_size")).toInt(), 16384);
        // and its search index's leaves nearly as large
        QCOMPARE(
            scalar(cache->db(), QStringLiteral("SELECT v FROM cases_fts_config WHERE k = 'pgsz'"))
                .toInt(),
            16000);
    }

    void reopeningIsIdempotentAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        const Account me{9, QStringLiteral("officer"), QStringLiteral("Lê Thị Lan"), Role::Officer,
                         5};
        {
            auto cache = CacheDatabase::open(path, QStringLiteral("first"), &error);
            QVERIFY2(cache, qPrintable(error));
            QVERIFY(CaseStore(cache->db()).setMe(me));
        }
        for (int i = 0; i < 2; ++i) {
            auto cache = CacheDatabase::open(path, QStringLiteral("again"), &error);
            QVERIFY2(cache, qPrintable(error));
            QCOMPARE(storedSchemaVersion(cache->db(), &error), CacheDatabase::schemaVersion());
            QCOMPARE(
                scalar(cache->db(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                1);
            QCOMPARE(CaseStore(cache->db()).me(), me);
        }
    }

    void anOldFileMigratesForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        {
            // Build a version-1 file the way an older client left it.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY2(migrateCache(db, 1, &error), qPrintable(error));
            QCOMPARE(storedSchemaVersion(db, &error), 1);
            QVERIFY(!tables(db).contains(QStringLiteral("local_drafts")));
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('cursor', '77')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto cache = CacheDatabase::open(path, QStringLiteral("new"), &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(storedSchemaVersion(cache->db(), &error), CacheDatabase::schemaVersion());
        QVERIFY(tables(cache->db()).contains(QStringLiteral("local_drafts")));
        QCOMPARE(CaseStore(cache->db()).cursor(), 77);
        // A cache made before 16 KiB pages keeps its own size.
        QCOMPARE(scalar(cache->db(), QStringLiteral("PRAGMA page_size")).toInt(), 4096);
        QVERIFY(
            scalar(cache->db(), QStringLiteral("SELECT v FROM cases_fts_config WHERE k = 'pgsz'"))
                .isNull());
    }

    void twoConnectionsMigrateAnOldFileOnce()
    {
        // The GUI and the sync thread open the cache at the same moment after
        // an upgrade: one migrates, the other waits and finds it done.
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            QString error;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                // Every real cache file is in WAL mode from its first open on.
                QVERIFY(QSqlQuery(QStringLiteral("PRAGMA journal_mode=WAL"), db).next());
                QVERIFY(migrateCache(db, 1, &error));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("v1"));
            QStringList errors;
            QMutex mutex;
            const auto opener = [&](int n) {
                return QThread::create([&, n] {
                    QString why;
                    const auto cache =
                        CacheDatabase::open(path, QStringLiteral("thread-%1").arg(n), &why);
                    if (!cache) {
                        QMutexLocker lock(&mutex);
                        errors.append(why);
                    }
                });
            };
            std::unique_ptr<QThread> a(opener(1));
            std::unique_ptr<QThread> b(opener(2));
            a->start();
            b->start();
            QVERIFY(a->wait(20000) && b->wait(20000));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            auto cache = CacheDatabase::open(path, QStringLiteral("check"), &error);
            QVERIFY(cache);
            QCOMPARE(storedSchemaVersion(cache->db(), &error), CacheDatabase::schemaVersion());
        }
    }

    void aFailingMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrateCache(db, 1, &error));
            // Migration 2 creates local_drafts: make it fail half-way.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE local_drafts (x)")));
            QVERIFY(!migrateCache(db, 2, &error));
            QVERIFY(error.contains(QLatin1String("Migration 2")));
            QCOMPARE(storedSchemaVersion(db, &error), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
        QVERIFY(!CacheDatabase::open(path, QStringLiteral("clash2"), &error));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("clash2")));
    }

    void aNewerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            auto cache = CacheDatabase::open(path, QStringLiteral("now"), &error);
            QVERIFY(cache);
            QSqlQuery q(cache->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        QVERIFY(!CacheDatabase::open(path, QStringLiteral("later"), &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    }

    void aFileThatIsNotADatabaseIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("random bytes") << randomBytes(8192);
        QTest::newRow("text") << QByteArray("user=officer\npassword=secret\n");
        QTest::newRow("sqlite header, garbage after")
            << QByteArray("SQLite format 3", 16) + randomBytes(8192 - 16);
    }
    void aFileThatIsNotADatabaseIsReportedAndKept()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        writeFile(path, content);
        QString error;
        const auto cache = CacheDatabase::open(path, QStringLiteral("corrupt"), &error);
        QVERIFY(!cache);
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readFile(path), content);
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("corrupt")));
    }

    void theConnectionIsRemovedWithTheObject()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("c.sqlite")),
                                             QStringLiteral("scoped"), &error);
            QVERIFY(cache);
            QVERIFY(QSqlDatabase::contains(QStringLiteral("scoped")));
            // A second open under the same name is refused, not silently replaced.
            QVERIFY(!CacheDatabase::open(dir.filePath(QStringLiteral("d.sqlite")),
                                         QStringLiteral("scoped"), &error));
            QVERIFY(cache->db().isOpen());
        }
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("scoped")));
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
