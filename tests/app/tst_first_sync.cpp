// The first sync against the real pakn-server (issue 7): several feed pages
// written in bulk, cut off when the server stops, resumed where it stopped,
// ending with exactly what an uninterrupted first sync brings (cases, search
// index, duplicate marks, the figures' facts).

#include "SyncClient.h"
#include "TestCases.h"

#include "cache/UnreadMarks.h"

#include <QTemporaryDir>

using namespace synctest;

namespace {

// The indexes of the cases and their facts as the schema defines them ("name: sql").
QStringList indexesOf(const QSqlDatabase &db,
                      const QString &table = QStringLiteral("sqlite_master"))
{
    QSqlQuery q(db);
    const QString where = table == QLatin1String("sqlite_master")
                              ? QStringLiteral(" WHERE type = 'index' AND sql IS NOT NULL AND"
                                               " tbl_name IN ('cases', 'case_facts')")
                              : QString();
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT name, sql FROM ") + table + where))
        return {q.lastError().text()};
    while (q.next())
        out.append(q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString());
    out.sort();
    return out;
}

QStringList migratedIndexes()
{
    QTemporaryDir dir;
    auto empty = CacheDatabase::open(dir.filePath(QStringLiteral("empty.sqlite")),
                                     QStringLiteral("empty-cache"), nullptr);
    return empty ? indexesOf(empty->db()) : QStringList();
}

} // namespace

class TestFirstSync : public QObject
{
    Q_OBJECT

    // More than three pages of the first sync (1,000 cases each): when the
    // first is stored, FeedFetcher may hold the next two, never the fourth.
    ServerProcess m_server{3400};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void anInterruptedFirstSyncResumesWhereItStopped()
    {
        Client cut(m_server, QStringLiteral("coordinator"));
        QVERIFY(logIn(cut.profile, QStringLiteral("demo")).ok);
        cut.openCache();
        cut.makeEngine();
        // The server goes away as soon as the first page is stored (this round only).
        auto guard = std::make_unique<QObject>();
        QSignalSpy progress(cut.engine.get(), &SyncEngine::feedProgress);
        QObject::connect(cut.engine.get(), &SyncEngine::feedProgress, guard.get(), [this] {
            if (m_server.isRunning())
                m_server.stop();
        });
        // Offline, or an error when the server went away in the middle of an answer.
        const Round stopped = runRound(*cut.engine);
        QVERIFY2(stopped.state == SyncState::Offline || stopped.state == SyncState::Error,
                 qPrintable(stopped.message));
        guard.reset();
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(0).toInt(), 1000);
        QVERIFY(progress.first().at(1).toBool()); // search finds every case at the end
        const int partial = cut.store->count(queue(Queue::All));
        QVERIFY2(partial >= 1000 && partial <= 3000, qPrintable(QString::number(partial)));
        QVERIFY(cut.store->cursor() > 0);
        QVERIFY(!UnreadMarks(cut.cache->db()).firstSyncDone());
        // The rows it shows meanwhile are not news.
        for (const CaseRow &row : cut.store->page(queue(Queue::All), {}, 50))
            QVERIFY(!row.unread);
        // Most indexes wait for the end (DeferredIndexes), their definitions kept in the cache.
        const QStringList migrated = migratedIndexes();
        QVERIFY(migrated.size() > 20);
        const QStringList meanwhile = indexesOf(cut.cache->db());
        const QStringList deferred = indexesOf(cut.cache->db(), QStringLiteral("deferred_indexes"));
        QCOMPARE(meanwhile.size(), 2); // cases_by_id, case_facts_case
        QCOMPARE((QStringList(meanwhile) << deferred).size(), migrated.size());
        QStringList together = meanwhile + deferred;
        together.sort();
        QCOMPARE(together, migrated);
        QCOMPARE(cut.store->count(queue(Queue::Overdue)),
                 int(cut.store->page(queue(Queue::Overdue), {}, 5000).size()));
        // The facts wait aside for the end too (StagedFacts).
        const auto count = [&](const char *table) {
            return testdata::rowsOf(cut.cache->db(),
                                    QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        };
        QCOMPARE(count("case_facts"), QStringList{QStringLiteral("0")});
        QVERIFY(count("case_facts_staged") != QStringList{QStringLiteral("0")});
        // The search index is kept page by page: it finds the cases stored so far.
        CaseQuery road = queue(Queue::All);
        road.search = QStringLiteral("duong");
        QVERIFY(cut.store->count(road) > 0);
        QCOMPARE(count("cases_fts_docsize"), QStringList{QString::number(partial)});
        QSqlQuery meanwhileCheck(cut.cache->db());
        QVERIFY2(meanwhileCheck.exec(QStringLiteral(
                     "INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")),
                 qPrintable(meanwhileCheck.lastError().text()));

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // Meanwhile somebody notes a case the cut-off cache already has.
        auto other = syncedClient(m_server, QStringLiteral("coordinator"));
        QVERIFY(other);
        const CaseId noted = cut.store->page(queue(Queue::All), {}, 1).first().id;
        QVERIFY(other->actions->perform(noted, CaseAction::Note, text(QStringLiteral("Đã xử lý")))
                    .ok());
        QCOMPARE(runRound(*other->engine).actionsSent, 1);

        const Round resumed = runRound(*cut.engine);
        QCOMPARE(resumed.state, SyncState::Idle);
        QVERIFY(UnreadMarks(cut.cache->db()).firstSyncDone());
        QCOMPARE(cut.store->count(queue(Queue::All)), 3400);
        QCOMPARE(indexesOf(cut.cache->db()), migrated);
        QVERIFY(indexesOf(cut.cache->db(), QStringLiteral("deferred_indexes")).isEmpty());
        QCOMPARE(eventsWith(*cut.store->caseById(noted), QStringLiteral("note"),
                            QStringLiteral("Đã xử lý")),
                 1);

        // Exactly what a first sync that ran through brings.
        auto fresh = syncedClient(m_server, QStringLiteral("coordinator"));
        QVERIFY(fresh);
        QCOMPARE(testdata::cachedRows(cut.cache->db()), testdata::cachedRows(fresh->cache->db()));
        QCOMPARE(count("case_facts_staged"), QStringList{QStringLiteral("0")});
        const QString facts = QStringLiteral("SELECT * FROM case_facts ORDER BY at, case_id, seq");
        QVERIFY(testdata::rowsOf(cut.cache->db(), facts).size() >= 3400); // one arrival each
        QCOMPARE(testdata::rowsOf(cut.cache->db(), facts),
                 testdata::rowsOf(fresh->cache->db(), facts));
        for (const QString &words :
             {QStringLiteral("kim ma"), QStringLiteral("duong"), QStringLiteral("da xu ly")}) {
            CaseQuery search = queue(Queue::All);
            search.search = words;
            QVERIFY(fresh->store->count(search) > 0);
            QCOMPARE(cut.store->count(search), fresh->store->count(search));
        }
        QSqlQuery check(cut.cache->db());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
        QCOMPARE(cut.store->count(queue(Queue::PossibleDuplicates)),
                 fresh->store->count(queue(Queue::PossibleDuplicates)));
    }
};

QTEST_GUILESS_MAIN(TestFirstSync)
#include "tst_first_sync.moc"
