// ReportPeriod: every spelling and its code, ISO weeks across years, Vietnam's
// day boundaries, the previous period of each kind, the weekly split, and the
// messages for what cannot be read.

#include "domain/ReportPeriod.h"

#include <QTest>

using namespace pakn;
using Kind = ReportPeriod::Kind;

namespace {

ReportPeriod parsed(const char *text)
{
    QString error;
    const auto p = ReportPeriod::parse(QString::fromUtf8(text), &error);
    if (!p)
        qWarning("%s: %s", text, qPrintable(error));
    return p.value_or(ReportPeriod());
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

Q_DECLARE_METATYPE(ReportPeriod::Kind)

class TestReportPeriod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySpellingReadsAndWritesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("code");
        const auto row = [](const char *name, const char *code, Kind k, QDate a, QDate b,
                            const char *canonical = nullptr) {
            QTest::newRow(name) << QString::fromUtf8(code) << k << a << b
                                << QString::fromUtf8(canonical ? canonical : code);
        };
        row("day", "2025-06-14", Kind::Day, d(2025, 6, 14), d(2025, 6, 14));
        row("week", "2025-W23", Kind::Week, d(2025, 6, 2), d(2025, 6, 8));
        row("week lower case", "2025-w23", Kind::Week, d(2025, 6, 2), d(2025, 6, 8), "2025-W23");
        row("week 1 of 2026 starts in 2025", "2026-W01", Kind::Week, d(2025, 12, 29),
            d(2026, 1, 4));
        row("week 1 of 2025 starts in 2024", "2025-W01", Kind::Week, d(2024, 12, 30),
            d(2025, 1, 5));
        row("53rd week", "2020-W53", Kind::Week, d(2020, 12, 28), d(2021, 1, 3));
        row("month", "2025-06", Kind::Month, d(2025, 6, 1), d(2025, 6, 30));
        row("february, leap", "2024-02", Kind::Month, d(2024, 2, 1), d(2024, 2, 29));
        row("quarter", "2025-Q2", Kind::Quarter, d(2025, 4, 1), d(2025, 6, 30));
        row("quarter lower case", " 2025-q4 ", Kind::Quarter, d(2025, 10, 1), d(2025, 12, 31),
            "2025-Q4");
        row("year", "2025", Kind::Year, d(2025, 1, 1), d(2025, 12, 31));
        row("range", "2025-06-01..2025-06-30", Kind::Custom, d(2025, 6, 1), d(2025, 6, 30));
        row("one-day range", "2025-06-01..2025-06-01", Kind::Custom, d(2025, 6, 1), d(2025, 6, 1));
        row("range with spaces", "2025-06-01 .. 2025-07-15", Kind::Custom, d(2025, 6, 1),
            d(2025, 7, 15), "2025-06-01..2025-07-15");
    }
    void everySpellingReadsAndWritesBack()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, code);
        QString error;
        const auto p = ReportPeriod::parse(text, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->kind(), kind);
        QCOMPARE(p->first(), first);
        QCOMPARE(p->last(), last);
        QCOMPARE(p->code(), code);
        QCOMPARE(ReportPeriod::parse(code), p);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *text, const char *message) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(message);
        };
        row("", "no period given; write 2025-06-14, 2025-W23, 2025-06, 2025-Q2, 2025 or "
                "2025-06-01..2025-06-30");
        row("2025-13", "\"2025-13\": a month is 01 to 12");
        row("2025-00", "\"2025-00\": a month is 01 to 12");
        row("2025-Q5", "\"2025-Q5\": a quarter is Q1 to Q4");
        row("2025-02-30", "\"2025-02-30\" is not a date of the calendar");
        row("2025-W54", "\"2025-W54\": 2025 has ISO weeks 01 to 52");
        row("2021-W53", "\"2021-W53\": 2021 has ISO weeks 01 to 52");
        row("2025-W00", "\"2025-W00\": 2025 has ISO weeks 01 to 52");
        row("2025-06-30..2025-06-01", "\"2025-06-30..2025-06-01\" ends before it starts");
        row("2025-06-01..", "\"2025-06-01..\" is not a range of two dates like "
                            "2025-06-01..2025-06-30");
        row("quý 2", "\"quý 2\" is not a period; write 2025-06-14, 2025-W23, 2025-06, "
                     "2025-Q2, 2025 or 2025-06-01..2025-06-30");
        row("25-Q2", "\"25-Q2\" is not a period; write 2025-06-14, 2025-W23, 2025-06, 2025-Q2, "
                     "2025 or 2025-06-01..2025-06-30");
        row("0000", "there is no year 0000");
    }
    void badInputIsNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReportPeriod::parse(text, &error));
        QCOMPARE(error, message);
        QVERIFY(!ReportPeriod::parse(text)); // no message wanted: no crash
    }

    void theDaysAreVietnamDays()
    {
        const ReportPeriod q2 = parsed("2025-Q2");
        QCOMPARE(q2.start(), QDateTime(d(2025, 3, 31), QTime(17, 0), Qt::UTC));
        QCOMPARE(q2.end(), QDateTime(d(2025, 6, 30), QTime(17, 0), Qt::UTC));
        QVERIFY(q2.contains(QDateTime(d(2025, 3, 31), QTime(17, 0), Qt::UTC)));
        QVERIFY(!q2.contains(QDateTime(d(2025, 3, 31), QTime(16, 59, 59), Qt::UTC)));
        QVERIFY(q2.contains(QDateTime(d(2025, 6, 30), QTime(16, 59, 59), Qt::UTC)));
        QVERIFY(!q2.contains(QDateTime(d(2025, 6, 30), QTime(17, 0), Qt::UTC)));
        QVERIFY(!ReportPeriod().contains(QDateTime::currentDateTimeUtc()));
        QVERIFY(!ReportPeriod().start().isValid());
    }

    void previousIsTheOneBeforeOfTheSameKind_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("previous");
        const auto row = [](const char *code, const char *previous) {
            QTest::newRow(code) << QString::fromUtf8(code) << QString::fromUtf8(previous);
        };
        row("2025-03-01", "2025-02-28");
        row("2025-01-01", "2024-12-31");
        row("2026-W01", "2025-W52");
        row("2021-W01", "2020-W53");
        row("2025-03", "2025-02");
        row("2025-01", "2024-12");
        row("2025-Q1", "2024-Q4");
        row("2025-Q3", "2025-Q2");
        row("2025", "2024");
        row("2025-06-01..2025-06-10", "2025-05-22..2025-05-31");
        row("2025-03-01..2025-03-01", "2025-02-28..2025-02-28");
    }
    void previousIsTheOneBeforeOfTheSameKind()
    {
        QFETCH(QString, code);
        QFETCH(QString, previous);
        const auto p = ReportPeriod::parse(code);
        QVERIFY(p);
        QCOMPARE(p->previous().code(), previous);
        QCOMPARE(p->previous().kind(), p->kind());
        QCOMPARE(p->previous().last().addDays(1), p->first());
    }

    void theWeeksAreClippedToThePeriod()
    {
        const QList<ReportPeriod> q2 = parsed("2025-Q2").weeks();
        QCOMPARE(q2.size(), 14);
        QCOMPARE(q2.first().code(), QStringLiteral("2025-04-01..2025-04-06"));
        QCOMPARE(q2.first().kind(), Kind::Custom);
        QCOMPARE(q2.at(1).code(), QStringLiteral("2025-W15"));
        QCOMPARE(q2.at(1).kind(), Kind::Week);
        QCOMPARE(q2.last().code(), QStringLiteral("2025-06-30..2025-06-30"));
        for (qsizetype i = 1; i < q2.size(); ++i)
            QCOMPARE(q2.at(i - 1).last().addDays(1), q2.at(i).first());

        const ReportPeriod week = parsed("2026-W01");
        QCOMPARE(week.weeks(), QList<ReportPeriod>{week});
        const QList<ReportPeriod> day = parsed("2025-06-14").weeks();
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.at(0).code(), QStringLiteral("2025-06-14..2025-06-14"));
        QCOMPARE(parsed("2025").weeks().size(), 53); // 1 Jan is a Wednesday, 31 Dec too
        QVERIFY(ReportPeriod().weeks().isEmpty());
    }

    void containingAndRangeBuildPeriods()
    {
        QCOMPARE(ReportPeriod::containing(Kind::Quarter, d(2025, 8, 19)).code(),
                 QStringLiteral("2025-Q3"));
        QCOMPARE(ReportPeriod::containing(Kind::Week, d(2025, 12, 31)).code(),
                 QStringLiteral("2026-W01"));
        QCOMPARE(ReportPeriod::containing(Kind::Month, d(2025, 2, 14)).last(), d(2025, 2, 28));
        QCOMPARE(ReportPeriod::containing(Kind::Custom, d(2025, 2, 14)).code(),
                 QStringLiteral("2025-02-14..2025-02-14"));
        QVERIFY(!ReportPeriod::containing(Kind::Day, QDate()).isValid());
        QVERIFY(!ReportPeriod::range(d(2025, 2, 2), d(2025, 2, 1)));
        QVERIFY(!ReportPeriod::range(QDate(), d(2025, 2, 1)));
        QCOMPARE(ReportPeriod::range(d(2025, 2, 1), d(2025, 2, 1))->kind(), Kind::Custom);
        QCOMPARE(ReportPeriod().code(), QString());
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_reportperiod.moc"
