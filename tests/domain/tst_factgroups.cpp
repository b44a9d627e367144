// Day groups (domain/FactGroups.h) give exactly the figures of the facts they
// hold: the shared fixture's report for every scope, field and period, from
// its facts one by one and from its loose facts plus its days' groups, must be
// equal in every part. Also which facts are grouped, and Vietnam's days.

#include "FiguresFixture.h"
#include "domain/FiguresReport.h"

#include <QJsonDocument>
#include <QTest>

using namespace pakn;
using pakn::fixture::FiguresFixture;

namespace {

QByteArray shown(const FiguresReport &r)
{
    return QJsonDocument(toJson(r)).toJson(QJsonDocument::Indented);
}

QList<ReportPeriod> periodsOf2025()
{
    QList<ReportPeriod> periods;
    for (const char *code : {"2025", "2025-Q1", "2025-Q2", "2025-Q3", "2025-04", "2025-05",
                             "2025-06", "2025-07", "2025-W18", "2025-W23", "2025-04-30",
                             "2025-06-30", "2025-07-01", "2025-04-15..2025-07-05"})
        periods.append(*ReportPeriod::parse(QString::fromLatin1(code)));
    for (QDate d(2025, 4, 1); d <= QDate(2025, 4, 10); d = d.addDays(1))
        periods.append(ReportPeriod::containing(ReportPeriod::Kind::Day, d));
    return periods;
}

} // namespace

class TestFactGroups : public QObject
{
    Q_OBJECT

    const FiguresFixture x = FiguresFixture::make();
    const DeadlineCalendar calendar = x.reference.calendar();
    QList<CaseFact> loose;   // the facts read one by one
    QList<CaseFact> grouped; // the facts the groups hold
    QList<FactGroup> groups; // built a day at a time, as the cache does

private Q_SLOTS:
    void initTestCase()
    {
        for (const Case &c : x.cases) {
            const QList<CaseFact> facts = caseFactsOf(c);
            const QList<bool> inGroups = countsInGroups(facts);
            for (qsizetype i = 0; i < facts.size(); ++i)
                (inGroups.at(i) ? grouped : loose).append(facts.at(i));
        }
        QMap<QDate, QList<CaseFact>> byDay;
        for (const CaseFact &f : std::as_const(grouped))
            byDay[factDay(f.at)].append(f);
        for (const QList<CaseFact> &day : std::as_const(byDay))
            groups += groupFacts(day, calendar);
        QVERIFY(!loose.isEmpty());
        QVERIFY(grouped.size() > loose.size());
    }

    void theGroupsGiveTheFactsFiguresForEveryScopeFieldAndPeriod_data()
    {
        QTest::addColumn<UnitId>("unit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<ReportPeriod>("period");
        QStringList fields{QString()};
        for (const Case &c : x.cases)
            if (!fields.contains(c.field))
                fields.append(c.field);
        for (const UnitId unit : {UnitId(0), FiguresFixture::district, FiguresFixture::wardHangBac,
                                  FiguresFixture::wardHangTrong, FiguresFixture::department})
            for (const QString &field : std::as_const(fields))
                for (const ReportPeriod &p : periodsOf2025())
                    QTest::addRow("unit %lld %s %s", qlonglong(unit), qPrintable(field),
                                  qPrintable(p.code()))
                        << unit << field << p;
    }

    void theGroupsGiveTheFactsFiguresForEveryScopeFieldAndPeriod()
    {
        QFETCH(UnitId, unit);
        QFETCH(QString, field);
        QFETCH(ReportPeriod, period);
        const QList<CaseFact> all = x.facts();
        const FiguresRequest request{unit, 0, field, period};
        const FiguresReport one =
            buildFiguresReport(request, {all, x.units, calendar, x.reference.ranking, x.now});
        const FiguresReport split = buildFiguresReport(
            request, {loose, x.units, calendar, x.reference.ranking, x.now, &groups});
        QCOMPARE(shown(split), shown(one));
        QVERIFY(split == one);

        // The whole ISO weeks of each period as week groups, the other days as day groups.
        QList<FactGroup> mixed;
        QSet<QDate> inWeeks;
        for (const ReportPeriod &p : {period.previous(), period})
            for (const QDate monday : wholeWeeksIn(p.first(), p.last())) {
                QList<FactGroup> week;
                for (const FactGroup &g : std::as_const(groups))
                    if (weekOf(g.day) == monday)
                        week.append(g);
                if (!week.isEmpty())
                    mixed += weekGroupsOf(week);
                inWeeks.insert(monday);
            }
        for (const FactGroup &g : std::as_const(groups))
            if (!inWeeks.contains(weekOf(g.day)))
                mixed.append(g);
        const FiguresReport weekly = buildFiguresReport(
            request, {loose, x.units, calendar, x.reference.ranking, x.now, &mixed});
        QCOMPARE(shown(weekly), shown(one));
    }

    void wholeWeeksAreTheMondaysOfWeeksInsideTheRange()
    {
        // 2025-Q2: Tuesday 1 April to Monday 30 June.
        const QList<QDate> weeks = wholeWeeksIn(QDate(2025, 4, 1), QDate(2025, 6, 30));
        QCOMPARE(weeks.constFirst(), QDate(2025, 4, 7));
        QCOMPARE(weeks.constLast(), QDate(2025, 6, 23));
        QCOMPARE(weeks.size(), 12);
        QCOMPARE(wholeWeeksIn(QDate(2025, 4, 7), QDate(2025, 4, 13)),
                 QList<QDate>{QDate(2025, 4, 7)});
        QVERIFY(wholeWeeksIn(QDate(2025, 4, 7), QDate(2025, 4, 12)).isEmpty());
        QCOMPARE(weekOf(QDate(2025, 4, 13)), QDate(2025, 4, 7));
    }

    void aWeekGroupSumsItsDays()
    {
        QList<FactGroup> week;
        for (const FactGroup &g : std::as_const(groups))
            if (weekOf(g.day) == QDate(2025, 4, 28)) // with the 30/4 and 1/5 holidays
                week.append(g);
        QVERIFY(week.size() > 1);
        const QList<FactGroup> merged = weekGroupsOf(week);
        QVERIFY(!merged.isEmpty() && merged.size() <= week.size());
        std::array<int, kMeasureCount> days{}, weeks{};
        std::size_t minutes = 0;
        for (const FactGroup &g : week)
            for (std::size_t m = 0; m < days.size(); ++m)
                days[m] += g.counts[m];
        for (const FactGroup &g : merged) {
            QCOMPARE(g.day, QDate(2025, 4, 28));
            QCOMPARE(g.days, 7);
            minutes += g.toAccept.size() + g.toAnswer.size();
            for (std::size_t m = 0; m < weeks.size(); ++m)
                weeks[m] += g.counts[m];
        }
        QCOMPARE(weeks, days);
        std::size_t dayMinutes = 0;
        for (const FactGroup &g : week)
            dayMinutes += g.toAccept.size() + g.toAnswer.size();
        QCOMPARE(minutes, dayMinutes);
    }

    void theQuarterIsStillTheHandCountedOne()
    {
        const FiguresReport r = buildFiguresReport(
            {0, 0, {}, x.period}, {loose, x.units, calendar, x.reference.ranking, x.now, &groups});
        QVERIFY(r.figures == FiguresFixture::expectedCity());
        QVERIFY(r.previous == FiguresFixture::expectedCityPrevious());
        QVERIFY(r.figures.received > 0 && r.figures.toAnswer.count > 0);
    }

    void openFactsAndTheArrivalsOfACaseThatCameBackStayLoose()
    {
        bool sawOpen = false, sawRepeatArrival = false;
        for (const Case &c : x.cases) {
            const QList<CaseFact> facts = caseFactsOf(c);
            const QList<bool> inGroups = countsInGroups(facts);
            QCOMPARE(inGroups.size(), facts.size());
            const auto arrivals = std::count_if(facts.begin(), facts.end(), [](const CaseFact &f) {
                return f.kind == FactKind::Arrived;
            });
            for (qsizetype i = 0; i < facts.size(); ++i) {
                const FactKind kind = facts.at(i).kind;
                const bool looseExpected =
                    kind == FactKind::Open || (kind == FactKind::Arrived && arrivals > 1);
                sawOpen |= kind == FactKind::Open;
                sawRepeatArrival |= kind == FactKind::Arrived && arrivals > 1;
                QCOMPARE(inGroups.at(i), !looseExpected);
            }
        }
        QVERIFY(sawOpen);
        QVERIFY(sawRepeatArrival);
    }

    void aGroupHoldsOneDayOneUnitOneFieldAndTheirMinutes()
    {
        qsizetype counted = 0, timed = 0;
        for (const FactGroup &g : std::as_const(groups)) {
            QVERIFY(g.day.isValid());
            for (const int n : g.counts)
                counted += n;
            timed += qsizetype(g.toAccept.size() + g.toAnswer.size());
            QVERIFY(qsizetype(g.toAccept.size()) <= g.counts[std::size_t(Measure::Accepted)]);
            QVERIFY(qsizetype(g.toAnswer.size()) <= g.counts[std::size_t(Measure::Answered)]);
            const auto same = std::count_if(groups.begin(), groups.end(), [&](const FactGroup &o) {
                return o.day == g.day && o.unitId == g.unitId && o.field == g.field &&
                       o.arrivedFrom == g.arrivedFrom;
            });
            QCOMPARE(same, 1);
        }
        QVERIFY(counted > 0);
        QVERIFY(timed > 0);
    }

    void vietnamsDayBeginsAtFivePmUtc()
    {
        const auto utc = [](const char *text) {
            return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        };
        QCOMPARE(factDay(utc("2025-06-30T16:59:59.999Z")), QDate(2025, 6, 30));
        QCOMPARE(factDay(utc("2025-06-30T17:00:00.000Z")), QDate(2025, 7, 1));
        QCOMPARE(factDay(QDateTime()), QDate());
        QCOMPARE(factDayStart(QDate(2025, 7, 1)),
                 utc("2025-06-30T17:00:00.000Z").toMSecsSinceEpoch());
        QCOMPARE(factDayStart(QDate(2025, 7, 1)),
                 ReportPeriod::parse(QStringLiteral("2025-Q3"))->start().toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestFactGroups)
#include "tst_factgroups.moc"
