#pragma once

// The days' groups of the cached facts (domain/FactGroups.h), so that a year's
// figures over a million cached cases read a few hundred thousand groups
// instead of millions of facts. CaseFactStore marks a day stale when a
// grouped fact of that day changes; refresh() rebuilds stale days a batch at
// a time (BackfillThread), newest first; read() gives the groups of the days
// that are current and names the stale ones, whose facts the reader then
// reads one by one — so figures are exact whether or not the rebuild has
// caught up. The groups hold working minutes, so they are only current for
// the calendar they were counted with (its fingerprint is kept in meta): a
// changed calendar makes every day stale.

#include "domain/FactGroups.h"

#include <QSet>
#include <QSqlDatabase>

namespace pakn {

class FactDayStore
{
public:
    explicit FactDayStore(QSqlDatabase db);

    struct Days
    {
        QList<FactGroup> groups; // of the current days in first..last, of the units asked for
        QList<QDate> stale;      // the days in first..last whose groups cannot be used
    };
    // The groups of first..last, only of `units` (empty: every unit), counted
    // with `calendar`; nullopt with `error` when the read fails.
    std::optional<Days> read(QDate first, QDate last, const QSet<UnitId> &units,
                             const DeadlineCalendar &calendar, QString *error) const;

    // Rebuilds the groups of up to `maxDays` stale days, newest first, in one
    // transaction — after marking every day stale when the groups were counted
    // with another calendar. How many days it rebuilt (0: none was stale), -1 with `error`.
    int refresh(const DeadlineCalendar &calendar, int maxDays, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
