#pragma once

// The day and week groups of the cached facts (domain/FactGroups.h), so that
// a year's figures over a million cached cases read tens of thousands of
// groups instead of millions of facts. CaseFactStore marks a day stale when a
// grouped fact of that day changes; refresh() rebuilds stale days a batch at
// a time (BackfillThread), newest first, and a week's groups once none of
// its days is stale; read() gives week groups for the whole weeks of each
// period, day groups for its other days, and names the stale days, whose
// facts the reader then reads one by one — so figures are exact whether or
// not the rebuild has caught up. The groups hold working minutes, so they are only current for
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
        QList<FactGroup> groups; // of the current days of the periods, of the units asked for
        QList<QDate> stale;      // the days of the periods whose groups cannot be used
    };
    using Span = std::pair<QDate, QDate>; // first..last of a period
    // The groups of `periods` (a week group never crosses a period's edge),
    // only of `units` (empty: every unit), counted with `calendar`; nullopt
    // with `error` when the read fails.
    std::optional<Days> read(const QList<Span> &periods, const QSet<UnitId> &units,
                             const DeadlineCalendar &calendar, QString *error) const;

    // Rebuilds the groups of up to `maxDays` stale days, newest first, and of
    // their weeks left with no stale day, in one transaction — after marking
    // every day stale when the groups were counted with another calendar. How
    // many days it rebuilt (0: none was stale), -1 with `error`.
    int refresh(const DeadlineCalendar &calendar, int maxDays, QString *error);

    // Marks stale every day that has a grouped fact, for facts written without
    // marking their days (StagedFacts). Joins the caller's transaction.
    bool markFactDaysStale(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
