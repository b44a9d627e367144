#pragma once

// DeadlineCalendar::workingMinutesBetween for many pairs of times: the figures
// measure every accepted and answered case, and the calendar walks each day
// with time-zone arithmetic. This precomputes the working seconds of each day
// over a window of days once, so a pair costs a few lookups; times outside the
// window go to the calendar. Same results to the minute (tests compare).

#include "DeadlineCalendar.h"

#include <vector>

namespace pakn {

class WorkingClock
{
public:
    // The window: [first - margin, last + margin] in the calendar's days.
    WorkingClock(const DeadlineCalendar &calendar, QDate first, QDate last, int marginDays = 400);

    qint64 minutesBetween(const QDateTime &from, const QDateTime &to) const;

private:
    // Working seconds from the window's start to local second `local`; -1 outside the window.
    qint64 worked(qint64 local) const;
    // The office period holding second-of-day `s` (start <= s < end), or -1.
    int periodAt(qint64 s) const;

    const DeadlineCalendar &m_calendar;
    qint64 m_offset = 0;   // seconds ahead of UTC (Vietnam has no daylight saving)
    qint64 m_firstDay = 0; // local day number (days since 1970-01-01) of the window's start
    std::vector<std::pair<qint64, qint64>> m_periods; // seconds of the day
    std::vector<char> m_working;                      // per day of the window
    std::vector<qint64> m_before;                     // working seconds before each day
};

} // namespace pakn
