// The days' groups in the cache (FactDayStore): figures from the groups, from
// stale days read fact by fact, and from a mix of both are exactly the
// figures of the facts; a replace marks stale only the days whose grouped
// facts changed; another calendar makes every day stale; the days marked stale
// for facts written unmarked are those of the facts; the reads beside the
// groups are index range scans; and the backfill thread keeps the groups
// current after each sync round.

#include "FiguresCacheSupport.h"
#include "cache/BackfillThread.h"
#include "cache/CacheSchema.h"
#include "cache/FactDayStore.h"
#include "cache/FiguresReader.h"

#include <QSignalSpy>

using namespace pakn;
using namespace testdata;
using pakn::fixture::FiguresFixture;

namespace {

qint64 staleDays(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM fact_days_stale")).toLongLong();
}

int rebuildAll(const QSqlDatabase &db, const DeadlineCalendar &calendar)
{
    QString error;
    int days = 0;
    for (int batch; (batch = FactDayStore(db).refresh(calendar, 7, &error)) > 0;)
        days += batch;
    if (!error.isEmpty())
        qWarning("rebuilding the day groups failed: %s", qPrintable(error));
    return error.isEmpty() ? days : -1;
}

// The cache's reports for every unit, two periods and a field must be the
// domain's over all the facts it holds now, with `reference`.
void checkAgainstTheFacts(const QSqlDatabase &db, const FiguresFixture &x,
                          const ReferenceData &reference)
{
    const QList<CaseFact> facts = storedFacts(db);
    const FiguresReader reader(db);
    const DeadlineCalendar calendar = reference.calendar();
    for (const UnitId unit : {UnitId(0), FiguresFixture::district, FiguresFixture::wardHangBac,
                              FiguresFixture::department})
        for (const char *code :
             {"2025-Q2", "2025", "2025-05", "2025-W18", "2025-04-30", "2025-04-15..2025-07-05"})
            for (const QString &field : {QString(), x.cases.constFirst().field}) {
                const FiguresRequest request{unit, 0, field,
                                             *ReportPeriod::parse(QLatin1String(code))};
                QString error;
                const FiguresReport cached = reader.read(request, x.now, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const FiguresReport domain = buildFiguresReport(
                    request, {facts, x.units, calendar, reference.ranking, x.now});
                QVERIFY2(cached == domain, qPrintable(QStringLiteral("unit %1, %2, field '%3'")
                                                          .arg(unit)
                                                          .arg(QLatin1String(code), field)));
            }
}

} // namespace

class TestFactDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresAreExactWithStaleCurrentAndMixedDays()
    {
        const FiguresFixture x = FiguresFixture::make();
        CacheFixture cache;
        storeFixture(cache.db(), x);
        // Nothing rebuilt yet: every day is read fact by fact.
        checkAgainstTheFacts(cache.db(), x, x.reference);
        const int rebuilt = rebuildAll(cache.db(), x.reference.calendar());
        QVERIFY(rebuilt > 0);
        QCOMPARE(staleDays(cache.db()), 0);
        QVERIFY(
            scalar(cache.db(), QStringLiteral("SELECT count(*) FROM fact_groups WHERE days = 1"))
                .toInt() > 0);
        QVERIFY(
            scalar(cache.db(), QStringLiteral("SELECT count(*) FROM fact_groups WHERE days = 7"))
                .toInt() > 0);
        checkAgainstTheFacts(cache.db(), x, x.reference);
        QCOMPARE(FiguresReader(cache.db()).read({0, 0, {}, x.period}, x.now).figures,
                 FiguresFixture::expectedCity());

        // A sync brings a case's new step: its day is stale, the rest stays grouped.
        Case changed = x.cases.at(2);
        CaseEvent assign;
        assign.id = 9001;
        assign.at = QDateTime(QDate(2025, 5, 20), QTime(3, 0), Qt::UTC);
        assign.action = QStringLiteral("refuse");
        assign.actorId = FiguresFixture::hangBacLeader;
        changed.history.append(assign);
        changed.version += 1;
        CaseStore cases(cache.db());
        QVERIFY(store(cases, {changed}, 100));
        QCOMPARE(staleDays(cache.db()), 1);
        QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT day FROM fact_days_stale")).toLongLong(),
                 QDate(2025, 5, 20).toJulianDay());
        checkAgainstTheFacts(cache.db(), x, x.reference);
        QCOMPARE(rebuildAll(cache.db(), x.reference.calendar()), 1);
        checkAgainstTheFacts(cache.db(), x, x.reference);
    }

    void rewritingTheSameFactsMarksNothingStale()
    {
        const FiguresFixture x = FiguresFixture::make();
        CacheFixture cache;
        storeFixture(cache.db(), x);
        QVERIFY(rebuildAll(cache.db(), x.reference.calendar()) > 0);
        CaseFactStore facts(cache.db());
        QString error;
        const Case &c = x.cases.at(0);
        QVERIFY2(facts.replace(c.id, caseFactsOf(c), &error), qPrintable(error));
        QCOMPARE(staleDays(cache.db()), 0);
        // One fact moved to another officer: only its day goes stale.
        QList<CaseFact> moved = caseFactsOf(c);
        moved.last().officerId = FiguresFixture::officerBinh;
        QVERIFY2(facts.replace(c.id, moved, &error), qPrintable(error));
        QCOMPARE(staleDays(cache.db()), 1);
        QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT day FROM fact_days_stale")).toLongLong(),
                 factDay(moved.last().at).toJulianDay());
        // A case gone from the cache: the days of its grouped facts.
        QVERIFY2(facts.remove(x.cases.at(1).id, &error), qPrintable(error));
        QSet<qint64> days{factDay(moved.last().at).toJulianDay()};
        const QList<CaseFact> gone = caseFactsOf(x.cases.at(1));
        const QList<bool> grouped = countsInGroups(gone);
        for (qsizetype i = 0; i < gone.size(); ++i)
            if (grouped.at(i))
                days.insert(factDay(gone.at(i).at).toJulianDay());
        QCOMPARE(staleDays(cache.db()), days.size());
    }

    void anotherCalendarMakesEveryDayStale()
    {
        const FiguresFixture x = FiguresFixture::make();
        CacheFixture cache;
        storeFixture(cache.db(), x);
        QVERIFY(rebuildAll(cache.db(), x.reference.calendar()) > 0);
        // The administrator adds a day off in the middle of the quarter.
        ReferenceData reference = x.reference;
        reference.revision += 1;
        reference.holidays.append({QDate(2025, 5, 14), QStringLiteral("Nghỉ bù")});
        reference.normalize();
        QString error;
        QVERIFY2(ReferenceStore(cache.db()).save(reference, &error), qPrintable(error));
        const auto days =
            FactDayStore(cache.db())
                .read({{QDate(2025, 4, 1), QDate(2025, 6, 30)}}, {}, reference.calendar(), &error);
        QVERIFY2(days, qPrintable(error));
        QVERIFY(days->groups.isEmpty());
        QCOMPARE(days->stale.size(), 91);
        checkAgainstTheFacts(cache.db(), x, reference);
        QVERIFY(rebuildAll(cache.db(), reference.calendar()) > 0);
        checkAgainstTheFacts(cache.db(), x, reference);
        const FiguresReport before = FiguresReader(cache.db()).read({0, 0, {}, x.period}, x.now);
        QVERIFY(before.figures.toAnswer != FiguresFixture::expectedCity().toAnswer);
    }

    void theDaysMarkedStaleAreTheDaysOfTheFacts()
    {
        const FiguresFixture x = FiguresFixture::make();
        CacheFixture cache;
        storeFixture(cache.db(), x);
        // Facts on either side of Vietnam's midnights, one before 1970 and one thousands of
        // years on (bad data from a server): each marks its own day and no day between.
        const QList<qint64> moved{
            QDateTime(QDate(6536, 11, 27), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch(),
            factDayStart(QDate(1970, 1, 1)) - 1, factDayStart(QDate(1970, 1, 1)),
            factDayStart(QDate(2025, 5, 14)) - 1, factDayStart(QDate(2025, 5, 14))};
        for (qsizetype i = 0; i < moved.size(); ++i)
            exec(cache.db(), QStringLiteral("UPDATE case_facts SET at = %1 WHERE (case_id, seq) ="
                                            " (SELECT case_id, seq FROM case_facts WHERE grouped"
                                            " = 1 ORDER BY case_id, seq LIMIT 1 OFFSET %2)")
                                 .arg(moved.at(i))
                                 .arg(i));
        exec(cache.db(), QStringLiteral("DELETE FROM fact_days_stale"));
        QString error;
        QVERIFY2(FactDayStore(cache.db()).markFactDaysStale(&error), qPrintable(error));
        QSet<qint64> expected, marked;
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(QStringLiteral("SELECT at FROM case_facts WHERE grouped = 1")));
        while (q.next())
            expected.insert(
                factDay(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC))
                    .toJulianDay());
        QVERIFY(q.exec(QStringLiteral("SELECT day FROM fact_days_stale")));
        while (q.next())
            marked.insert(q.value(0).toLongLong());
        QCOMPARE(marked, expected);
        QVERIFY(marked.contains(QDate(1969, 12, 31).toJulianDay()));
        QVERIFY(marked.contains(QDate(2025, 5, 13).toJulianDay()));
        QVERIFY(marked.contains(QDate(6536, 11, 27).toJulianDay()));
    }

    void theReadsBesideTheGroupsAreIndexRangeScans()
    {
        CacheFixture cache;
        FactSelection loose;
        loose.looseOnly = true;
        loose.wholeDays = {QDate(2025, 5, 2), QDate(2025, 5, 3)};
        const QStringList statements = CaseFactStore::readStatements(loose);
        QCOMPARE(statements.size(), 3);
        for (const QString &sql : statements) {
            QSqlQuery q(cache.db());
            q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
                q.addBindValue(1);
            QVERIFY(q.exec());
            QStringList plan;
            while (q.next())
                plan.append(q.value(3).toString());
            const QString shown = plan.join(QLatin1String(" / "));
            QVERIFY2(shown.startsWith(QLatin1String("SEARCH case_facts USING")), qPrintable(shown));
            QVERIFY2(!shown.contains(QLatin1String("SCAN")), qPrintable(shown));
        }
        QVERIFY(statements.at(0).contains(QLatin1String("grouped = 0")));
    }

    void theMigrationTellsWhichFactsAreGrouped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrateCache(db, 6, &error), qPrintable(error));
            // Case 1 arrived twice (a transfer), case 2 once and is still open.
            exec(db, QStringLiteral("INSERT INTO case_facts (at, case_id, seq, kind, unit_id,"
                                    " other_unit_id, officer_id, field, due, started_at) VALUES"
                                    " (1000, 1, 0, 0, 0, 0, 0, 'roads', 0, 0),"
                                    " (2000, 1, 1, 1, 5, 0, 0, 'roads', 0, 0),"
                                    " (3000, 1, 2, 1, 6, 5, 0, 'roads', 0, 0),"
                                    " (2000, 2, 0, 1, 5, 0, 0, 'roads', 0, 0),"
                                    " (4000, 2, 1, 10, 5, 0, 0, 'roads', 9000, 2000)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        QString error;
        auto opened = CacheDatabase::open(path, QStringLiteral("v7"), &error);
        QVERIFY2(opened, qPrintable(error));
        QSqlQuery q(opened->db());
        QVERIFY(q.exec(QStringLiteral("SELECT case_id, seq, grouped FROM case_facts"
                                      " ORDER BY case_id, seq")));
        QList<int> grouped;
        while (q.next())
            grouped.append(q.value(2).toInt());
        QCOMPARE(grouped, (QList<int>{1, 0, 0, 1, 0}));
        const auto days =
            FactDayStore(opened->db())
                .read({{QDate(1970, 1, 1), QDate(1970, 1, 2)}}, {}, DeadlineCalendar(), &error);
        QVERIFY2(days, qPrintable(error));
        QCOMPARE(days->stale.size(), 2); // no groups counted yet: every day stale
    }

    void theBackfillThreadRebuildsStaleDaysWhenWoken()
    {
        const FiguresFixture x = FiguresFixture::make();
        CacheFixture cache;
        storeFixture(cache.db(), x);
        BackfillThread thread(cache.path());
        thread.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(cache.db(), QStringLiteral("SELECT count(*) FROM fact_groups WHERE days = 1"))
                        .toInt() > 0 &&
                staleDays(cache.db()) == 0,
            20000);
        Case changed = x.cases.at(3);
        CaseEvent note;
        note.id = 9002;
        note.at = QDateTime(QDate(2025, 6, 3), QTime(4, 0), Qt::UTC);
        note.action = QStringLiteral("refuse");
        changed.history.append(note);
        changed.version += 1;
        CaseStore cases(cache.db());
        QVERIFY(store(cases, {changed}, 100));
        QCOMPARE(staleDays(cache.db()), 1);
        thread.start(); // what SyncController does after a round that changed cases
        QTRY_COMPARE_WITH_TIMEOUT(staleDays(cache.db()), 0, 20000);
        checkAgainstTheFacts(cache.db(), x, x.reference);
    }
};

QTEST_GUILESS_MAIN(TestFactDays)
#include "tst_fact_days.moc"
