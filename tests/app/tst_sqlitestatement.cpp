// SqliteStatement, the first sync's writes through SQLite's own interface:
// every kind of value a cache row holds comes back as QSqlQuery would have
// stored it (a null QString as NULL, Vietnamese text intact, bytes as a
// blob), a failed run says why and leaves the statement usable, an
// unprepared statement refuses to run, and a query reads back one text.

#include "TestCases.h"
#include "cache/SqliteHandle.h"
#include "cache/SqliteStatement.h"

#include <QSqlQuery>
#include <QTest>

using namespace pakn;
using namespace testdata;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesComeBackAsBound()
    {
        CacheFixture cache;
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c, d, e)")));
        SqliteStatement insert;
        QString error;
        QVERIFY2(insert.prepare(sqliteHandleOf(cache.db()),
                                QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)"), &error),
                 qPrintable(error));
        const QString text = QStringLiteral("Đường Kim Mã ngập — 5 ngày");
        QVERIFY2(insert.run({1, qint64(1) << 40, 2.5, text, QByteArray("\x01\x00\x02", 3),
                             QVariant(QMetaType::fromType<int>())},
                            &error),
                 qPrintable(error));
        QVERIFY2(
            insert.run({2, true, QString(), QStringLiteral(""), QByteArray(), QVariant()}, &error),
            qPrintable(error));
        QCOMPARE(rowsOf(cache.db(), QStringLiteral("SELECT typeof(a), typeof(b), typeof(c),"
                                                   " typeof(d), typeof(e) FROM t ORDER BY id")),
                 (QStringList{QStringLiteral("integer|real|text|blob|null"),
                              QStringLiteral("integer|null|text|null|null")}));
        QVERIFY(q.exec(QStringLiteral("SELECT a, c, d FROM t WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value(1).toString(), text);
        QCOMPARE(q.value(2).toByteArray(), QByteArray("\x01\x00\x02", 3));
    }

    void aFailedRunSaysWhyAndTheStatementGoesOn()
    {
        CacheFixture cache;
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a NOT NULL)")));
        SqliteStatement insert;
        QString error;
        QVERIFY(!insert.run({1, 2}, &error)); // not prepared yet
        QVERIFY(!error.isEmpty());
        QVERIFY(!insert.prepare(sqliteHandleOf(cache.db()),
                                QStringLiteral("INSERT INTO nowhere VALUES (?)"), &error));
        QVERIFY2(error.contains(QLatin1String("nowhere")), qPrintable(error));
        QVERIFY(insert.prepare(sqliteHandleOf(cache.db()),
                               QStringLiteral("INSERT INTO t VALUES (?, ?)"), &error));
        QVERIFY(!insert.run({1, QVariant()}, &error));
        QVERIFY2(error.contains(QLatin1String("NOT NULL")), qPrintable(error));
        QVERIFY2(insert.run({1, 7}, &error), qPrintable(error));
        QVERIFY(!insert.run({1, 8}, &error));
        QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
        QCOMPARE(rowsOf(cache.db(), QStringLiteral("SELECT id, a FROM t")),
                 QStringList{QStringLiteral("1|7")});
    }

    void aQueryReadsItsFirstText()
    {
        CacheFixture cache;
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1, 'phường Kim Mã'), (2, ''),"
                                      " (3, NULL)")));
        SqliteStatement read;
        QString error;
        QVERIFY(read.prepare(sqliteHandleOf(cache.db()),
                             QStringLiteral("SELECT a FROM t WHERE id = ?"), &error));
        std::optional<QString> text;
        QVERIFY2(read.readText({1}, &text, &error), qPrintable(error));
        QCOMPARE(text, std::optional(QStringLiteral("phường Kim Mã")));
        QVERIFY(read.readText({2}, &text, &error));
        QVERIFY(text && text->isEmpty() && !text->isNull());
        QVERIFY(read.readText({3}, &text, &error));
        QVERIFY(text && text->isNull());
        QVERIFY(read.readText({4}, &text, &error));
        QCOMPARE(text, std::nullopt);               // no row
        QVERIFY(read.readText({1}, &text, &error)); // reset after each read
        QCOMPARE(text, std::optional(QStringLiteral("phường Kim Mã")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
