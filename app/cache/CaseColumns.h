#pragma once

// How case values are stored in the cache's sort and filter columns. Internal
// to the cache: CaseWriter writes them, CaseStore reads and compares them.

#include "domain/CaseTypes.h"

#include <QDateTime>
#include <limits>

namespace pakn {

// Statuses and urgencies sort in their declaration order (the workflow order).
inline int statusRank(CaseStatus s)
{
    return int(allStatuses().indexOf(s));
}
inline CaseStatus statusFromRank(int rank)
{
    return allStatuses().value(rank, CaseStatus::New);
}
inline int urgencyRank(Urgency u)
{
    return int(allUrgencies().indexOf(u));
}
inline Urgency urgencyFromRank(int rank)
{
    return allUrgencies().value(rank, Urgency::Normal);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Times are UTC milliseconds; an unset deadline sorts after every set one.
inline qint64 storedTime(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
inline QDateTime timeFromStored(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
constexpr qint64 kNoDeadline = std::numeric_limits<qint64>::max();
inline qint64 storedDeadline(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : kNoDeadline;
}
inline QDateTime deadlineFromStored(qint64 ms)
{
    return ms == kNoDeadline ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace pakn
