// computeFigures and casesBehind on the shared fixture, against the figures
// counted by hand (tests/common/FiguresExpected.cpp), plus the working-time
// shortcut against the calendar it stands in for.

#include "FiguresFixture.h"
#include "domain/Figures.h"
#include "domain/FiguresReport.h"
#include "domain/WorkingClock.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pakn;
using pakn::fixture::FiguresFixture;

namespace {

// Compared as JSON text so that a failure shows every number side by side.
QByteArray shown(const Figures &f)
{
    return QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact);
}

QList<CaseId> ids(std::initializer_list<CaseId> list)
{
    return QList<CaseId>(list);
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

    const FiguresFixture x = FiguresFixture::make();
    const QList<CaseFact> facts = x.facts();

    Figures compute(UnitId unit, UserId officer = 0, const QString &field = {}) const
    {
        return computeFigures(facts, scopeOf(unit, x.units, officer, field), x.period, x.now,
                              x.reference.calendar());
    }
    QList<CaseId> behind(UnitId unit, Measure m, UserId officer = 0) const
    {
        return casesBehind(facts, scopeOf(unit, x.units, officer), x.period, x.now, m);
    }

private Q_SLOTS:
    void eachScopeGivesTheHandCountedFigures_data()
    {
        QTest::addColumn<qint64>("unit");
        QTest::addColumn<qint64>("officer");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("city by id")
            << qint64(FiguresFixture::city) << qint64(0) << shown(FiguresFixture::expectedCity());
        QTest::newRow("city as 0")
            << qint64(0) << qint64(0) << shown(FiguresFixture::expectedCity());
        QTest::newRow("district") << qint64(FiguresFixture::district) << qint64(0)
                                  << shown(FiguresFixture::expectedDistrict());
        QTest::newRow("Hàng Bạc") << qint64(FiguresFixture::wardHangBac) << qint64(0)
                                  << shown(FiguresFixture::expectedHangBac());
        QTest::newRow("Hàng Trống") << qint64(FiguresFixture::wardHangTrong) << qint64(0)
                                    << shown(FiguresFixture::expectedHangTrong());
        QTest::newRow("department") << qint64(FiguresFixture::department) << qint64(0)
                                    << shown(FiguresFixture::expectedDepartment());
        QTest::newRow("officer An")
            << qint64(FiguresFixture::wardHangBac) << qint64(FiguresFixture::officerAn)
            << shown(FiguresFixture::expectedOfficerAn());
        // An's facts are all in Hàng Bạc: the city-wide officer scope counts the same.
        QTest::newRow("officer An, city") << qint64(0) << qint64(FiguresFixture::officerAn)
                                          << shown(FiguresFixture::expectedOfficerAn());
    }
    void eachScopeGivesTheHandCountedFigures()
    {
        QFETCH(qint64, unit);
        QFETCH(qint64, officer);
        QFETCH(QByteArray, expected);
        QCOMPARE(shown(compute(unit, officer)), expected);
    }

    void thePreviousQuarterCountsOnlyItsOwnFactsButTheSameOverdue()
    {
        const Figures q1 = computeFigures(facts, scopeOf(0, x.units), x.period.previous(), x.now,
                                          x.reference.calendar());
        QCOMPARE(shown(q1), shown(FiguresFixture::expectedCityPrevious()));
    }

    void aFieldScopeCountsOnlyThatField()
    {
        // drainage: cases 2 (urgent, answered late) and 9 (answered on time, reopened,
        // answered late). toAccept 270, 30; toAnswer 540, 150, 450 — by hand.
        Figures f;
        f.received = 2;
        f.accepted = 2;
        f.acceptedOnTime = 2;
        f.answered = 3;
        f.answeredOnTime = 1;
        f.answeredLate = 2;
        f.reopened = 1;
        f.rated = 3;
        f.satisfied = 1;
        f.notSatisfied = 2;
        f.toAccept = {2, 150, 150};
        f.toAnswer = {3, 380, 450};
        QCOMPARE(shown(compute(0, 0, QStringLiteral("drainage"))), shown(f));
        QCOMPARE(compute(0, 0, QStringLiteral("education")), Figures());
    }

    void percentagesAreOfAnsweredAndOfRated()
    {
        const Figures city = FiguresFixture::expectedCity();
        QCOMPARE(*city.onTimePercent(), 75.0);
        QCOMPARE(*city.satisfiedPercent(), 400.0 / 7);
        QCOMPARE(*city.acceptablePercent(), 100.0 / 7);
        QCOMPARE(*city.notSatisfiedPercent(), 200.0 / 7);
        QVERIFY(!Figures().onTimePercent());
        QVERIFY(!FiguresFixture::expectedDepartment().satisfiedPercent());
    }

    void theCasesBehindAFigureAreListedOnceInIdOrder()
    {
        QCOMPARE(behind(0, Measure::Received),
                 ids({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16}));
        QCOMPARE(behind(0, Measure::AnsweredLate), ids({2, 9}));
        QCOMPARE(behind(0, Measure::Answered), ids({1, 2, 3, 4, 6, 7, 9})); // 9 answered twice
        QCOMPARE(behind(0, Measure::OverdueNow), ids({8, 10}));
        QCOMPARE(behind(0, Measure::Satisfied), ids({1, 6, 9, 12}));
        QCOMPARE(behind(0, Measure::Refused), ids({5, 15}));
        QCOMPARE(behind(FiguresFixture::district, Measure::Transferred), ids({7}));
        QCOMPARE(behind(FiguresFixture::district, Measure::AcceptedOnTime),
                 ids({1, 2, 4, 6, 7, 8, 9})); // 7: on time at Hàng Bạc, late at Hàng Trống
        QCOMPARE(behind(FiguresFixture::wardHangTrong, Measure::Received), ids({6, 7, 9, 15}));
        QCOMPARE(behind(FiguresFixture::wardHangBac, Measure::Rated), ids({1, 2, 3, 6, 12}));
        QCOMPARE(behind(FiguresFixture::wardHangBac, Measure::Received, FiguresFixture::officerAn),
                 ids({1, 2, 6}));
        QCOMPARE(behind(FiguresFixture::department, Measure::Answered), ids({}));
    }

    void everyMeasureHasACodeThatReadsBack()
    {
        QCOMPARE(allMeasures().size(), 15);
        QSet<QString> codes;
        for (Measure m : allMeasures()) {
            QCOMPARE(measureFromCode(toCode(m)), m);
            codes.insert(toCode(m));
        }
        QCOMPARE(codes.size(), 15);
        QCOMPARE(toCode(Measure::AnsweredOnTime), QStringLiteral("answered_on_time"));
        QVERIFY(!measureFromCode(QStringLiteral("answered on time")));
    }

    void theScopeIsTheSubtreeAndTheCityAlsoHoldsTheCoordinators()
    {
        QCOMPARE(scopeOf(0, x.units).units, (QSet<UnitId>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(scopeOf(0, x.units).rootUnitId, FiguresFixture::city);
        QCOMPARE(scopeOf(FiguresFixture::city, x.units).units, (QSet<UnitId>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(scopeOf(FiguresFixture::district, x.units).units, (QSet<UnitId>{2, 3, 4}));
        QCOMPARE(scopeOf(FiguresFixture::wardHangBac, x.units, 8, QStringLiteral("roads")).units,
                 QSet<UnitId>{3});
        // A parent loop in bad data ends.
        QList<Unit> loop = {{7, 8, {}, {}}, {8, 7, {}, {}}};
        QCOMPARE(scopeOf(7, loop).units, (QSet<UnitId>{7, 8}));
    }

    void anInvalidPeriodCountsNothing()
    {
        QCOMPARE(computeFigures(facts, scopeOf(0, x.units), ReportPeriod(), x.now,
                                x.reference.calendar()),
                 Figures());
        QVERIFY(casesBehind(facts, scopeOf(0, x.units), {}, x.now, Measure::Received).isEmpty());
    }

    void theWorkingClockAgreesWithTheCalendar()
    {
        const DeadlineCalendar calendar = x.reference.calendar();
        const WorkingClock clock(calendar, QDate(2025, 4, 1), QDate(2025, 6, 30), 60);
        QRandomGenerator random(20250401);
        const QDateTime base(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 3000; ++i) {
            // Whole minutes, odd seconds and milliseconds; inside and outside the window.
            const QDateTime a = base.addSecs(random.bounded(330 * 86400));
            QDateTime b = a.addSecs(random.bounded(40 * 86400));
            if (i % 3 == 0)
                b = b.addMSecs(random.bounded(1000));
            if (i % 5 == 0)
                b = a.addSecs(random.bounded(600)); // within one office period, often
            QCOMPARE(clock.minutesBetween(a, b), calendar.workingMinutesBetween(a, b));
            QCOMPARE(clock.minutesBetween(b, a), calendar.workingMinutesBetween(b, a));
        }
    }
};

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
