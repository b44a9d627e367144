#pragma once

// The evaluation figures of docs/METRICS.md, counted from case facts for a
// scope (a unit's subtree, optionally one officer, optionally one field) and a
// period. The one definition: the server, the desk and `pakn` all call these.

#include "CaseFacts.h"
#include "DeadlineCalendar.h"
#include "RankingWeights.h"
#include "ReportPeriod.h"

#include <QSet>

namespace pakn {

// Working minutes (the deadline calendar) from start to done, over the cases counted.
struct WorkingTime
{
    int count = 0;
    double averageMinutes = 0; // 0 when count is 0
    double medianMinutes = 0;  // the middle value, or the mean of the two middle ones
    friend bool operator==(const WorkingTime &, const WorkingTime &) = default;
};

struct Figures
{
    int received = 0;
    int accepted = 0;
    int acceptedOnTime = 0;
    int answered = 0;
    int answeredOnTime = 0;
    int answeredLate = 0;
    int overdueNow = 0;
    int refused = 0;
    int returned = 0;
    int transferred = 0;
    int reopened = 0;
    int rated = 0;
    int satisfied = 0;
    int acceptable = 0;
    int notSatisfied = 0;
    WorkingTime toAccept; // arrival → acceptance
    WorkingTime toAnswer; // acceptance (or reopening) → published answer

    // Percentages 0–100; nullopt when nothing was answered / rated.
    std::optional<double> onTimePercent() const;
    std::optional<double> satisfiedPercent() const;
    std::optional<double> acceptablePercent() const;
    std::optional<double> notSatisfiedPercent() const;
    friend bool operator==(const Figures &, const Figures &) = default;
};

// What a figure counts; each has a list of cases behind it.
enum class Measure
{
    Received,
    Accepted,
    AcceptedOnTime,
    Answered,
    AnsweredOnTime,
    AnsweredLate,
    OverdueNow,
    Refused,
    Returned,
    Transferred,
    Reopened,
    Rated,
    Satisfied,
    Acceptable,
    NotSatisfied,
};
QString toCode(Measure m);
std::optional<Measure> measureFromCode(const QString &code);
const QList<Measure> &allMeasures();

struct FigureScope
{
    QSet<UnitId> units; // the subtree; contains 0 (the coordinators) when it is the city's root
    UnitId rootUnitId = 0;
    UserId officerId = 0; // 0: every officer
    QString field;        // empty: every field
};

// `root`'s subtree in `units` (parentId links); the city's root also holds unit 0.
FigureScope scopeOf(UnitId root, const QList<Unit> &units, UserId officer = 0,
                    const QString &field = {});

Figures computeFigures(const QList<CaseFact> &facts, const FigureScope &scope,
                       const ReportPeriod &period, const QDateTime &now,
                       const DeadlineCalendar &calendar);

// The cases one figure counts, ascending ids, each once.
QList<CaseId> casesBehind(const QList<CaseFact> &facts, const FigureScope &scope,
                          const ReportPeriod &period, const QDateTime &now, Measure measure);

} // namespace pakn
