// The cache's write side and small reads: feed pages (upsert, tombstones,
// cursor, rollback), queue counts, queued cases kept pending, the directory,
// local drafts.

#include "TestCases.h"

#include "cache/Outbox.h"
#include "cache/UnreadMarks.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace pakn;
using namespace testdata;

namespace {

CaseQuery queryOf(Queue queue, const QString &search = {})
{
    CaseQuery q;
    q.queue = queue;
    q.search = search;
    return q;
}
} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPageUpsertsRemovesAndStoresItsCursor()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        const QList<Case> cases = {makeCase(1), makeCase(2), makeCase(3)};
        QVERIFY2(store.applyFeedPage(pageOf(cases, 10), &error), qPrintable(error));
        QCOMPARE(store.cursor(), 10);
        QCOMPARE(store.count(queryOf(Queue::All)), 3);
        QCOMPARE(store.caseById(2), cases.at(1)); // the full case, history included

        Case changed = cases.at(1);
        changed.title = QStringLiteral("Cột điện nghiêng");
        changed.version = 4;
        FeedPage next = pageOf({changed}, 11);
        next.changes.append({12, std::nullopt, 3});
        next.cursor = 12;
        QVERIFY2(store.applyFeedPage(next, &error), qPrintable(error));
        QCOMPARE(store.cursor(), 12);
        QCOMPARE(store.count(queryOf(Queue::All)), 2);
        QCOMPARE(store.caseById(2)->title, changed.title);
        QVERIFY(!store.caseById(3));
        // The index follows: the old title is gone, the new one found, the removed case too.
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("cot dien"))), 1);
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so 2"))), 0);
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so 3"))), 0);
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so 1"))), 1);

        // A tombstone for a case never seen is harmless.
        FeedPage unknown;
        unknown.changes.append({13, std::nullopt, 999});
        unknown.cursor = 13;
        QVERIFY(store.applyFeedPage(unknown, &error));
        QCOMPARE(store.cursor(), 13);
    }

    void aFirstSyncInPagesEndsAsIfWrittenCaseByCase()
    {
        // The first sync writes in bulk (FirstSyncWriter), keeps the search
        // index page by page and marks duplicates at its last page; a cache
        // whose first sync was done (an empty one) writes the same pages case
        // by case (CaseWriter).
        Case moved = makeCase(2);
        moved.address = QStringLiteral("Ngõ 9 phố Huế");
        moved.title = QStringLiteral("Cột điện nghiêng");
        moved.version = 5;
        FeedPage first = pageOf({makeCase(1), makeCase(2), makeCase(3)}, 3);
        first.more = true;
        FeedPage second = pageOf({makeCase(4), makeCase(5)}, 5);
        second.changes.append({6, std::nullopt, 3});
        second.cursor = 6;
        second.more = true;
        const FeedPage last = pageOf({makeCase(6), moved}, 8);

        CacheFixture bulk;
        CaseStore bulkStore(bulk.db());
        CacheFixture oneByOne;
        CaseStore oneByOneStore(oneByOne.db());
        QString error;
        QVERIFY(oneByOneStore.applyFeedPage(pageOf({}, 0), &error));
        // Search finds the cases stored so far: 1–3, then 1, 2, 4, 5 (3
        // removed), then 2 renamed.
        const QList<int> found[] = {{3, 1, 1}, {4, 0, 1}, {4, 0, 0}};
        int step = 0;
        for (const FeedPage &page : {first, second, last}) {
            QVERIFY2(bulkStore.applyFeedPage(page, &error), qPrintable(error));
            QVERIFY2(oneByOneStore.applyFeedPage(page, &error), qPrintable(error));
            // Interrupted here, the next round resumes after this page.
            QCOMPARE(bulkStore.cursor(), page.cursor);
            const QList<int> counts = {
                bulkStore.count(queryOf(Queue::All, QStringLiteral("phan anh so"))),
                bulkStore.count(queryOf(Queue::All, QStringLiteral("phan anh so 3"))),
                bulkStore.count(queryOf(Queue::All, QStringLiteral("phan anh so 2")))};
            QCOMPARE(counts, found[step++]);
        }
        QVERIFY(UnreadMarks(bulk.db()).firstSyncDone());
        QCOMPARE(cachedRows(bulk.db()), cachedRows(oneByOne.db()));
        QCOMPARE(bulkStore.count(queryOf(Queue::All)), 5);
        QCOMPARE(bulkStore.count(queryOf(Queue::PossibleDuplicates)), 4);
        QCOMPARE(bulkStore.count(queryOf(Queue::All, QStringLiteral("cot dien"))), 1);
        QCOMPARE(bulkStore.count(queryOf(Queue::All, QStringLiteral("phan anh so"))), 4);
        QCOMPARE(bulkStore.count(queryOf(Queue::All, QStringLiteral("phan anh so 3"))), 0);
        QSqlQuery check(bulk.db());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
        for (const CaseRow &row : bulkStore.page(queryOf(Queue::All), {}, 10))
            QVERIFY(!row.unread); // the first sync is the starting point, not news

        // After it, changes are written case by case and the index follows them.
        Case renamed = makeCase(4);
        renamed.title = QStringLiteral("Đèn đường hỏng");
        renamed.version = 4;
        QVERIFY(bulkStore.applyFeedPage(pageOf({renamed}, 9), &error));
        QCOMPARE(bulkStore.count(queryOf(Queue::All, QStringLiteral("den duong"))), 1);
        QCOMPARE(bulkStore.count(queryOf(Queue::All, QStringLiteral("phan anh so"))), 3);
    }

    void aFirstSyncBegunWithoutTheSearchIndexRebuildsItAtItsEnd()
    {
        // Pages of a first sync written by a build that left the search index
        // to the end: the last page finds the index short and rebuilds it.
        CacheFixture cache;
        CaseStore store(cache.db());
        FeedPage first = pageOf({makeCase(1), makeCase(2), makeCase(3)}, 3);
        first.more = true;
        QString error;
        QVERIFY2(store.applyFeedPage(first, &error), qPrintable(error));
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('delete-all')")));
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so"))), 0);
        QVERIFY2(store.applyFeedPage(pageOf({makeCase(4)}, 4), &error), qPrintable(error));
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so"))), 4);
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")),
            qPrintable(q.lastError().text()));
    }

    void aChangeThatKeepsTheListColumnsIsStoredWhole()
    {
        // Most feed changes (a note, a draft) leave every sorted and searched
        // column as it was; the writer then skips the index updates, and the
        // case must still be stored and found exactly as sent.
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf({makeCase(1), makeCase(2)}, 10), &error));
        Case noted = makeCase(1);
        noted.version = 5;
        noted.history.append({0, noted.receivedAt.addSecs(600), 4, QStringLiteral("Lê Thị Lan"),
                              QStringLiteral("note"), QStringLiteral("Đã gọi điện xác minh"),
                              QStringLiteral("pakn-desk")});
        noted.extensions.append({noted.receivedAt, 4, QStringLiteral("Lê Thị Lan"),
                                 QStringLiteral("Chờ khảo sát"), noted.receivedAt.addDays(20)});
        QVERIFY2(store.applyFeedPage(pageOf({noted}, 11), &error), qPrintable(error));
        QCOMPARE(store.caseById(1), std::optional(noted));
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so 1"))), 1);
        const auto rows = store.page(queryOf(Queue::All), {}, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id + rows.at(1).id, 3);
    }

    void aMalformedChangeRollsBackThePage()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf({makeCase(1)}, 5), &error));
        FeedPage bad = pageOf({makeCase(2)}, 7);
        bad.changes.append({7, std::nullopt, 0}); // neither a case nor a removed id
        QVERIFY(!store.applyFeedPage(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.cursor(), 5);
        QVERIFY(!store.caseById(2));
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so 2"))), 0);
    }

    void aFailingStatementRollsBackThePage()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf({makeCase(1)}, 5), &error));
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON cases"
                           " WHEN NEW.id = 666 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        FeedPage page = pageOf({makeCase(2), makeCase(666)}, 9);
        page.changes.prepend({6, std::nullopt, 1});
        QVERIFY(!store.applyFeedPage(page, &error));
        QVERIFY2(error.contains(QLatin1String("disk on fire")), qPrintable(error));
        QCOMPARE(store.cursor(), 5);
        QVERIFY(store.caseById(1)); // the tombstone before the failure was rolled back too
        QVERIFY(!store.caseById(2));
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh so 1"))), 1);
    }

    void rowsCarryTheListColumns()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        Case c = makeCase(42, CaseStatus::AwaitingApproval);
        c.urgency = Urgency::Urgent;
        QVERIFY(store.applyFeedPage(pageOf({c}, 1), &error));
        const QList<CaseRow> rows = store.page(queryOf(Queue::All), {}, 10);
        QCOMPARE(rows.size(), 1);
        const CaseRow &r = rows.first();
        QCOMPARE(r.id, 42);
        QCOMPARE(r.title, c.title);
        QCOMPARE(r.status, CaseStatus::AwaitingApproval);
        QCOMPARE(r.field, c.field);
        QCOMPARE(r.urgency, Urgency::Urgent);
        QCOMPARE(r.unitName, c.unitName);
        QCOMPARE(r.assigneeName, c.assigneeName);
        QCOMPARE(r.receivedAt, c.receivedAt);
        QCOMPARE(r.answerDeadline, c.answerDeadline);
        QVERIFY(!r.pending);
    }

    void countsPerQueue()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.setMe(officer()));
        QList<Case> cases;
        CaseId id = 0;
        auto add = [&](CaseStatus s, UserId assignee, int n) {
            for (int i = 0; i < n; ++i) {
                Case c = makeCase(++id, s);
                c.assigneeId = assignee;
                cases.append(c);
            }
        };
        add(CaseStatus::New, 0, 2);
        add(CaseStatus::PendingAcceptance, 0, 3);
        add(CaseStatus::InProgress, 9, 4);
        add(CaseStatus::InProgress, 10, 5);
        add(CaseStatus::AwaitingApproval, 9, 6);
        add(CaseStatus::Answered, 9, 7);
        add(CaseStatus::Closed, 9, 1);
        add(CaseStatus::Refused, 0, 2);
        add(CaseStatus::Merged, 0, 1);
        QVERIFY(store.applyFeedPage(pageOf(cases, 100), &error));
        const std::pair<Queue, int> expected[] = {
            {Queue::AssignedToMe, 4 + 6},   {Queue::UnitOpen, 2 + 3 + 4 + 5 + 6},
            {Queue::AwaitingApproval, 6},   {Queue::NewCases, 2},
            {Queue::ToAccept, 3},           {Queue::Closed, 7 + 1 + 2 + 1},
            {Queue::All, int(cases.size())}};
        for (const auto &[queue, n] : expected) {
            QCOMPARE(store.count(queryOf(queue)), n);
            QCOMPARE(store.page(queryOf(queue), {}, 1000).size(), n);
        }
    }

    void queuedCasesAreReappliedAndStayPending()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf({makeCase(1), makeCase(2)}, 2), &error));
        Outbox outbox(cache.db());
        QVERIFY(outbox.enqueue(2, CaseAction::Note, {{QStringLiteral("text"), QStringLiteral("x")}},
                               3, &error));

        QList<CaseId> reapplied;
        const auto reapply = [&](const Case &server) {
            reapplied.append(server.id);
            Case local = server;
            local.title = QStringLiteral("local view");
            return local;
        };
        Case one = makeCase(1);
        one.version = 4;
        Case two = makeCase(2);
        two.version = 5;
        QVERIFY(store.applyFeedPage(pageOf({one, two}, 4), &error, reapply));
        QCOMPARE(reapplied, QList<CaseId>{2});
        QCOMPARE(store.caseById(2)->title, QStringLiteral("local view"));
        QCOMPARE(store.caseById(2)->version, 5); // the server's version, for the next base
        const QList<CaseRow> rows = store.page(queryOf(Queue::All), {}, 10);
        QCOMPARE(rows.size(), 2);
        for (const CaseRow &r : rows)
            QCOMPARE(r.pending, r.id == 2);
    }

    void directoryAndOwnerRoundTrip()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QVERIFY(!store.me());
        QVERIFY(store.setMe(leader()));
        QCOMPARE(store.me(), leader());
        QVERIFY(store.replaceUnits(units()));
        QCOMPARE(store.units(), units());
        QVERIFY(store.replaceUnits(units().mid(1)));
        QCOMPARE(store.units(), units().mid(1));
        QVERIFY(store.replaceAccounts({officer(), leader()}));
        QCOMPARE(store.accounts(), (QList<Account>{officer(), leader()})); // by name
        QVERIFY(store.setServerUrl(QUrl(QStringLiteral("https://127.0.0.1:8443"))));
        QCOMPARE(store.serverUrl(), QUrl(QStringLiteral("https://127.0.0.1:8443")));
    }

    void localDraftsAndClearing()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QString error;
        QVERIFY(store.applyFeedPage(pageOf({makeCase(1)}, 3), &error));
        QCOMPARE(store.localDraft(1), QString());
        QVERIFY(store.setLocalDraft(1, QStringLiteral("Kính gửi ông Bình, ...")));
        QCOMPARE(store.localDraft(1), QStringLiteral("Kính gửi ông Bình, ..."));
        QCOMPARE(store.localDraftCount(), 1);
        QVERIFY(store.setLocalDraft(1, QStringLiteral("  ")));
        QCOMPARE(store.localDraftCount(), 0);

        QVERIFY(store.clearCases(&error));
        QCOMPARE(store.cursor(), 0);
        QCOMPARE(store.count(queryOf(Queue::All)), 0);
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh"))), 0);
        QVERIFY(store.applyFeedPage(pageOf({makeCase(1)}, 1), &error)); // the index is usable again
        QCOMPARE(store.count(queryOf(Queue::All, QStringLiteral("phan anh"))), 1);
    }

    void queueCodesRoundTrip()
    {
        for (Queue q : {Queue::AssignedToMe, Queue::UnitOpen, Queue::AwaitingApproval,
                        Queue::NewCases, Queue::ToAccept, Queue::Closed, Queue::All})
            QCOMPARE(queueFromCode(toCode(q)), q);
        QVERIFY(!queueFromCode(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
