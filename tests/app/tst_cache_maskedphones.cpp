// Cache schema 10: a desk upgraded from one that cached the reporters' full
// phone numbers (the server sent them in every case's JSON then) opens its
// file with every number masked by the shared rule (domain/PhoneMask.h), in
// case_json and in rows whose JSON had not moved there yet, and the file's
// bytes no longer hold any of them.

#include "TestCases.h"

#include "cache/CacheSchema.h"
#include "domain/PhoneMask.h"

#include <QFile>

using namespace testdata;

namespace {

const QString fullPhone = QStringLiteral("0912 468 357");
const QByteArray phoneDigits = "0912468357";

// The cache file's bytes and its WAL's, if one is left.
QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : {path, QString(path + QStringLiteral("-wal"))}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

} // namespace

class TestCacheMaskedPhones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOldFilesPhonesAreMaskedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            // The cache as the desk before schema 10 left it: full numbers, one
            // case's JSON still in its row (not yet moved to case_json).
            auto old = CacheDatabase::open(path, QStringLiteral("old"), &error);
            QVERIFY2(old, qPrintable(error));
            CaseStore store(old->db());
            QList<Case> cases;
            for (CaseId id = 1; id <= 30; ++id) {
                Case c = makeCase(id);
                c.reporterPhone = id % 3 == 0 ? QString() : fullPhone;
                cases.append(c);
            }
            cases[1].reporterPhone = QStringLiteral("113");
            QVERIFY2(store.applyFeedPage(pageOf(cases, 30), &error), qPrintable(error));
            QSqlQuery q(old->db());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE cases SET json = (SELECT json FROM case_json AS j WHERE j.id = cases.id)"
                " WHERE id = 4")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM case_json WHERE id = 4")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE deferred_indexes")));  // schema 11
            QVERIFY(q.exec(QStringLiteral("DROP TABLE case_facts_staged"))); // schema 12
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (9)")));
            QCOMPARE(store.caseById(4)->reporterPhone, fullPhone);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY(fileBytes(path).contains(fullPhone.toUtf8()));

        {
            auto migrated = CacheDatabase::open(path, QStringLiteral("migrated"), &error);
            QVERIFY2(migrated, qPrintable(error));
            QCOMPARE(storedSchemaVersion(migrated->db(), &error), CacheDatabase::schemaVersion());
            CaseStore store(migrated->db());
            for (CaseId id = 1; id <= 30; ++id) {
                const auto c = store.caseById(id);
                QVERIFY(c);
                const QString expected = id == 2       ? QStringLiteral("***")
                                         : id % 3 == 0 ? QString()
                                                       : QStringLiteral("******* 357");
                QCOMPARE(c->reporterPhone, expected);
                QCOMPARE(c->title, makeCase(id).title); // the rest of the case as it was
            }
            QCOMPARE(maskedPhone(fullPhone), QStringLiteral("******* 357"));
            // Opened again: nothing more to migrate.
            auto again = CacheDatabase::open(path, QStringLiteral("again"), &error);
            QVERIFY2(again, qPrintable(error));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("migrated"));
        QSqlDatabase::removeDatabase(QStringLiteral("again"));
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(fullPhone.toUtf8()));
        QVERIFY(!bytes.contains(phoneDigits));
    }
};

QTEST_GUILESS_MAIN(TestCacheMaskedPhones)
#include "tst_cache_maskedphones.moc"
