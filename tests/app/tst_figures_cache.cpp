// The client cache's figures: CaseWriter keeps case_facts in step with the
// cases, the backfill gives a cache synced before the same facts, every read
// is an index range scan, and FiguresReader gives exactly the figures the
// shared fixture expects (and exactly buildFiguresReport's over all facts).

#include "FiguresCacheSupport.h"
#include "FiguresChecks.h"
#include "cache/BackfillThread.h"
#include "cache/CacheSchema.h"
#include "cache/CaseFactStore.h"
#include "cache/FactDayStore.h"
#include "cache/FactsBackfill.h"
#include "cache/FiguresReader.h"
#include "cache/ReferenceStore.h"
#include "domain/JsonCodec.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace pakn;
using namespace testdata;
using pakn::fixture::ExpectedRank;
using pakn::fixture::FiguresFixture;

namespace {

QList<CaseFact> factsOf(const QList<Case> &cases)
{
    QList<CaseFact> facts;
    for (const Case &c : cases)
        facts += caseFactsOf(c);
    return sorted(facts);
}

// A case routed to unit 5 and accepted there: a history with several facts.
Case routedCase(CaseId id)
{
    Case c = makeCase(id, CaseStatus::InProgress);
    CaseEvent route;
    route.id = id * 10 + 1;
    route.at = c.receivedAt.addSecs(3600);
    route.action = QStringLiteral("route");
    route.data = {{QStringLiteral("unitId"), 5}};
    CaseEvent accept;
    accept.id = id * 10 + 2;
    accept.at = c.receivedAt.addSecs(7200);
    accept.action = QStringLiteral("accept");
    accept.data = {{QStringLiteral("answerDeadline"), toIsoString(c.answerDeadline)}};
    c.history += {route, accept};
    c.acceptedAt = accept.at;
    return c;
}

QString planOf(const QSqlDatabase &db, const QString &sql, int bound)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (int i = 0; i < bound; ++i)
        q.addBindValue(1);
    q.exec();
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(QLatin1String(" / "));
}

QByteArray shown(const Figures &f)
{
    return QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact);
}

// Every scope the fixture has expected figures for: the reader's report must
// have those numbers and be exactly the domain's report over all the facts.
void checkFixtureFigures(const QSqlDatabase &db, const FiguresFixture &x)
{
    const FiguresReader reader(db);
    QVERIFY(reader.readiness() == FiguresReader::Readiness::Ready);
    const QList<CaseFact> facts = x.facts();
    const DeadlineCalendar calendar = x.reference.calendar();
    struct Expected
    {
        UnitId unit;
        UserId officer;
        Figures figures;
    };
    const QList<Expected> scopes = {
        {FiguresFixture::city, 0, FiguresFixture::expectedCity()},
        {0, 0, FiguresFixture::expectedCity()},
        {FiguresFixture::district, 0, FiguresFixture::expectedDistrict()},
        {FiguresFixture::wardHangBac, 0, FiguresFixture::expectedHangBac()},
        {FiguresFixture::wardHangTrong, 0, FiguresFixture::expectedHangTrong()},
        {FiguresFixture::department, 0, FiguresFixture::expectedDepartment()},
        {FiguresFixture::wardHangBac, FiguresFixture::officerAn,
         FiguresFixture::expectedOfficerAn()},
    };
    for (const Expected &e : scopes) {
        const FiguresRequest request{e.unit, e.officer, {}, x.period};
        QString error;
        const FiguresReport report = reader.read(request, x.now, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(shown(report.figures), shown(e.figures));
        FiguresReport domain =
            buildFiguresReport(request, {facts, x.units, calendar, x.reference.ranking, x.now});
        if (e.officer != 0)
            domain.officerName = x.account(e.officer).displayName;
        QVERIFY(report == domain);
        for (const Measure m : allMeasures()) {
            QList<CaseId> ids;
            for (const ReportCase &c : reader.cases(request, m, x.now))
                ids.append(c.id);
            QCOMPARE(ids,
                     casesBehind(facts, scopeOf(e.unit, x.units, e.officer), x.period, x.now, m));
        }
    }
    const FiguresRequest city{FiguresFixture::city, 0, {}, x.period};
    const FiguresReport report = reader.read(city, x.now);
    QCOMPARE(shown(report.previous), shown(FiguresFixture::expectedCityPrevious()));
    compareRanking(report.ranking, FiguresFixture::expectedCityRanking());
    compareRanking(reader.read({FiguresFixture::district, 0, {}, x.period}, x.now).ranking,
                   FiguresFixture::expectedDistrictRanking());
    const QList<ReportCase> all = reader.cases(city, std::nullopt, x.now);
    QCOMPARE(all.size(),
             casesInReport(facts, scopeOf(FiguresFixture::city, x.units), x.period, x.now).size());
    QCOMPARE(all.constFirst(), reportCaseOf(x.caseById(all.constFirst().id)));
}

} // namespace

class TestFiguresCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerKeepsFactsWithTheCase();
    void factsRewrittenOnlyWhenTheHistoryChanged();
    void firstSyncStagesFactsUntilItsEnd();
    void everyReadIsAnIndexRangeScan();
    void migrationMarksOldCachesForBackfill();
    void backfillResumesInBatches();
    void backfillThreadReportsProgressAndEnd();
    void fixtureFiguresFromTheCache();
    void fixtureFiguresAfterTheBackfill();
};

void TestFiguresCache::writerKeepsFactsWithTheCase()
{
    CacheFixture cache;
    CaseStore cases(cache.db());
    const QList<Case> list = {routedCase(1), routedCase(2), makeCase(3)};
    QVERIFY(store(cases, list, 3));
    QVERIFY(!factsOf(list).isEmpty());
    QCOMPARE(storedFacts(cache.db()), factsOf(list));

    Case answered = list.at(0);
    CaseEvent note;
    note.id = 99;
    note.at = answered.receivedAt.addDays(1);
    note.action = QStringLiteral("transfer");
    note.data = {{QStringLiteral("unitId"), 6}, {QStringLiteral("fromUnitId"), 5}};
    answered.history.append(note);
    answered.unitId = 6;
    answered.version = 4;
    QVERIFY(store(cases, {answered}, 4));
    QCOMPARE(storedFacts(cache.db()), factsOf({answered, list.at(1), list.at(2)}));

    QString error;
    QVERIFY2(cases.removeCase(2, &error), qPrintable(error));
    QCOMPARE(storedFacts(cache.db()), factsOf({answered, list.at(2)}));
    QVERIFY2(cases.clearCases(&error), qPrintable(error));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM case_facts")).toInt(), 0);
}

// A first sync into an empty cache stages its facts (StagedFacts) and moves
// them at its end: of each case only those of the version its row holds, also
// when the feed sent it twice, removed it, or the user's action rewrote it in
// place meanwhile; the days of the moved facts become stale for the groups.
void TestFiguresCache::firstSyncStagesFactsUntilItsEnd()
{
    CacheFixture cache;
    CaseStore cases(cache.db());
    const auto count = [&](const char *table) {
        return scalar(cache.db(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            .toInt();
    };
    const QList<Case> first = {routedCase(1), routedCase(2), routedCase(3)};
    FeedPage page = pageOf(first, 3);
    page.more = true;
    QString error;
    QVERIFY2(cases.applyFeedPage(page, &error), qPrintable(error));
    QCOMPARE(count("case_facts"), 0);
    QCOMPARE(count("case_facts_staged"), int(factsOf(first).size()));

    const auto changed = [](Case c, qint64 version) {
        CaseEvent transfer;
        transfer.id = c.id * 10 + 3;
        transfer.at = c.receivedAt.addDays(1);
        transfer.action = QStringLiteral("transfer");
        transfer.data = {{QStringLiteral("unitId"), 6}, {QStringLiteral("fromUnitId"), 5}};
        c.history.append(transfer);
        c.unitId = 6;
        c.version = version;
        return c;
    };
    const Case acted = changed(first.at(1), 5); // the server's answer to an action
    QVERIFY2(cases.storeServerCase(acted, &error), qPrintable(error));
    QCOMPARE(storedFacts(cache.db()), factsOf({acted}));

    // Changed while the sync went on; the action's change comes through the
    // feed too (its facts staged for the version written in place); one removed.
    const Case again = changed(first.at(0), 4);
    page = pageOf({again, acted}, 5);
    page.changes.append({6, std::nullopt, 3});
    page.cursor = 6;
    page.more = true;
    QVERIFY2(cases.applyFeedPage(page, &error), qPrintable(error));
    // The groups rebuilt meanwhile (BackfillThread): no staged fact counted.
    while (FactDayStore(cache.db()).refresh(DeadlineCalendar(), 100, &error) > 0) {
    }
    QVERIFY(error.isEmpty());
    QCOMPARE(count("fact_days_stale"), 0);
    const Case last = routedCase(7);
    QVERIFY2(cases.applyFeedPage(pageOf({last}, 7), &error), qPrintable(error));

    QCOMPARE(storedFacts(cache.db()), factsOf({again, acted, last}));
    QCOMPARE(count("case_facts_staged"), 0);
    QVERIFY(count("fact_days_stale") > 0); // the moved facts' days, to be grouped again
}

void TestFiguresCache::factsRewrittenOnlyWhenTheHistoryChanged()
{
    CacheFixture cache;
    CaseStore cases(cache.db());
    Case c = routedCase(1);
    QVERIFY(store(cases, {c}, 1));
    // Facts deleted behind the writer's back stay deleted while only the
    // title changes: the writer did not rewrite them.
    exec(cache.db(), QStringLiteral("DELETE FROM case_facts"));
    c.title = QStringLiteral("Tiêu đề mới");
    c.version = 4;
    QVERIFY(store(cases, {c}, 2));
    QVERIFY(storedFacts(cache.db()).isEmpty());
    CaseEvent assign;
    assign.id = 50;
    assign.at = c.receivedAt.addSecs(9000);
    assign.action = QStringLiteral("assign");
    assign.data = {{QStringLiteral("officerId"), 9}};
    c.history.append(assign);
    c.version = 5;
    QVERIFY(store(cases, {c}, 3));
    QCOMPARE(storedFacts(cache.db()), factsOf({c}));
}

void TestFiguresCache::everyReadIsAnIndexRangeScan()
{
    CacheFixture cache;
    FactSelection city, district, officer;
    district.units = {5, 6, 7};
    officer.units = {5};
    officer.officerId = 9;
    for (const FactSelection &s : {city, district, officer}) {
        for (const QString &sql : CaseFactStore::readStatements(s)) {
            const QString plan = planOf(cache.db(), sql, int(sql.count(QLatin1Char('?'))));
            QVERIFY2(plan.startsWith(QLatin1String("SEARCH case_facts USING")), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("SCAN")), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }
}

void TestFiguresCache::migrationMarksOldCachesForBackfill()
{
    QTemporaryDir dir;
    for (const bool withCases : {false, true}) {
        const QString path = dir.filePath(QStringLiteral("cache-%1.sqlite").arg(withCases));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("old-%1").arg(withCases));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrateCache(db, 5, &error), qPrintable(error));
            if (withCases) {
                const Case c = routedCase(7);
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT INTO cases (id, version, title, title_key, status, is_open, field,"
                    " urgency, unit_id, unit_name, unit_key, assignee_id, assignee_name,"
                    " assignee_key, received_at, answer_deadline, folded, json)"
                    " VALUES (7, 3, 't', 't', 2, 1, 'roads', 1, 5, 'u', 'u', 9, 'a', 'a', 0, 0,"
                    " 't', ?)"));
                q.addBindValue(QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                // It came by a sync, which had ended (UnreadMarks).
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO meta (key, value) VALUES ('first_sync_done', '1')")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-%1").arg(withCases));
        QString error;
        auto opened = CacheDatabase::open(path, QStringLiteral("new-%1").arg(withCases), &error);
        QVERIFY2(opened, qPrintable(error));
        FactsBackfill backfill(opened->db());
        QCOMPARE(backfill.done(), !withCases);
        // An old cache without a cursor never synced: it waits for its first sync.
        const auto readiness = FiguresReader(opened->db()).readiness();
        QVERIFY(readiness == (withCases ? FiguresReader::Readiness::Backfilling
                                        : FiguresReader::Readiness::AwaitingFirstSync));
        if (withCases) {
            QCOMPARE(backfill.runBatch(10, &error), 1);
            QVERIFY(backfill.done());
            QCOMPARE(storedFacts(opened->db()), factsOf({routedCase(7)}));
        }
    }
}

void TestFiguresCache::backfillResumesInBatches()
{
    CacheFixture cache;
    CaseStore cases(cache.db());
    QList<Case> list;
    for (CaseId id = 1; id <= 7; ++id)
        list.append(routedCase(id));
    QVERIFY(store(cases, list, 7));
    // As migration 6 leaves a cache synced before: no facts, none written.
    exec(cache.db(), QStringLiteral("DELETE FROM case_facts"));
    exec(cache.db(), QStringLiteral("UPDATE cases SET facts_key = ''"));
    exec(cache.db(), QStringLiteral("INSERT INTO meta (key, value) VALUES"
                                    " ('facts_backfill_after', '0')"));
    // A case the sync writes meanwhile gets its facts at once and is skipped.
    Case changed = list.at(4);
    changed.title = QStringLiteral("Đã đổi");
    changed.version = 9;
    QVERIFY(store(cases, {changed}, 8));
    QCOMPARE(storedFacts(cache.db()), factsOf({changed}));

    FactsBackfill backfill(cache.db());
    QString error;
    QCOMPARE(backfill.progress().done, 0);
    QCOMPARE(backfill.progress().total, 7);
    QCOMPARE(backfill.runBatch(3, &error), 3);
    QCOMPARE(backfill.progress().done, 3);
    QVERIFY(!backfill.done());
    // Another backfill (the desk restarted) resumes where this one stopped.
    FactsBackfill again(cache.db());
    QCOMPARE(again.runBatch(3, &error), 3);
    QCOMPARE(again.runBatch(3, &error), 1);
    QVERIFY2(again.done(), qPrintable(error));
    QCOMPARE(again.progress().done, 7);
    QCOMPARE(storedFacts(cache.db()), factsOf(list));
    QCOMPARE(again.runBatch(3, &error), 0);
}

void TestFiguresCache::backfillThreadReportsProgressAndEnd()
{
    CacheFixture cache;
    CaseStore cases(cache.db());
    QList<Case> list;
    for (CaseId id = 1; id <= 25; ++id)
        list.append(routedCase(id));
    QVERIFY(store(cases, list, 25));
    exec(cache.db(), QStringLiteral("DELETE FROM case_facts"));
    exec(cache.db(), QStringLiteral("UPDATE cases SET facts_key = ''"));
    exec(cache.db(), QStringLiteral("INSERT INTO meta (key, value) VALUES"
                                    " ('facts_backfill_after', '0')"));
    BackfillThread thread(cache.path(), nullptr, 10);
    QSignalSpy progress(&thread, &BackfillThread::progress);
    QSignalSpy finished(&thread, &BackfillThread::finished);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(thread.isFinished());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.size(), 2); // after 10 and 20 cases; the last batch ends it
    QCOMPARE(progress.constFirst().at(0).toLongLong(), 10);
    QCOMPARE(progress.constFirst().at(1).toLongLong(), 25);
    QCOMPARE(progress.constLast().at(0).toLongLong(), 20);
    QCOMPARE(storedFacts(cache.db()).size(), factsOf(list).size());
}

void TestFiguresCache::fixtureFiguresFromTheCache()
{
    const FiguresFixture x = FiguresFixture::make();
    CacheFixture cache;
    storeFixture(cache.db(), x);
    QCOMPARE(storedFacts(cache.db()), sorted(x.facts()));
    checkFixtureFigures(cache.db(), x);
}

void TestFiguresCache::fixtureFiguresAfterTheBackfill()
{
    const FiguresFixture x = FiguresFixture::make();
    CacheFixture cache;
    storeFixture(cache.db(), x);
    exec(cache.db(), QStringLiteral("DELETE FROM case_facts"));
    exec(cache.db(), QStringLiteral("UPDATE cases SET facts_key = ''"));
    exec(cache.db(), QStringLiteral("INSERT INTO meta (key, value) VALUES"
                                    " ('facts_backfill_after', '0')"));
    QVERIFY(FiguresReader(cache.db()).readiness() == FiguresReader::Readiness::Backfilling);
    FactsBackfill backfill(cache.db());
    QString error;
    while (!backfill.done())
        QVERIFY2(backfill.runBatch(5, &error) >= 0, qPrintable(error));
    QCOMPARE(storedFacts(cache.db()), sorted(x.facts()));
    checkFixtureFigures(cache.db(), x);
}

QTEST_GUILESS_MAIN(TestFiguresCache)
#include "tst_figures_cache.moc"
