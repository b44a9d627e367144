#pragma once

// The one place that says which figures a fact counts in (docs/METRICS.md),
// and the running tally of one Figures. computeFigures, casesBehind and
// buildFiguresReport all classify facts here, so they cannot disagree.

#include "FactGroups.h"
#include "Figures.h"

#include <vector>

namespace pakn {

using MeasureBits = quint32;
constexpr MeasureBits bitOf(Measure m)
{
    return MeasureBits(1) << int(m);
}

// Where a fact stands relative to one scope and one period.
struct FactPlace
{
    bool unitIn = false;       // its unit is in the scope
    bool otherIn = false;      // its other unit (where an arrival came from) is in the scope
    bool inPeriod = false;     // its time is in the period
    bool officerScope = false; // the scope is one officer's (received = assigned to them)
};

// A period as milliseconds since the epoch, [start, end): compared per fact.
struct PeriodSpan
{
    qint64 start = 0;
    qint64 end = 0;
    PeriodSpan() = default;
    explicit PeriodSpan(const ReportPeriod &p);
    bool holds(const QDateTime &t) const;
};

// The scope's officer and field filters.
bool passesFilter(const CaseFact &f, const FigureScope &scope);
FactPlace placeOf(const CaseFact &f, const FigureScope &scope, const PeriodSpan &span);

MeasureBits measuresOf(const CaseFact &f, const FactPlace &place, const QDateTime &now);

// Whether a day's group (FactGroups.h) counts for a scope and period: its unit
// is in the scope, its day in the period and, for arrivals, it came from
// outside the scope — measuresOf's rules for the facts it holds, which it
// counted with their unit in scope. Whole or not at all; never for an
// officer's scope, whose figures are counted from the facts.
bool groupCounts(const FactGroup &group, const FactPlace &place);

class FigureTally
{
public:
    // `minutes`: working time of an Accepted or Answered fact; nullopt when unknown.
    void add(const CaseFact &f, MeasureBits bits, std::optional<qint64> minutes);
    // Every count and minute of `group` (whose cases are received once each).
    void add(const FactGroup &group);
    Figures result();

private:
    Figures m_figures;
    std::vector<CaseId> m_received;
    int m_receivedInGroups = 0; // other cases than m_received's
    std::vector<qint64> m_toAccept;
    std::vector<qint64> m_toAnswer;
};

} // namespace pakn
