#include "DeadlineCalendar.h"

#include <QCryptographicHash>
#include <algorithm>

namespace pakn {

DeadlineCalendar::DeadlineCalendar()
    : m_zone(QTimeZone(7 * 3600)),
      m_periods({{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}})
{}

bool DeadlineCalendar::isWorkingDay(QDate day) const
{
    if (m_makeUp.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDateTime DeadlineCalendar::addWorkingMinutes(const QDateTime &start, qint64 minutes) const
{
    QDateTime local = start.toTimeZone(m_zone);
    QDate day = local.date();
    qint64 remaining = minutes;
    // A bounded walk: a deadline years away would be a data error, not a loop.
    for (int guard = 0; guard < 3660; ++guard, day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        for (const Period &p : m_periods) {
            QDateTime pStart(day, p.start, m_zone);
            const QDateTime pEnd(day, p.end, m_zone);
            if (pEnd <= local)
                continue;
            if (pStart < local)
                pStart = local;
            const qint64 available = pStart.secsTo(pEnd) / 60;
            if (remaining <= available)
                return pStart.addSecs(remaining * 60).toUTC();
            remaining -= available;
        }
    }
    return {};
}

qint64 DeadlineCalendar::workingMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    if (to < from)
        return -workingMinutesBetween(to, from);
    const QDateTime a = from.toTimeZone(m_zone);
    const QDateTime b = to.toTimeZone(m_zone);
    qint64 total = 0;
    for (QDate day = a.date(); day <= b.date(); day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        for (const Period &p : m_periods) {
            const QDateTime s = std::max(QDateTime(day, p.start, m_zone), a);
            const QDateTime e = std::min(QDateTime(day, p.end, m_zone), b);
            if (s < e)
                total += s.secsTo(e) / 60;
        }
    }
    return total;
}

QByteArray DeadlineCalendar::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_zone.id());
    for (const Period &p : m_periods)
        hash.addData((p.start.toString(u"|HH:mm:ss") + p.end.toString(u"-HH:mm:ss")).toLatin1());
    for (const auto *days : {&m_holidays, &m_makeUp}) {
        QList<QDate> sorted(days->begin(), days->end());
        std::sort(sorted.begin(), sorted.end());
        hash.addData(QByteArrayView("#"));
        for (const QDate d : std::as_const(sorted))
            hash.addData(d.toString(Qt::ISODate).toLatin1());
    }
    return hash.result().toHex();
}

} // namespace pakn
