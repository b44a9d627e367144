#include "cache/FiguresReader.h"

#include "cache/CaseFactStore.h"
#include "cache/CaseStore.h"
#include "cache/FactDayStore.h"
#include "cache/FactsBackfill.h"
#include "cache/ReferenceStore.h"
#include "cache/UnreadMarks.h"

#include <QScopeGuard>

namespace pakn {

struct FiguresReader::Inputs
{
    QList<Unit> units;
    ReferenceData reference;
    FigureScope scope;
    QList<CaseFact> facts; // with groups: only the facts they do not hold
    std::optional<QList<FactGroup>> groups;
};

FiguresReader::FiguresReader(QSqlDatabase db) : m_db(std::move(db)) {}

FiguresReader::Readiness FiguresReader::readiness() const
{
    if (!UnreadMarks(m_db).firstSyncDone())
        return Readiness::AwaitingFirstSync;
    return FactsBackfill(m_db).done() ? Readiness::Ready : Readiness::Backfilling;
}

std::optional<FiguresReader::Inputs> FiguresReader::inputs(const FiguresRequest &request,
                                                           const QDateTime &now, Reading reading,
                                                           QString *error) const
{
    const CaseStore store(m_db);
    Inputs in;
    in.units = store.units();
    in.reference = ReferenceStore(m_db).current();
    in.scope = scopeOf(request.unitId, in.units, request.officerId, request.field);
    FactSelection selection;
    selection.from = request.period.previous().start();
    selection.to = request.period.end();
    selection.openDueBefore = now;
    selection.officerId = request.officerId;
    // The city's scope holds unit 0 (the coordinators): every fact is in it.
    if (!in.scope.units.contains(0))
        selection.units = in.scope.units;
    QString why;
    // The groups and the facts beside them from one snapshot of the cache.
    QSqlDatabase db = m_db;
    const bool snapshot = db.transaction();
    const auto rollback = qScopeGuard([&] {
        if (snapshot)
            db.rollback();
    });
    if (reading == Reading::WithGroups && request.officerId == 0) {
        const ReportPeriod previous = request.period.previous();
        auto days = FactDayStore(m_db).read(
            {{previous.first(), previous.last()}, {request.period.first(), request.period.last()}},
            selection.units, in.reference.calendar(), &why);
        if (!days) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        in.groups = std::move(days->groups);
        selection.looseOnly = true;
        selection.wholeDays = days->stale;
    }
    auto facts = CaseFactStore(m_db).read(selection, &why);
    if (!facts) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    in.facts = std::move(*facts);
    return in;
}

FiguresReport FiguresReader::read(const FiguresRequest &request, const QDateTime &now,
                                  QString *error) const
{
    const std::optional<Inputs> in = inputs(request, now, Reading::WithGroups, error);
    if (!in) {
        FiguresReport empty;
        empty.request = request;
        empty.computedAt = now;
        return empty;
    }
    const DeadlineCalendar calendar = in->reference.calendar();
    FiguresReport report = buildFiguresReport(
        request, FiguresInput{in->facts, in->units, calendar, in->reference.ranking, now,
                              in->groups ? &*in->groups : nullptr});
    if (report.officerName.isEmpty() && request.officerId != 0)
        for (const Account &a : CaseStore(m_db).accounts())
            if (a.id == request.officerId)
                report.officerName = a.displayName;
    return report;
}

QList<ReportCase> FiguresReader::cases(const FiguresRequest &request,
                                       std::optional<Measure> measure, const QDateTime &now,
                                       QString *error) const
{
    const std::optional<Inputs> in = inputs(request, now, Reading::FactByFact, error);
    if (!in)
        return {};
    const QList<CaseId> ids = measure
                                  ? casesBehind(in->facts, in->scope, request.period, now, *measure)
                                  : casesInReport(in->facts, in->scope, request.period, now);
    const CaseStore store(m_db);
    QList<ReportCase> rows;
    rows.reserve(ids.size());
    for (CaseId id : ids)
        if (const std::optional<Case> c = store.caseById(id))
            rows.append(reportCaseOf(*c));
    return rows;
}

} // namespace pakn
