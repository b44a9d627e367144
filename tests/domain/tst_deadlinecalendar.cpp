#include "domain/DeadlineCalendar.h"

#include <QTest>

using pakn::DeadlineCalendar;

namespace {
const QTimeZone vn = QTimeZone(7 * 3600);
QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), vn);
}
} // namespace

class TestDeadlineCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lunchBreakIsSkipped()
    {
        DeadlineCalendar cal;
        // 11:50 Monday + 4 working hours: 10 minutes before lunch, then 13:00 → 16:50.
        QCOMPARE(cal.addWorkingHours(at(2026, 11, 23, 11, 50), 4), at(2026, 11, 23, 16, 50));
    }

    void fridayAfternoonRollsToMonday()
    {
        DeadlineCalendar cal;
        QCOMPARE(cal.addWorkingHours(at(2026, 11, 27, 16, 0), 8), at(2026, 11, 30, 16, 0));
    }

    void startOutsideHoursStartsAtNextOpening()
    {
        DeadlineCalendar cal;
        QCOMPARE(cal.addWorkingHours(at(2026, 11, 28, 22, 0), 1), at(2026, 11, 30, 9, 0));
    }

    void holidaysAndMakeUpDays()
    {
        DeadlineCalendar cal;
        // Tết 2026: 14–22 Feb off (example data); make-up Saturday 7 Mar.
        QSet<QDate> tet;
        for (QDate d(2026, 2, 14); d <= QDate(2026, 2, 22); d = d.addDays(1))
            tet.insert(d);
        cal.setHolidays(tet);
        cal.setMakeUpWorkdays({QDate(2026, 3, 7)});
        // Friday 13 Feb 16:00 + 2h: 1h Friday, then Monday 23 Feb 09:00.
        QCOMPARE(cal.addWorkingHours(at(2026, 2, 13, 16, 0), 2), at(2026, 2, 23, 9, 0));
        QVERIFY(cal.isWorkingDay(QDate(2026, 3, 7)));
        QCOMPARE(cal.addWorkingHours(at(2026, 3, 6, 17, 0), 1), at(2026, 3, 7, 9, 0));
    }

    void minutesBetweenMatchesAdd()
    {
        DeadlineCalendar cal;
        const QDateTime from = at(2026, 11, 20, 10, 15);
        const QDateTime to = cal.addWorkingMinutes(from, 1234);
        QCOMPARE(cal.workingMinutesBetween(from, to), qint64(1234));
        QCOMPARE(cal.workingMinutesBetween(to, from), qint64(-1234));
    }
};

QTEST_APPLESS_MAIN(TestDeadlineCalendar)
#include "tst_deadlinecalendar.moc"
