#include "FigureTally.h"

#include <algorithm>

namespace pakn {

namespace {

// A step with no recorded deadline missed nothing: it counts as on time.
bool onTime(const CaseFact &f)
{
    return !f.due.isValid() || f.at <= f.due;
}

WorkingTime workingTimeOf(std::vector<qint64> &minutes)
{
    WorkingTime t;
    t.count = int(minutes.size());
    if (minutes.empty())
        return t;
    double sum = 0;
    for (const qint64 m : minutes)
        sum += double(m);
    t.averageMinutes = sum / double(minutes.size());
    const auto middle = minutes.begin() + qsizetype(minutes.size() / 2);
    std::nth_element(minutes.begin(), middle, minutes.end());
    t.medianMinutes = double(*middle);
    if (minutes.size() % 2 == 0) {
        const qint64 below = *std::max_element(minutes.begin(), middle);
        t.medianMinutes = (double(below) + double(*middle)) / 2;
    }
    return t;
}

} // namespace

PeriodSpan::PeriodSpan(const ReportPeriod &p)
    : start(p.start().toMSecsSinceEpoch()), end(p.end().toMSecsSinceEpoch())
{}

bool PeriodSpan::holds(const QDateTime &t) const
{
    if (!t.isValid())
        return false;
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms >= start && ms < end;
}

FactPlace placeOf(const CaseFact &f, const FigureScope &scope, const PeriodSpan &span)
{
    FactPlace p;
    p.unitIn = scope.units.contains(f.unitId);
    p.otherIn = f.kind == FactKind::Arrived && scope.units.contains(f.otherUnitId);
    p.inPeriod = span.holds(f.at);
    p.officerScope = scope.officerId != 0;
    return p;
}

bool passesFilter(const CaseFact &f, const FigureScope &scope)
{
    return (scope.officerId == 0 || f.officerId == scope.officerId) &&
           (scope.field.isEmpty() || f.field == scope.field);
}

MeasureBits measuresOf(const CaseFact &f, const FactPlace &place, const QDateTime &now)
{
    if (!place.unitIn)
        return 0;
    if (f.kind == FactKind::Open)
        return f.due.isValid() && f.due < now ? bitOf(Measure::OverdueNow) : 0;
    if (!place.inPeriod)
        return 0;
    switch (f.kind) {
    case FactKind::Received:
        return place.officerScope ? 0 : bitOf(Measure::Received);
    case FactKind::Arrived:
        return place.officerScope || place.otherIn ? 0 : bitOf(Measure::Received);
    case FactKind::Assigned:
        return place.officerScope ? bitOf(Measure::Received) : 0;
    case FactKind::Accepted:
        return bitOf(Measure::Accepted) | (onTime(f) ? bitOf(Measure::AcceptedOnTime) : 0);
    case FactKind::Answered:
        return bitOf(Measure::Answered) |
               bitOf(onTime(f) ? Measure::AnsweredOnTime : Measure::AnsweredLate);
    case FactKind::Refused:
        return bitOf(Measure::Refused);
    case FactKind::Returned:
        return bitOf(Measure::Returned);
    case FactKind::Transferred:
        return bitOf(Measure::Transferred);
    case FactKind::Reopened:
        return bitOf(Measure::Reopened);
    case FactKind::Rated:
        if (!f.rating)
            return 0;
        switch (*f.rating) {
        case Rating::Satisfied:
            return bitOf(Measure::Rated) | bitOf(Measure::Satisfied);
        case Rating::Acceptable:
            return bitOf(Measure::Rated) | bitOf(Measure::Acceptable);
        case Rating::NotSatisfied:
            return bitOf(Measure::Rated) | bitOf(Measure::NotSatisfied);
        }
        return 0;
    case FactKind::Open:
        break;
    }
    return 0;
}

void FigureTally::add(const CaseFact &f, MeasureBits bits, std::optional<qint64> minutes)
{
    if (!bits)
        return;
    Figures &g = m_figures;
    const auto has = [bits](Measure m) { return (bits & bitOf(m)) != 0; };
    if (has(Measure::Received))
        m_received.push_back(f.caseId);
    g.accepted += has(Measure::Accepted);
    g.acceptedOnTime += has(Measure::AcceptedOnTime);
    g.answered += has(Measure::Answered);
    g.answeredOnTime += has(Measure::AnsweredOnTime);
    g.answeredLate += has(Measure::AnsweredLate);
    g.overdueNow += has(Measure::OverdueNow);
    g.refused += has(Measure::Refused);
    g.returned += has(Measure::Returned);
    g.transferred += has(Measure::Transferred);
    g.reopened += has(Measure::Reopened);
    g.rated += has(Measure::Rated);
    g.satisfied += has(Measure::Satisfied);
    g.acceptable += has(Measure::Acceptable);
    g.notSatisfied += has(Measure::NotSatisfied);
    if (minutes && has(Measure::Accepted))
        m_toAccept.push_back(*minutes);
    if (minutes && has(Measure::Answered))
        m_toAnswer.push_back(*minutes);
}

Figures FigureTally::result()
{
    std::sort(m_received.begin(), m_received.end());
    m_figures.received =
        int(std::unique(m_received.begin(), m_received.end()) - m_received.begin());
    m_figures.toAccept = workingTimeOf(m_toAccept);
    m_figures.toAnswer = workingTimeOf(m_toAnswer);
    return m_figures;
}

} // namespace pakn
