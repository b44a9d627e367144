#pragma once

// The figures of docs/METRICS.md from the server's database, for
// GET /api/v1/figures(+/cases): the facts of the period and the one before it
// (plus the Open facts), the units, the calendar and the ranking weights in
// force, given to the one domain function (buildFiguresReport) that the desk
// and `pakn report` call too, so all three agree to the last digit.
// Runs on the caller's thread (the route handlers run one at a time).

#include "domain/FiguresReport.h"
#include "reference/ReferenceInForce.h"
#include "storage/AccountRepository.h"
#include "storage/CaseFactRepository.h"
#include "storage/CaseRepository.h"
#include "storage/UnitRepository.h"

#include <functional>

namespace pakn::server {

class FiguresService
{
public:
    struct Stores
    {
        CaseFactRepository &facts;
        CaseRepository &cases;
        UnitRepository &units;
        AccountRepository &accounts;
    };
    FiguresService(Stores stores, ReferenceInForce &reference, std::function<QDateTime()> clock);

    // A request checked against the database: unit 0 becomes the city's root unit.
    struct Checked
    {
        std::optional<FiguresRequest> request;
        QString problem;     // unknown unit, officer or field (a 400)
        bool failed = false; // the database failed (a 500)
    };
    Checked check(const FiguresRequest &request);

    // nullopt when the database failed.
    std::optional<FiguresReport> report(const FiguresRequest &request);

    struct CaseList
    {
        QList<ReportCase> cases; // ascending id
        bool truncated = false;  // more than `limit` cases were behind the figure
    };
    static constexpr int caseLimit = 50000;
    // The cases behind `measure` (without one: every case in the report).
    std::optional<CaseList> cases(const FiguresRequest &request, std::optional<Measure> measure,
                                  int limit = caseLimit);

private:
    struct Inputs
    {
        QList<Unit> units;
        FigureScope scope;
        QList<CaseFact> facts;
    };
    // The units and the scope's facts of [from, period end) plus the Open ones.
    std::optional<Inputs> load(const FiguresRequest &request, const QDateTime &from);

    Stores m_stores;
    ReferenceInForce &m_reference;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
