// Cache schema 9, the narrow row: a case's JSON in case_json, apart from the
// list row. A file an older client left at schema 8 — cases, queued actions,
// drafts, unread marks — opens migrated with the same cases, the same search
// results and nothing of the user's local work lost, before and after its
// cases' JSON moved in the background (CaseJsonMove); new writes and
// removals keep the two tables together.

#include "TestCases.h"

#include "cache/CacheSchema.h"
#include "cache/CaseJsonMove.h"
#include "cache/Outbox.h"
#include "cache/UnreadMarks.h"
#include "domain/JsonCodec.h"

#include <QJsonDocument>

using namespace testdata;

namespace {

QList<Case> someCases()
{
    const QString titles[] = {
        QStringLiteral("Đường Láng ngập nước sau mưa"), QStringLiteral("Rác thải ở ngõ 18/5"),
        QStringLiteral("Đèn đường hỏng trước số 5"), QStringLiteral("Cây xanh đổ chắn lối đi"),
        QStringLiteral("Tiếng ồn công trình ban đêm")};
    const CaseStatus statuses[] = {CaseStatus::New, CaseStatus::InProgress, CaseStatus::Answered,
                                   CaseStatus::Closed, CaseStatus::PendingAcceptance};
    QList<Case> cases;
    for (CaseId id = 1; id <= 25; ++id)
        cases.append(makeCase(id, statuses[id % 5], titles[id % 5]));
    return cases;
}

// Everything a user could tell apart: rows, whole cases, search pages, local work.
QStringList contentOf(const QSqlDatabase &db)
{
    CaseStore store(db);
    QStringList out = cachedRows(db);
    for (CaseId id = 1; id <= 25; ++id) {
        const auto c = store.caseById(id);
        out.append(c ? QString::fromUtf8(QJsonDocument(toJson(*c)).toJson()) : QStringLiteral("-"));
    }
    for (const Queue queue : {Queue::All, Queue::UnitOpen, Queue::AssignedToMe})
        for (const QString &search :
             {QString(), QStringLiteral("duong"), QStringLiteral("rac thai"),
              QStringLiteral("18/5"), QStringLiteral("d"), QStringLiteral("ngap lang")}) {
            CaseQuery query;
            query.queue = queue;
            query.search = search;
            QStringList page;
            for (const CaseRow &r : store.page(query, {}, 100))
                page.append(QStringLiteral("%1:%2:%3").arg(r.id).arg(r.pending).arg(r.unread));
            out.append(search + QLatin1Char('=') + page.join(QLatin1Char(',')) +
                       QStringLiteral(" of %1").arg(store.count(query)));
        }
    for (const OutboxEntry &e : Outbox(db).pending())
        out.append(QStringLiteral("outbox %1 %2 %3 %4")
                       .arg(e.id)
                       .arg(e.caseId)
                       .arg(e.key)
                       .arg(e.baseVersion));
    for (const CaseStore::LocalDraft &d : store.localDrafts())
        out.append(QStringLiteral("draft %1 %2").arg(d.caseId).arg(d.text));
    out += rowsOf(db, QStringLiteral("SELECT * FROM case_seen ORDER BY case_id"));
    out += rowsOf(db,
                  QStringLiteral("SELECT * FROM meta WHERE key <> 'json_move_after' ORDER BY key"));
    return out;
}

void compare(const QStringList &got, const QStringList &expected)
{
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i), expected.at(i));
}

// Copies one table's rows from the attached `fresh` file into the old one.
bool copyTable(QSqlQuery &q, const QString &table)
{
    return q.exec(QStringLiteral("DELETE FROM main.") + table) &&
           q.exec(QStringLiteral("INSERT INTO main.") + table +
                  QStringLiteral(" SELECT * FROM fresh.") + table);
}

} // namespace

class TestCacheNarrowRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOldFileKeepsEverythingThroughTheMigration()
    {
        // The cache as this version writes it: the expected content.
        CacheFixture fresh;
        CaseStore store(fresh.db());
        QString error;
        QVERIFY2(store.setMe(officer(), &error), qPrintable(error));
        QVERIFY2(store.applyFeedPage(pageOf(someCases(), 25), &error), qPrintable(error));
        Outbox outbox(fresh.db());
        QVERIFY(outbox.enqueue(2, CaseAction::Note, {{QStringLiteral("text"), QStringLiteral("x")}},
                               3, &error));
        QVERIFY(store.setPending(2, true, &error));
        QVERIFY(store.setLocalDraft(3, QStringLiteral("Bản nháp trả lời"), &error));
        QVERIFY(UnreadMarks(fresh.db()).markSeen(7, 3, &error));
        Case changed = makeCase(8, CaseStatus::InProgress, QStringLiteral("Ổ gà đường Láng"));
        changed.version = 4;
        QVERIFY(store.applyFeedPage(pageOf({changed}, 26), &error));
        const QStringList expected = contentOf(fresh.db());
        QVERIFY(expected.join(QString()).contains(QStringLiteral("outbox")));

        // The same content in a schema-8 file, as the previous client left it.
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old8"));
            db.setDatabaseName(oldPath);
            QVERIFY(db.open());
            QVERIFY2(migrateCache(db, 8, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS fresh").arg(fresh.path())));
            for (const QString &table :
                 {QStringLiteral("meta"), QStringLiteral("accounts"), QStringLiteral("units"),
                  QStringLiteral("outbox"), QStringLiteral("local_drafts"),
                  QStringLiteral("case_seen"), QStringLiteral("saved_queues"),
                  QStringLiteral("case_facts")})
                QVERIFY2(copyTable(q, table), qPrintable(q.lastError().text()));
            QStringList columns;
            QVERIFY(q.exec(QStringLiteral("PRAGMA fresh.table_info(cases)")));
            while (q.next())
                if (q.value(1).toString() != QLatin1String("json"))
                    columns.append(QStringLiteral("c.") + q.value(1).toString());
            const QString list = columns.join(QStringLiteral(", "));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO main.cases (") +
                            QString(list).remove(QStringLiteral("c.")) +
                            QStringLiteral(", json) SELECT ") + list +
                            QStringLiteral(", j.json FROM fresh.cases AS c JOIN fresh.case_json"
                                           " AS j ON j.id = c.id")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')")));
            QVERIFY(q.exec(QStringLiteral("DETACH DATABASE fresh")));
            QCOMPARE(storedSchemaVersion(db, &error), 8);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old8"));

        auto migrated = CacheDatabase::open(oldPath, QStringLiteral("migrated"), &error);
        QVERIFY2(migrated, qPrintable(error));
        QCOMPARE(storedSchemaVersion(migrated->db(), &error), CacheDatabase::schemaVersion());
        CaseJsonMove move(migrated->db());
        QVERIFY(!move.done());
        compare(contentOf(migrated->db()), expected); // nothing moved yet
        QCOMPARE(move.runBatch(10, &error), 10);
        compare(contentOf(migrated->db()), expected); // some moved
        while (!move.done())
            QVERIFY2(move.runBatch(10, &error) >= 0, qPrintable(error));
        compare(contentOf(migrated->db()), expected);
        QCOMPARE(rowsOf(migrated->db(), QStringLiteral("SELECT count(*) FROM case_json")),
                 QStringList{QStringLiteral("25")});
        QCOMPARE(
            rowsOf(migrated->db(), QStringLiteral("SELECT count(*) FROM cases WHERE json <> x''")),
            QStringList{QStringLiteral("0")});
    }

    // A case the sync writes while the move is under way keeps its new JSON.
    void aCaseWrittenDuringTheMoveKeepsItsNewJson()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf(someCases(), 25), &error));
        // As migration 9 leaves a cache: every JSON still in its row.
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE cases SET json = (SELECT json FROM case_json AS j WHERE j.id = cases.id)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM case_json")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('json_move_after', '0')")));
        CaseJsonMove move(cache.db());
        QCOMPARE(move.runBatch(5, &error), 5);
        Case changed = someCases().at(19);
        changed.version = 9;
        changed.title = QStringLiteral("Tiêu đề mới");
        QVERIFY(store.applyFeedPage(pageOf({changed}, 26), &error));
        QCOMPARE(store.caseById(20)->title, changed.title);
        while (!move.done())
            QVERIFY2(move.runBatch(5, &error) >= 0, qPrintable(error));
        QCOMPARE(store.caseById(20)->title, changed.title);
        QCOMPARE(store.caseById(20)->version, 9);
        QCOMPARE(store.caseById(19)->title, someCases().at(18).title);
        CaseQuery query;
        query.queue = Queue::All;
        query.search = QStringLiteral("tieu de moi");
        QCOMPARE(store.page(query, {}, 10).size(), 1);
    }

    void removalsAndTheLogoutWipeTakeTheJsonAlong()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf(someCases(), 25), &error));
        const QString count = QStringLiteral("SELECT count(*) FROM case_json");
        QCOMPARE(rowsOf(cache.db(), count), QStringList{QStringLiteral("25")});
        QVERIFY2(store.removeCase(4, &error), qPrintable(error));
        QCOMPARE(rowsOf(cache.db(), count), QStringList{QStringLiteral("24")});
        QVERIFY(!store.caseById(4));
        QCOMPARE(store.caseById(5)->title, someCases().at(4).title);
        QVERIFY2(store.clearCases(&error), qPrintable(error));
        QCOMPARE(rowsOf(cache.db(), count), QStringList{QStringLiteral("0")});
    }
};

QTEST_GUILESS_MAIN(TestCacheNarrowRow)
#include "tst_cache_narrowrow.moc"
