#pragma once

// The facts of a day counted together: a dashboard over a year of a million
// cases would otherwise replay millions of facts for every opening. A group
// holds, for one day, one unit and one field, how many facts counted in each
// measure and the working minutes behind the two averages and medians — the
// exact figures, not an estimate. A store keeps the groups beside the facts
// and rebuilds a day's groups when a fact of that day changes.
//
// Only facts whose measures depend on nothing but their unit, their day and
// their field are grouped (countsInGroups). The rest are read one by one:
// open cases (overdue depends on "now"), and the arrivals of a case that
// arrived more than once (one case is received once however often it came
// back). A group of arrivals also keeps the unit they came from, since an
// arrival from inside the scope receives nothing (docs/METRICS.md). Groups
// count the whole unit: an officer's figures are read from the facts.
//
// A store may also merge a week's day groups into week groups (weekGroupsOf):
// a year is then about a hundred weeks of groups instead of seven hundred
// days. A group counts for a period only when all its days are inside it.

#include "CaseFacts.h"
#include "DeadlineCalendar.h"
#include "Figures.h"

#include <array>
#include <vector>

namespace pakn {

constexpr int kMeasureCount = int(Measure::NotSatisfied) + 1;

struct FactGroup
{
    QDate day;                         // Vietnam's calendar day of the facts (the first one)
    int days = 1;                      // how many days from `day` it holds (a week: 7)
    UnitId unitId = 0;                 // the unit they happened in
    std::optional<UnitId> arrivedFrom; // set for a group of arrivals: where they came from
    QString field;
    std::array<int, kMeasureCount> counts{}; // by Measure, for a scope that holds unitId
    std::vector<qint32> toAccept;            // working minutes, one per accepted fact timed
    std::vector<qint32> toAnswer;            // working minutes, one per answered fact timed
    friend bool operator==(const FactGroup &, const FactGroup &) = default;
};

// The Vietnam calendar day `at` falls on (invalid for an invalid time).
QDate factDay(const QDateTime &at);
// The start of Vietnam's `day` (00:00 UTC+7), in milliseconds since the epoch.
qint64 factDayStart(QDate day);

// For each of one case's facts (caseFactsOf), whether it may be counted in a group.
QList<bool> countsInGroups(const QList<CaseFact> &caseFacts);

// The day groups of `facts` (every one of them groupable), the working minutes
// counted by `calendar`; in no particular order.
QList<FactGroup> groupFacts(const QList<CaseFact> &facts, const DeadlineCalendar &calendar);

// The Monday of `day`'s ISO week.
QDate weekOf(QDate day);
// The Mondays of the ISO weeks that lie wholly in first..last.
QList<QDate> wholeWeeksIn(QDate first, QDate last);
// The day groups of one ISO week merged into week groups (one per unit, field
// and, for arrivals, unit of origin): day = the Monday, days = 7.
QList<FactGroup> weekGroupsOf(const QList<FactGroup> &dayGroups);

} // namespace pakn

// A year of groups is hundreds of thousands: a list of them grows by realloc
// (a QString, std::vectors and an optional id may be moved as bytes).
Q_DECLARE_TYPEINFO(pakn::FactGroup, Q_RELOCATABLE_TYPE);
