// The reply deadline as a countdown in working time: 8 working hours to a
// day, office hours and holidays of the calendar, overdue / due today colours.

#include "DeadlineCountdown.h"

#include <QTest>

using namespace pakn;

namespace {

// Monday 23/11/2026 in Hanoi (UTC+7), at the given local time.
QDateTime hanoi(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

} // namespace

class TestDeadlineCountdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsWorkingTime_data()
    {
        QTest::addColumn<QDateTime>("deadline");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("text");
        QTest::addColumn<DeadlinePressure>("pressure");
        const QDateTime monday9 = hanoi(23, 9);
        QTest::newRow("days and hours")
            << hanoi(25, 12) << monday9 << QStringLiteral("2 d 3 h left")
            << DeadlinePressure::OnTrack;
        QTest::newRow("a whole day")
            << hanoi(24, 9) << monday9 << QStringLiteral("1 d left") << DeadlinePressure::OnTrack;
        QTest::newRow("later today, across lunch")
            << hanoi(23, 16) << monday9 << QStringLiteral("6 h left") << DeadlinePressure::DueToday;
        QTest::newRow("minutes") << hanoi(23, 9, 40) << monday9 << QStringLiteral("40 min left")
                                 << DeadlinePressure::DueToday;
        QTest::newRow("over the weekend")
            << hanoi(20, 16) << monday9 << QStringLiteral("overdue by 2 h")
            << DeadlinePressure::Overdue;
        QTest::newRow("overdue by minutes")
            << hanoi(23, 8, 30) << monday9 << QStringLiteral("overdue by 30 min")
            << DeadlinePressure::Overdue;
        QTest::newRow("passed outside office hours")
            << hanoi(22, 10) << hanoi(22, 11) << QStringLiteral("overdue")
            << DeadlinePressure::Overdue;
        QTest::newRow("no deadline")
            << QDateTime() << monday9 << QString() << DeadlinePressure::None;
    }
    void countsWorkingTime()
    {
        QFETCH(QDateTime, deadline);
        QFETCH(QDateTime, now);
        QFETCH(QString, text);
        QFETCH(DeadlinePressure, pressure);
        const DeadlineCountdown countdown;
        QCOMPARE(countdown.text(deadline, now), text);
        QCOMPARE(countdown.pressure(deadline, now), pressure);
    }

    void skipsTheCalendarsHolidays()
    {
        DeadlineCalendar calendar;
        calendar.setHolidays({QDate(2026, 11, 24)});
        const DeadlineCountdown countdown(calendar);
        QCOMPARE(countdown.text(hanoi(25, 12), hanoi(23, 9)), QStringLiteral("1 d 3 h left"));
    }

    void coloursOverdueRedAndDueTodayAmber()
    {
        QCOMPARE(DeadlineCountdown::colour(DeadlinePressure::Overdue), QColor(0xc6, 0x28, 0x28));
        QVERIFY(DeadlineCountdown::colour(DeadlinePressure::DueToday).isValid());
        QVERIFY(DeadlineCountdown::colour(DeadlinePressure::DueToday) !=
                DeadlineCountdown::colour(DeadlinePressure::Overdue));
        QVERIFY(!DeadlineCountdown::colour(DeadlinePressure::OnTrack).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCountdown)
#include "tst_deadlinecountdown.moc"
