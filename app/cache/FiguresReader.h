#pragma once

// The figures of docs/METRICS.md from this PC's cache: reads the units, the
// reference data (calendar, ranking weights) and only what the request needs
// (its period and the one before, the open cases overdue now, the scope's
// units or officer) — the days' groups (FactDayStore) and the facts no
// current group holds, or an officer's facts — and hands them to
// buildFiguresReport, the one definition the server and `pakn` use too. A
// million cached cases make a slow read: run it on ui/CacheReader's thread,
// never the GUI's.

#include "domain/FiguresReport.h"

#include <QSqlDatabase>

namespace pakn {

class FiguresReader
{
public:
    explicit FiguresReader(QSqlDatabase db);

    // Whether the cached facts hold every cached case, and if not why.
    enum class Readiness
    {
        Ready,
        // The facts of cases cached before they existed are still being
        // written (BackfillThread): the figures would miss those cases.
        Backfilling,
        // The cache's first sync has not finished (UnreadMarks): the cache
        // misses cases, and the facts of those it holds wait in
        // case_facts_staged until the sync's last page (StagedFacts).
        AwaitingFirstSync,
    };
    Readiness readiness() const;

    // The report for `request` with overdue counted at `now`. On a failed
    // read: a report of zeros and `error` set.
    FiguresReport read(const FiguresRequest &request, const QDateTime &now,
                       QString *error = nullptr) const;
    // The cached cases behind `measure` (every figure's without one), ascending ids.
    QList<ReportCase> cases(const FiguresRequest &request, std::optional<Measure> measure,
                            const QDateTime &now = QDateTime::currentDateTimeUtc(),
                            QString *error = nullptr) const;

private:
    struct Inputs;
    // The cases behind a figure need the facts themselves; the figures can use day groups.
    enum class Reading
    {
        FactByFact,
        WithGroups
    };
    std::optional<Inputs> inputs(const FiguresRequest &request, const QDateTime &now,
                                 Reading reading, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace pakn
