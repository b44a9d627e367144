// buildFiguresReport on the shared fixture (every part equals the figures of
// its own scope and period; the rankings are the hand-computed ones), the
// ranking rule's ties, the report's case rows, and the strict JSON format.

#include "FiguresChecks.h"
#include "FiguresFixture.h"
#include "domain/FiguresReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace pakn;
using pakn::fixture::ExpectedRank;
using pakn::fixture::FiguresFixture;

namespace {

QByteArray shown(const Figures &f)
{
    return QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact);
}

RankedUnit unit(UnitId id, const char *name, int answered, int onTime, int rated, int satisfied)
{
    RankedUnit u;
    u.unitId = id;
    u.unitName = QString::fromUtf8(name);
    u.figures.answered = answered;
    u.figures.answeredOnTime = onTime;
    u.figures.rated = rated;
    u.figures.satisfied = satisfied;
    return u;
}

} // namespace

class TestFiguresReport : public QObject
{
    Q_OBJECT

    const FiguresFixture x = FiguresFixture::make();
    const QList<CaseFact> facts = x.facts();
    const DeadlineCalendar calendar = x.reference.calendar();

    FiguresReport build(UnitId unit, UserId officer = 0, const QString &field = {}) const
    {
        return buildFiguresReport({unit, officer, field, x.period},
                                  {facts, x.units, calendar, x.reference.ranking, x.now});
    }
    Figures compute(const ReportPeriod &p, UnitId unit, UserId officer = 0,
                    const QString &field = {}) const
    {
        return computeFigures(facts, scopeOf(unit, x.units, officer, field), p, x.now, calendar);
    }

private Q_SLOTS:
    void theCityReportHasTheHandCountedFiguresAndRanking()
    {
        const FiguresReport r = build(0);
        QCOMPARE(r.unitName, QStringLiteral("Thành phố Hà Nội"));
        QCOMPARE(r.computedAt, x.now);
        QCOMPARE(r.weights, RankingWeights());
        QCOMPARE(shown(r.figures), shown(FiguresFixture::expectedCity()));
        QCOMPARE(shown(r.previous), shown(FiguresFixture::expectedCityPrevious()));
        compareRanking(r.ranking, FiguresFixture::expectedCityRanking());
        QCOMPARE(r.ranking.at(0).unitName, QStringLiteral("Quận Hoàn Kiếm"));
        QCOMPARE(shown(r.ranking.at(0).figures), shown(FiguresFixture::expectedDistrict()));
        QCOMPARE(shown(r.ranking.at(1).figures), shown(FiguresFixture::expectedDepartment()));
    }

    void theDistrictRanksItsWards()
    {
        const FiguresReport r = build(FiguresFixture::district);
        QCOMPARE(shown(r.figures), shown(FiguresFixture::expectedDistrict()));
        compareRanking(r.ranking, FiguresFixture::expectedDistrictRanking());
        QCOMPARE(shown(r.ranking.at(0).figures), shown(FiguresFixture::expectedHangBac()));
        QCOMPARE(shown(r.ranking.at(1).figures), shown(FiguresFixture::expectedHangTrong()));
        QVERIFY(build(FiguresFixture::wardHangBac).ranking.isEmpty()); // a ward has no children
    }

    void theWeeksCoverTheQuarterEachWithItsOwnFigures()
    {
        const FiguresReport r = build(0);
        QCOMPARE(r.weekly.size(), 14); // 1–6 April, 13 whole weeks … 30 June alone
        QCOMPARE(r.weekly.first().period.code(), QStringLiteral("2025-04-01..2025-04-06"));
        QCOMPARE(r.weekly.at(1).period.code(), QStringLiteral("2025-W15"));
        QCOMPARE(r.weekly.last().period.code(), QStringLiteral("2025-06-30..2025-06-30"));
        int received = 0;
        int answered = 0;
        for (const PeriodFigures &w : r.weekly) {
            QCOMPARE(shown(w.figures), shown(compute(w.period, 0)));
            QCOMPARE(w.figures.overdueNow, 2); // now, whatever the week
            received += w.figures.received;
            answered += w.figures.answered;
        }
        QCOMPARE(received, 14);
        QCOMPARE(answered, 8);
        QCOMPARE(r.weekly.first().figures.received, 3); // 1, 5 and 16
    }

    void theFieldsAreOrderedByReceivedThenCode()
    {
        const FiguresReport r = build(0);
        QStringList order;
        for (const FieldFigures &f : r.byField) {
            order.append(f.field);
            QCOMPARE(shown(f.figures), shown(compute(x.period, 0, 0, f.field)));
        }
        // roads 3 (1, 10, 16); construction, drainage, other, urban_order 2 each;
        // environment, lighting, trees 1 each; education only in Q3: absent.
        QCOMPARE(order.join(QLatin1Char(' ')),
                 QStringLiteral("roads construction drainage other urban_order environment "
                                "lighting trees"));
    }

    void anOfficerOrFieldReportFiltersEveryPart()
    {
        const FiguresReport an = build(FiguresFixture::wardHangBac, FiguresFixture::officerAn);
        QCOMPARE(shown(an.figures), shown(FiguresFixture::expectedOfficerAn()));
        QCOMPARE(an.officerName, QString()); // the caller names the officer
        const FiguresReport drainage =
            build(FiguresFixture::district, 0, QStringLiteral("drainage"));
        QCOMPARE(shown(drainage.figures),
                 shown(compute(x.period, 2, 0, QStringLiteral("drainage"))));
        QCOMPARE(drainage.byField.size(), 1);
        for (const RankedUnit &u : drainage.ranking)
            QCOMPARE(shown(u.figures),
                     shown(compute(x.period, u.unitId, 0, QStringLiteral("drainage"))));
    }

    void otherWeightsCanReorderTheUnits()
    {
        // Satisfaction only: Hàng Bạc 60 %, Hàng Trống 50 %. On time only: 75 % and 66.7 %.
        const FiguresReport sat =
            buildFiguresReport({FiguresFixture::district, 0, {}, x.period},
                               {facts, x.units, calendar, RankingWeights{0, 1}, x.now});
        QCOMPARE(*sat.ranking.at(0).score, 60.0);
        QCOMPARE(*sat.ranking.at(1).score, 50.0);
        QCOMPARE(sat.weights, (RankingWeights{0, 1}));
    }

    void tiesShareARankAndUnscoredUnitsComeLast()
    {
        const QList<RankedUnit> ranked = rankUnits(
            {unit(1, "E", 0, 0, 0, 0), unit(2, "B", 10, 7, 0, 0), unit(3, "A", 10, 10, 10, 10),
             unit(4, "C", 0, 0, 10, 10), unit(5, "D", 10, 5, 10, 10), unit(6, "F", 0, 0, 0, 0),
             unit(7, "G", 0, 0, 10, 0)},
            RankingWeights());
        // A 100; D 0.6×50+0.4×100 = 70; B 0.6×70 (nothing rated counts 0) = 42;
        // C 0.4×100 = 40; G 0 (rated, none satisfied: a score of 0); E, F nothing at all.
        QList<std::pair<UnitId, int>> order;
        for (const RankedUnit &u : ranked)
            order.append({u.unitId, u.rank});
        QCOMPARE(order, (QList<std::pair<UnitId, int>>{
                            {3, 1}, {5, 2}, {2, 3}, {4, 4}, {7, 5}, {1, 6}, {6, 6}}));
        QCOMPARE(*ranked.at(4).score, 0.0);
        QVERIFY(!ranked.at(5).score);

        const QList<RankedUnit> tied =
            rankUnits({unit(1, "Z", 4, 3, 0, 0), unit(2, "Y", 8, 8, 0, 0), unit(3, "X", 8, 6, 0, 0),
                       unit(4, "W", 1, 0, 0, 0)},
                      RankingWeights());
        QList<std::pair<UnitId, int>> ranks;
        for (const RankedUnit &u : tied)
            ranks.append({u.unitId, u.rank});
        // 1, 2, 2, 4; the tied ones by name.
        QCOMPARE(ranks, (QList<std::pair<UnitId, int>>{{2, 1}, {3, 2}, {1, 2}, {4, 4}}));
    }

    void anInvalidPeriodGivesAnEmptyReport()
    {
        const FiguresReport r =
            buildFiguresReport({0, 0, {}, {}}, {facts, x.units, calendar, RankingWeights(), x.now});
        QCOMPARE(r.figures, Figures());
        QVERIFY(r.weekly.isEmpty() && r.ranking.isEmpty() && r.byField.isEmpty());
    }

    void theReportListsEveryCaseBehindAnyFigure()
    {
        QCOMPARE(
            casesInReport(facts, scopeOf(FiguresFixture::wardHangBac, x.units), x.period, x.now),
            (QList<CaseId>{1, 2, 3, 6, 7, 10, 12}));
        QCOMPARE(casesInReport(facts, scopeOf(0, x.units), x.period, x.now).size(), 15); // not 14
    }

    void aReportCaseSaysWhetherItWasAnsweredOnTime()
    {
        const ReportCase late = reportCaseOf(x.caseById(2));
        QCOMPARE(late.id, 2);
        QCOMPARE(late.unitName, QStringLiteral("Phường Hàng Bạc"));
        QCOMPARE(late.assigneeName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(late.status, CaseStatus::Answered);
        QCOMPARE(late.answeredOnTime, false);
        QCOMPARE(late.rating, Rating::NotSatisfied);
        QCOMPARE(reportCaseOf(x.caseById(3)).answeredOnTime, true); // thanks to the extension
        QCOMPARE(reportCaseOf(x.caseById(10)).answeredOnTime, std::nullopt);
    }

    void theReportSurvivesJsonExactly()
    {
        for (UnitId u : {FiguresFixture::city, FiguresFixture::district}) {
            const FiguresReport r = build(u);
            const QByteArray text = QJsonDocument(toJson(r)).toJson();
            QString error;
            const auto back = figuresReportFromJson(QJsonDocument::fromJson(text).object(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, r);
        }
        for (CaseId id : {1, 2, 10, 13}) {
            const ReportCase c = reportCaseOf(x.caseById(id));
            const auto back = reportCaseFromJson(toJson(c));
            QVERIFY(back);
            QCOMPARE(*back, c);
        }
        const QJsonObject json = toJson(build(0));
        QCOMPARE(json.value(QStringLiteral("request")).toObject().value(QStringLiteral("period")),
                 QJsonValue(QStringLiteral("2025-Q2")));
        QVERIFY(json.value(QStringLiteral("ranking"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("score"))
                    .isNull());
    }

    void decodingNamesTheFirstProblem_data()
    {
        QTest::addColumn<QString>("path"); // where to break the report, a.b.c
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QJsonValue gone = QJsonValue::Undefined;
        QTest::newRow("missing count") << QStringLiteral("figures.received") << gone
                                       << QStringLiteral("\"figures.received\" is missing");
        QTest::newRow("negative count") << QStringLiteral("previous.answered") << QJsonValue(-1)
                                        << QStringLiteral("\"previous.answered\" is not a count");
        QTest::newRow("fraction") << QStringLiteral("figures.rated") << QJsonValue(1.5)
                                  << QStringLiteral("\"figures.rated\" is not a count");
        QTest::newRow("time text")
            << QStringLiteral("figures.toAnswer.medianMinutes") << QJsonValue(QStringLiteral("495"))
            << QStringLiteral("\"figures.toAnswer.medianMinutes\" is not a number");
        QTest::newRow("bad period")
            << QStringLiteral("request.period") << QJsonValue(QStringLiteral("2025-Q5"))
            << QStringLiteral("\"request.period\" \"2025-Q5\": a quarter is Q1 to Q4");
        QTest::newRow("weights") << QStringLiteral("weights")
                                 << QJsonValue(QStringLiteral("0.6/0.4"))
                                 << QStringLiteral("\"weights\" is not an object");
        QTest::newRow("bad time") << QStringLiteral("computedAt")
                                  << QJsonValue(QStringLiteral("yesterday"))
                                  << QStringLiteral("\"computedAt\" is not an ISO-8601 time");
        QTest::newRow("weekly") << QStringLiteral("weekly") << QJsonValue(3)
                                << QStringLiteral("\"weekly\" is not an array");
    }
    void decodingNamesTheFirstProblem()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const QStringList keys = path.split(QLatin1Char('.'));
        // Rebuild the object along the path with the one member changed.
        std::function<QJsonObject(QJsonObject, qsizetype)> change = [&](QJsonObject o,
                                                                        qsizetype i) {
            if (i == keys.size() - 1) {
                if (value.isUndefined())
                    o.remove(keys.at(i));
                else
                    o.insert(keys.at(i), value);
            } else {
                o.insert(keys.at(i), change(o.value(keys.at(i)).toObject(), i + 1));
            }
            return o;
        };
        QString error;
        QVERIFY(!figuresReportFromJson(change(toJson(build(0)), 0), &error));
        QCOMPARE(error, message);
    }

    void decodingACaseRowIsStrictToo()
    {
        QJsonObject o = toJson(reportCaseOf(x.caseById(2)));
        QString error;
        o.insert(QStringLiteral("answeredOnTime"), QStringLiteral("yes"));
        QVERIFY(!reportCaseFromJson(o, &error));
        QCOMPARE(error, QStringLiteral("\"answeredOnTime\" is not true, false or null"));
        o = toJson(reportCaseOf(x.caseById(2)));
        o.insert(QStringLiteral("rating"), QStringLiteral("happy"));
        QVERIFY(!reportCaseFromJson(o, &error));
        QCOMPARE(error, QStringLiteral("\"rating\" has an unknown value"));
        o.remove(QStringLiteral("id"));
        QVERIFY(!reportCaseFromJson(o, &error));
        QCOMPARE(error, QStringLiteral("\"id\" is missing"));
        QVERIFY(!figuresFromJson(QJsonObject(), &error));
        QCOMPARE(error, QStringLiteral("\"received\" is missing"));
    }
};

QTEST_GUILESS_MAIN(TestFiguresReport)
#include "tst_figuresreport.moc"
