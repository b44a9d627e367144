#pragma once

// The reply deadline as staff read it: working time left or overdue, counted
// on the working calendar (office hours, holidays, make-up days) with 8
// working hours to a day — "còn 2 ngày 3 giờ", "quá hạn 5 giờ" — and how
// pressing it is (overdue, due today, on track) for the table's colours.

#include "domain/DeadlineCalendar.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace pakn {

enum class DeadlinePressure
{
    None, // no deadline, or the case is no longer open
    OnTrack,
    DueToday, // due before the end of today in Vietnam time
    Overdue
};

class DeadlineCountdown
{
public:
    static constexpr qint64 kMinutesPerDay = 8 * 60;

    explicit DeadlineCountdown(DeadlineCalendar calendar = {});

    DeadlinePressure pressure(const QDateTime &deadline, const QDateTime &now) const;
    // Empty when there is no deadline.
    QString text(const QDateTime &deadline, const QDateTime &now) const;
    // "2 ngày 3 giờ" for a number of working minutes (>= 0).
    static QString duration(qint64 workingMinutes);
    // Red, amber, or invalid (the palette's text colour) for on track.
    static QColor colour(DeadlinePressure pressure);

private:
    DeadlineCalendar m_calendar;
};

} // namespace pakn
