#pragma once

// Working time over a calendar: office hours on working days, minus public
// holidays, plus make-up working days. Deadlines are counted in this time.
// Holidays are data (the administrator edits them), never code.

#include "DeadlineRules.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace pakn {

class DeadlineCalendar
{
public:
    struct Period
    {
        QTime start;
        QTime end;
        friend bool operator==(const Period &, const Period &) = default;
    };

    // Defaults: Monday–Friday, 08:00–12:00 and 13:00–17:00 in Vietnam (UTC+7, no DST).
    DeadlineCalendar();

    void setPeriods(QList<Period> periods) { m_periods = std::move(periods); }
    const QList<Period> &periods() const { return m_periods; }
    void setHolidays(QSet<QDate> days) { m_holidays = std::move(days); }
    void setMakeUpWorkdays(QSet<QDate> days) { m_makeUp = std::move(days); }
    const QTimeZone &timeZone() const { return m_zone; }

    bool isWorkingDay(QDate day) const;
    // The moment `minutes` of working time after `start` (start itself may be outside hours).
    QDateTime addWorkingMinutes(const QDateTime &start, qint64 minutes) const;
    QDateTime addWorkingHours(const QDateTime &start, int hours) const
    {
        return addWorkingMinutes(start, qint64(hours) * 60);
    }
    // Working minutes in [from, to); negative when to < from.
    qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    // A digest of everything working time depends on (hours, holidays, make-up
    // days): equal for calendars that count alike. Stores of derived working
    // times (day groups) compare it to know when to count again.
    QByteArray fingerprint() const;

private:
    QTimeZone m_zone;
    QList<Period> m_periods;
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUp;
};

} // namespace pakn
