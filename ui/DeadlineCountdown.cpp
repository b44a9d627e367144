#include "DeadlineCountdown.h"

#include <QCoreApplication>

namespace pakn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pakn::DeadlineCountdown", text);
}

} // namespace

DeadlineCountdown::DeadlineCountdown(DeadlineCalendar calendar) : m_calendar(std::move(calendar)) {}

DeadlinePressure DeadlineCountdown::pressure(const QDateTime &deadline, const QDateTime &now) const
{
    if (!deadline.isValid())
        return DeadlinePressure::None;
    if (deadline < now)
        return DeadlinePressure::Overdue;
    const QDate today = now.toTimeZone(m_calendar.timeZone()).date();
    return deadline.toTimeZone(m_calendar.timeZone()).date() == today ? DeadlinePressure::DueToday
                                                                      : DeadlinePressure::OnTrack;
}

QString DeadlineCountdown::duration(qint64 workingMinutes)
{
    const qint64 days = workingMinutes / kMinutesPerDay;
    const qint64 hours = workingMinutes % kMinutesPerDay / 60;
    const qint64 minutes = workingMinutes % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return tr("%1 h").arg(hours);
    return tr("%1 min").arg(minutes);
}

QString DeadlineCountdown::text(const QDateTime &deadline, const QDateTime &now) const
{
    if (!deadline.isValid())
        return {};
    if (deadline < now) {
        const qint64 late = m_calendar.workingMinutesBetween(deadline, now);
        // Passed outside office hours: late, but by no working time yet.
        return late > 0 ? tr("overdue by %1").arg(duration(late)) : tr("overdue");
    }
    return tr("%1 left").arg(duration(m_calendar.workingMinutesBetween(now, deadline)));
}

QColor DeadlineCountdown::colour(DeadlinePressure pressure)
{
    switch (pressure) {
    case DeadlinePressure::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case DeadlinePressure::DueToday:
        return QColor(0xb2, 0x6a, 0x00); // amber dark enough to read on white
    case DeadlinePressure::None:
    case DeadlinePressure::OnTrack:
        break;
    }
    return {};
}

} // namespace pakn
