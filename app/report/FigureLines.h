#pragma once

// The figures table every report format prints, in one order: each line a
// named figure with this period's value, the previous period's and the
// change, and what kind of number it is (so a workbook can format it and
// the PDF can write it the Vietnamese way).

#include "domain/Figures.h"

#include <QList>
#include <QString>
#include <optional>

namespace pakn {

enum class FigureName
{
    Received,
    Accepted,
    AcceptedOnTime,
    Answered,
    AnsweredOnTime,
    OnTimePercent,
    AnsweredLate,
    OverdueNow,
    ToAcceptAverage,
    ToAcceptMedian,
    ToAnswerAverage,
    ToAnswerMedian,
    Refused,
    Returned,
    Transferred,
    Reopened,
    Rated,
    Satisfied,
    SatisfiedPercent,
    Acceptable,
    AcceptablePercent,
    NotSatisfied,
    NotSatisfiedPercent,
};

struct FigureLine
{
    enum class Kind
    {
        Count,
        Percent, // 0–100
        Hours,   // working hours
    };
    FigureName name = FigureName::Received;
    QString label; // ReportWording::figure(name)
    Kind kind = Kind::Count;
    std::optional<double> value;    // nullopt: nothing to measure (no answer, no rating)
    std::optional<double> previous; // the previous period's
    // value − previous (percentage points for percentages); nullopt unless both exist.
    std::optional<double> change() const;
    int decimals() const { return kind == Kind::Count ? 0 : kind == Kind::Hours ? 1 : 2; }
};

QList<FigureLine> figureLines(const Figures &current, const Figures &previous);

} // namespace pakn
