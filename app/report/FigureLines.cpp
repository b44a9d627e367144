#include "FigureLines.h"

#include "ReportWording.h"

#include <functional>

namespace pakn {

namespace {

using Value = std::function<std::optional<double>(const Figures &)>;

Value counted(int Figures::*member)
{
    return [member](const Figures &f) { return std::optional<double>(f.*member); };
}

Value hoursOf(WorkingTime Figures::*member, bool median)
{
    return [member, median](const Figures &f) -> std::optional<double> {
        const WorkingTime &t = f.*member;
        if (t.count == 0)
            return std::nullopt;
        return (median ? t.medianMinutes : t.averageMinutes) / 60.0;
    };
}

} // namespace

std::optional<double> FigureLine::change() const
{
    if (!value || !previous)
        return std::nullopt;
    return *value - *previous;
}

QList<FigureLine> figureLines(const Figures &current, const Figures &previous)
{
    using K = FigureLine::Kind;
    const QList<std::tuple<FigureName, K, Value>> lines = {
        {FigureName::Received, K::Count, counted(&Figures::received)},
        {FigureName::Accepted, K::Count, counted(&Figures::accepted)},
        {FigureName::AcceptedOnTime, K::Count, counted(&Figures::acceptedOnTime)},
        {FigureName::Answered, K::Count, counted(&Figures::answered)},
        {FigureName::AnsweredOnTime, K::Count, counted(&Figures::answeredOnTime)},
        {FigureName::OnTimePercent, K::Percent, &Figures::onTimePercent},
        {FigureName::AnsweredLate, K::Count, counted(&Figures::answeredLate)},
        {FigureName::OverdueNow, K::Count, counted(&Figures::overdueNow)},
        {FigureName::ToAcceptAverage, K::Hours, hoursOf(&Figures::toAccept, false)},
        {FigureName::ToAcceptMedian, K::Hours, hoursOf(&Figures::toAccept, true)},
        {FigureName::ToAnswerAverage, K::Hours, hoursOf(&Figures::toAnswer, false)},
        {FigureName::ToAnswerMedian, K::Hours, hoursOf(&Figures::toAnswer, true)},
        {FigureName::Refused, K::Count, counted(&Figures::refused)},
        {FigureName::Returned, K::Count, counted(&Figures::returned)},
        {FigureName::Transferred, K::Count, counted(&Figures::transferred)},
        {FigureName::Reopened, K::Count, counted(&Figures::reopened)},
        {FigureName::Rated, K::Count, counted(&Figures::rated)},
        {FigureName::Satisfied, K::Count, counted(&Figures::satisfied)},
        {FigureName::SatisfiedPercent, K::Percent, &Figures::satisfiedPercent},
        {FigureName::Acceptable, K::Count, counted(&Figures::acceptable)},
        {FigureName::AcceptablePercent, K::Percent, &Figures::acceptablePercent},
        {FigureName::NotSatisfied, K::Count, counted(&Figures::notSatisfied)},
        {FigureName::NotSatisfiedPercent, K::Percent, &Figures::notSatisfiedPercent},
    };
    QList<FigureLine> out;
    out.reserve(lines.size());
    for (const auto &[name, kind, value] : lines) {
        // Overdue now is judged at the report's time, not in a period: the
        // "previous period" would only repeat it.
        const auto before = name == FigureName::OverdueNow ? std::nullopt : value(previous);
        out.append({name, ReportWording::figure(name), kind, value(current), before});
    }
    return out;
}

} // namespace pakn
