#include "WorkingClock.h"

namespace pakn {

namespace {

constexpr qint64 daySeconds = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 secondsOf(QTime t)
{
    return t.msecsSinceStartOfDay() / 1000;
}

} // namespace

WorkingClock::WorkingClock(const DeadlineCalendar &calendar, QDate first, QDate last,
                           int marginDays)
    : m_calendar(calendar)
{
    const QDate epoch(1970, 1, 1);
    const QDate from = first.addDays(-marginDays);
    const QDate to = last.addDays(marginDays);
    m_offset = calendar.timeZone().offsetFromUtc(QDateTime(first, QTime(12, 0), Qt::UTC));
    m_firstDay = epoch.daysTo(from);
    qint64 dayWork = 0;
    for (const auto &p : calendar.periods()) {
        m_periods.emplace_back(secondsOf(p.start), secondsOf(p.end));
        dayWork += std::max<qint64>(0, secondsOf(p.end) - secondsOf(p.start));
    }
    const qint64 days = from.daysTo(to) + 1;
    m_working.reserve(size_t(days));
    m_before.reserve(size_t(days) + 1);
    m_before.push_back(0);
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const bool working = calendar.isWorkingDay(d);
        m_working.push_back(working ? 1 : 0);
        m_before.push_back(m_before.back() + (working ? dayWork : 0));
    }
}

int WorkingClock::periodAt(qint64 s) const
{
    for (size_t i = 0; i < m_periods.size(); ++i)
        if (s >= m_periods[i].first && s < m_periods[i].second)
            return int(i);
    return -1;
}

qint64 WorkingClock::worked(qint64 local) const
{
    const qint64 day = floorDiv(local, daySeconds) - m_firstDay;
    if (day < 0 || day >= qint64(m_working.size()))
        return -1;
    qint64 total = m_before[size_t(day)];
    if (!m_working[size_t(day)])
        return total;
    const qint64 s = local - floorDiv(local, daySeconds) * daySeconds;
    for (const auto &[start, end] : m_periods)
        if (s > start)
            total += std::min(s, end) - start;
    return total;
}

qint64 WorkingClock::minutesBetween(const QDateTime &from, const QDateTime &to) const
{
    if (to < from)
        return -minutesBetween(to, from);
    const qint64 a = from.toSecsSinceEpoch() + m_offset;
    const qint64 b = to.toSecsSinceEpoch() + m_offset;
    const qint64 wa = worked(a);
    const qint64 wb = worked(b);
    if (wa < 0 || wb < 0 || from.toMSecsSinceEpoch() % 1000 != 0 ||
        to.toMSecsSinceEpoch() % 1000 != 0)
        return m_calendar.workingMinutesBetween(from, to);
    // The calendar rounds each office period down to whole minutes on its own:
    // only the periods holding `from` and `to` can have a part-minute.
    const auto dayOf = [](qint64 t) { return floorDiv(t, daySeconds); };
    const int pa =
        m_working[size_t(dayOf(a) - m_firstDay)] ? periodAt(a - dayOf(a) * daySeconds) : -1;
    const int pb =
        m_working[size_t(dayOf(b) - m_firstDay)] ? periodAt(b - dayOf(b) * daySeconds) : -1;
    if (pa >= 0 && pa == pb && dayOf(a) == dayOf(b))
        return (b - a) / 60;
    qint64 head = 0;
    qint64 headEnd = a;
    if (pa >= 0) {
        headEnd = dayOf(a) * daySeconds + m_periods[size_t(pa)].second;
        head = (headEnd - a) / 60;
    }
    qint64 tail = 0;
    qint64 tailStart = b;
    if (pb >= 0) {
        tailStart = dayOf(b) * daySeconds + m_periods[size_t(pb)].first;
        tail = (b - tailStart) / 60;
    }
    return head + (worked(tailStart) - worked(headEnd)) / 60 + tail;
}

} // namespace pakn
