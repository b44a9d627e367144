#include "FigureTally.h"

#include <algorithm>
#include <bit>

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

// The count of `m` in `g` (Received is counted by case, in FigureTally).
int &countOf(Figures &g, Measure m)
{
    switch (m) {
    case Measure::Received:
        return g.received;
    case Measure::Accepted:
        return g.accepted;
    case Measure::AcceptedOnTime:
        return g.acceptedOnTime;
    case Measure::Answered:
        return g.answered;
    case Measure::AnsweredOnTime:
        return g.answeredOnTime;
    case Measure::AnsweredLate:
        return g.answeredLate;
    case Measure::OverdueNow:
        return g.overdueNow;
    case Measure::Refused:
        return g.refused;
    case Measure::Returned:
        return g.returned;
    case Measure::Transferred:
        return g.transferred;
    case Measure::Reopened:
        return g.reopened;
    case Measure::Rated:
        return g.rated;
    case Measure::Satisfied:
        return g.satisfied;
    case Measure::Acceptable:
        return g.acceptable;
    case Measure::NotSatisfied:
        return g.notSatisfied;
    }
    Q_UNREACHABLE();
    return g.received;
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

bool groupCounts(const FactGroup &group, const FactPlace &place)
{
    Q_ASSERT(!place.officerScope);
    return place.unitIn && place.inPeriod && !(group.arrivedFrom && place.otherIn);
}

void FigureTally::add(const CaseFact &f, MeasureBits bits, std::optional<qint64> minutes)
{
    if (!bits)
        return;
    for (MeasureBits rest = bits; rest; rest &= rest - 1) {
        const auto m = Measure(std::countr_zero(rest));
        if (m == Measure::Received)
            m_received.push_back(f.caseId);
        else
            ++countOf(m_figures, m);
    }
    if (minutes && (bits & bitOf(Measure::Accepted)))
        m_toAccept.push_back(*minutes);
    if (minutes && (bits & bitOf(Measure::Answered)))
        m_toAnswer.push_back(*minutes);
}

void FigureTally::add(const FactGroup &group)
{
    for (const Measure m : allMeasures()) {
        const int n = group.counts[std::size_t(m)];
        if (m == Measure::Received)
            m_receivedInGroups += n;
        else
            countOf(m_figures, m) += n;
    }
    m_toAccept.insert(m_toAccept.end(), group.toAccept.begin(), group.toAccept.end());
    m_toAnswer.insert(m_toAnswer.end(), group.toAnswer.begin(), group.toAnswer.end());
}

Figures FigureTally::result()
{
    std::sort(m_received.begin(), m_received.end());
    m_figures.received =
        int(std::unique(m_received.begin(), m_received.end()) - m_received.begin()) +
        m_receivedInGroups;
    m_figures.toAccept = workingTimeOf(m_toAccept);
    m_figures.toAnswer = workingTimeOf(m_toAnswer);
    return m_figures;
}

} // namespace pakn
