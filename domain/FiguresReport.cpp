#include "FiguresReport.h"

#include "CaseDeadlines.h"
#include "FigureTally.h"
#include "WorkingClock.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace pakn {

namespace {

// Every unit of `root`'s subtree mapped to `index` (the root's child it belongs to).
void markSubtree(UnitId root, int index, const QHash<UnitId, QList<UnitId>> &children,
                 QHash<UnitId, int> &childOf)
{
    QList<UnitId> pending{root};
    while (!pending.isEmpty()) {
        const UnitId id = pending.takeLast();
        if (childOf.contains(id))
            continue;
        childOf.insert(id, index);
        pending.append(children.value(id));
    }
}

// The one pass over the facts that fills every part of a report.
class ReportTally
{
public:
    ReportTally(const FiguresRequest &request, const FiguresInput &input)
        : m_input(input),
          m_scope(scopeOf(request.unitId, input.units, request.officerId, request.field)),
          m_clock(input.calendar, request.period.previous().first(), request.period.last()),
          m_current(request.period), m_previous(request.period.previous())
    {
        QHash<UnitId, QList<UnitId>> children;
        for (const Unit &u : input.units) {
            children[u.parentId].append(u.id);
            m_names.insert(u.id, u.name);
        }
        for (const Unit &u : input.units)
            if (u.parentId == m_scope.rootUnitId && u.id != m_scope.rootUnitId) {
                markSubtree(u.id, int(m_children.size()), children, m_childOf);
                m_children.append(u.id);
            }
        m_childTallies.resize(m_children.size());
        for (const ReportPeriod &w : request.period.weeks()) {
            m_weekStarts.push_back(w.start().toMSecsSinceEpoch());
            m_weeks.append(w);
        }
        m_weekTallies.resize(m_weeks.size());
    }

    void add(const CaseFact &f)
    {
        // Most facts of a long list fall outside both periods: skip them before any lookup.
        const qint64 at = f.at.isValid() ? f.at.toMSecsSinceEpoch() : m_previous.start - 1;
        const bool inCurrent = at >= m_current.start && at < m_current.end;
        const bool inPrevious = at >= m_previous.start && at < m_previous.end;
        if ((!inCurrent && !inPrevious && f.kind != FactKind::Open) || !passesFilter(f, m_scope) ||
            !m_scope.units.contains(f.unitId))
            return;
        const bool arrived = f.kind == FactKind::Arrived;
        FactPlace place;
        place.unitIn = true;
        place.otherIn = arrived && m_scope.units.contains(f.otherUnitId);
        place.inPeriod = inCurrent;
        place.officerScope = m_scope.officerId != 0;
        const MeasureBits bits = measuresOf(f, place, m_input.now);
        const int child = m_childOf.value(f.unitId, -1);
        MeasureBits childBits = 0;
        if (child >= 0) {
            FactPlace own = place;
            own.otherIn = arrived && m_childOf.value(f.otherUnitId, -1) == child;
            childBits = measuresOf(f, own, m_input.now);
        }
        place.inPeriod = inPrevious;
        const MeasureBits previousBits = measuresOf(f, place, m_input.now);
        if (!(bits | childBits | previousBits))
            return;
        std::optional<qint64> minutes;
        if (((bits | childBits | previousBits) &
             (bitOf(Measure::Accepted) | bitOf(Measure::Answered))) &&
            f.startedAt.isValid())
            minutes = m_clock.minutesBetween(f.startedAt, f.at);
        m_previousTally.add(f, previousBits, minutes);
        if (child >= 0)
            m_childTallies[child].add(f, childBits, minutes);
        if (!bits)
            return;
        m_main.add(f, bits, minutes);
        if (f.kind == FactKind::Open) {
            for (FigureTally &week : m_weekTallies)
                week.add(f, bits, minutes);
        } else if (!m_weekStarts.empty()) {
            const auto next = std::upper_bound(m_weekStarts.begin(), m_weekStarts.end(), at);
            m_weekTallies[qsizetype(next - m_weekStarts.begin()) - 1].add(f, bits, minutes);
        }
        fieldTally(f.field).add(f, bits, minutes);
    }

    void add(const FactGroup &g)
    {
        Q_ASSERT(m_scope.officerId == 0);
        // A group of several days counts for a period that holds every one of them.
        const qint64 at = factDayStart(g.day), end = factDayStart(g.day.addDays(g.days));
        const bool inCurrent = at >= m_current.start && end <= m_current.end;
        const bool inPrevious = at >= m_previous.start && end <= m_previous.end;
        Q_ASSERT(inCurrent || inPrevious || end <= m_previous.start || at >= m_current.end ||
                 (end <= m_current.start && at >= m_previous.end));
        if ((!inCurrent && !inPrevious) || !m_scope.units.contains(g.unitId) ||
            !(m_scope.field.isEmpty() || g.field == m_scope.field))
            return;
        FactPlace place;
        place.unitIn = true;
        place.otherIn = g.arrivedFrom && m_scope.units.contains(*g.arrivedFrom);
        place.inPeriod = inPrevious;
        if (groupCounts(g, place))
            m_previousTally.add(g);
        if (!inCurrent)
            return;
        place.inPeriod = true;
        if (const int child = m_childOf.value(g.unitId, -1); child >= 0) {
            FactPlace own = place;
            own.otherIn = g.arrivedFrom && m_childOf.value(*g.arrivedFrom, -1) == child;
            if (groupCounts(g, own))
                m_childTallies[child].add(g);
        }
        if (!groupCounts(g, place))
            return;
        m_main.add(g);
        if (!m_weekStarts.empty()) {
            const auto next = std::upper_bound(m_weekStarts.begin(), m_weekStarts.end(), at);
            m_weekTallies[qsizetype(next - m_weekStarts.begin()) - 1].add(g);
        }
        fieldTally(g.field).add(g);
    }

    void fill(FiguresReport &r)
    {
        r.unitName = m_names.value(m_scope.rootUnitId);
        r.figures = m_main.result();
        r.previous = m_previousTally.result();
        for (qsizetype i = 0; i < m_weeks.size(); ++i)
            r.weekly.append({m_weeks.at(i), m_weekTallies[i].result()});
        for (qsizetype i = 0; i < m_fieldCodes.size(); ++i)
            if (const Figures f = m_fieldTallies[i].result(); f != Figures{})
                r.byField.append({m_fieldCodes.at(i), f});
        std::sort(r.byField.begin(), r.byField.end(),
                  [](const FieldFigures &a, const FieldFigures &b) {
                      return a.figures.received != b.figures.received
                                 ? a.figures.received > b.figures.received
                                 : a.field < b.field;
                  });
        QList<RankedUnit> units;
        for (qsizetype i = 0; i < m_children.size(); ++i) {
            RankedUnit u;
            u.unitId = m_children.at(i);
            u.unitName = m_names.value(u.unitId);
            u.figures = m_childTallies[i].result();
            units.append(u);
        }
        r.ranking = rankUnits(units, m_input.weights);
    }

private:
    FigureTally &fieldTally(const QString &code)
    {
        auto field = m_fieldIndex.constFind(code);
        if (field == m_fieldIndex.cend()) {
            field = m_fieldIndex.insert(code, int(m_fieldTallies.size()));
            m_fieldTallies.append(FigureTally());
            m_fieldCodes.append(code);
        }
        return m_fieldTallies[*field];
    }

    const FiguresInput &m_input;
    FigureScope m_scope;
    WorkingClock m_clock;
    PeriodSpan m_current;
    PeriodSpan m_previous;
    QHash<UnitId, QString> m_names;
    QList<UnitId> m_children;
    QHash<UnitId, int> m_childOf;
    QList<FigureTally> m_childTallies;
    QList<ReportPeriod> m_weeks;
    std::vector<qint64> m_weekStarts;
    QList<FigureTally> m_weekTallies;
    QHash<QString, int> m_fieldIndex;
    QStringList m_fieldCodes;
    QList<FigureTally> m_fieldTallies;
    FigureTally m_main;
    FigureTally m_previousTally;
};

std::optional<double> scoreOf(const Figures &f, const RankingWeights &w)
{
    const auto onTime = f.onTimePercent();
    const auto satisfied = f.satisfiedPercent();
    if (!onTime && !satisfied)
        return std::nullopt;
    return w.onTime * onTime.value_or(0) + w.satisfaction * satisfied.value_or(0);
}

// Scores computed the same way can still differ in the last bit of a double.
bool sameScore(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

FiguresReport buildFiguresReport(const FiguresRequest &request, const FiguresInput &input)
{
    FiguresReport r;
    r.request = request;
    r.computedAt = input.now;
    r.weights = input.weights;
    if (!request.period.isValid())
        return r;
    ReportTally tally(request, input);
    for (const CaseFact &f : input.facts)
        tally.add(f);
    if (input.groups)
        for (const FactGroup &g : *input.groups)
            tally.add(g);
    tally.fill(r);
    return r;
}

QList<RankedUnit> rankUnits(QList<RankedUnit> units, const RankingWeights &weights)
{
    for (RankedUnit &u : units)
        u.score = scoreOf(u.figures, weights);
    std::sort(units.begin(), units.end(), [](const RankedUnit &a, const RankedUnit &b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        if (a.score && !sameScore(*a.score, *b.score))
            return *a.score > *b.score;
        return a.unitName != b.unitName ? a.unitName < b.unitName : a.unitId < b.unitId;
    });
    int scored = 0;
    for (qsizetype i = 0; i < units.size(); ++i) {
        RankedUnit &u = units[i];
        if (!u.score) {
            u.rank = scored + 1;
            continue;
        }
        ++scored;
        const bool tie = i > 0 && sameScore(*units.at(i - 1).score, *u.score);
        u.rank = tie ? units.at(i - 1).rank : int(i) + 1;
    }
    return units;
}

ReportCase reportCaseOf(const Case &c)
{
    ReportCase r;
    r.id = c.id;
    r.title = c.title;
    r.field = c.field;
    r.unitName = c.unitName;
    r.assigneeName = c.assigneeName;
    r.status = c.status;
    r.receivedAt = c.receivedAt;
    r.answerDeadline = c.answerDeadline;
    r.answeredAt = c.answeredAt;
    r.answeredOnTime = answeredOnTime(c);
    r.rating = c.rating;
    return r;
}

QList<CaseId> casesInReport(const QList<CaseFact> &facts, const FigureScope &scope,
                            const ReportPeriod &period, const QDateTime &now)
{
    QList<CaseId> ids;
    if (!period.isValid())
        return ids;
    const PeriodSpan span(period);
    for (const CaseFact &f : facts)
        if (passesFilter(f, scope) && measuresOf(f, placeOf(f, scope, span), now))
            ids.append(f.caseId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace pakn
