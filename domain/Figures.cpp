#include "Figures.h"

#include "FigureTally.h"
#include "WorkingClock.h"

#include <QHash>
#include <algorithm>
#include <utility>

namespace pakn {

namespace {

const QList<std::pair<Measure, QString>> &measureCodes()
{
    static const QList<std::pair<Measure, QString>> rows = {
        {Measure::Received, QStringLiteral("received")},
        {Measure::Accepted, QStringLiteral("accepted")},
        {Measure::AcceptedOnTime, QStringLiteral("accepted_on_time")},
        {Measure::Answered, QStringLiteral("answered")},
        {Measure::AnsweredOnTime, QStringLiteral("answered_on_time")},
        {Measure::AnsweredLate, QStringLiteral("answered_late")},
        {Measure::OverdueNow, QStringLiteral("overdue_now")},
        {Measure::Refused, QStringLiteral("refused")},
        {Measure::Returned, QStringLiteral("returned")},
        {Measure::Transferred, QStringLiteral("transferred")},
        {Measure::Reopened, QStringLiteral("reopened")},
        {Measure::Rated, QStringLiteral("rated")},
        {Measure::Satisfied, QStringLiteral("satisfied")},
        {Measure::Acceptable, QStringLiteral("acceptable")},
        {Measure::NotSatisfied, QStringLiteral("not_satisfied")},
    };
    return rows;
}

std::optional<double> percent(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

} // namespace

std::optional<double> Figures::onTimePercent() const
{
    return percent(answeredOnTime, answered);
}

std::optional<double> Figures::satisfiedPercent() const
{
    return percent(satisfied, rated);
}

std::optional<double> Figures::acceptablePercent() const
{
    return percent(acceptable, rated);
}

std::optional<double> Figures::notSatisfiedPercent() const
{
    return percent(notSatisfied, rated);
}

QString toCode(Measure m)
{
    for (const auto &[measure, code] : measureCodes())
        if (measure == m)
            return code;
    return {};
}

std::optional<Measure> measureFromCode(const QString &code)
{
    for (const auto &[measure, c] : measureCodes())
        if (c == code)
            return measure;
    return std::nullopt;
}

const QList<Measure> &allMeasures()
{
    static const QList<Measure> all = [] {
        QList<Measure> out;
        for (const auto &row : measureCodes())
            out.append(row.first);
        return out;
    }();
    return all;
}

FigureScope scopeOf(UnitId root, const QList<Unit> &units, UserId officer, const QString &field)
{
    FigureScope scope;
    scope.officerId = officer;
    scope.field = field;
    QHash<UnitId, QList<UnitId>> children;
    UnitId cityRoot = 0;
    for (const Unit &u : units) {
        if (u.parentId == 0 && cityRoot == 0)
            cityRoot = u.id;
        else if (u.parentId != 0)
            children[u.parentId].append(u.id);
    }
    scope.rootUnitId = root == 0 ? cityRoot : root;
    if (scope.rootUnitId == cityRoot)
        scope.units.insert(0); // the coordinators' own steps belong to the city
    QList<UnitId> pending{scope.rootUnitId};
    while (!pending.isEmpty()) {
        const UnitId id = pending.takeLast();
        if (scope.units.contains(id) && id != 0)
            continue; // a cycle in bad data must not loop
        scope.units.insert(id);
        pending.append(children.value(id));
    }
    return scope;
}

Figures computeFigures(const QList<CaseFact> &facts, const FigureScope &scope,
                       const ReportPeriod &period, const QDateTime &now,
                       const DeadlineCalendar &calendar)
{
    if (!period.isValid())
        return {};
    const WorkingClock clock(calendar, period.first(), period.last());
    const PeriodSpan span(period);
    FigureTally tally;
    for (const CaseFact &f : facts) {
        if ((f.kind != FactKind::Open && !span.holds(f.at)) || !passesFilter(f, scope))
            continue;
        const MeasureBits bits = measuresOf(f, placeOf(f, scope, span), now);
        std::optional<qint64> minutes;
        if ((bits & (bitOf(Measure::Accepted) | bitOf(Measure::Answered))) && f.startedAt.isValid())
            minutes = clock.minutesBetween(f.startedAt, f.at);
        tally.add(f, bits, minutes);
    }
    return tally.result();
}

QList<CaseId> casesBehind(const QList<CaseFact> &facts, const FigureScope &scope,
                          const ReportPeriod &period, const QDateTime &now, Measure measure)
{
    QList<CaseId> ids;
    if (!period.isValid())
        return ids;
    const PeriodSpan span(period);
    for (const CaseFact &f : facts)
        if (passesFilter(f, scope) &&
            (measuresOf(f, placeOf(f, scope, span), now) & bitOf(measure)))
            ids.append(f.caseId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace pakn
