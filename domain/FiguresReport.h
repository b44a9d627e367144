#pragma once

// Everything the dashboard shows and a report prints for one scope and
// period: the figures, the previous period's for comparison, the weekly
// series, the figures by field and by child unit, and the ranking. Built by
// one function from facts, so the server's answer (GET /api/v1/figures), the
// desk's dashboard and `pakn report` agree to the last digit.

#include "FactGroups.h"
#include "Figures.h"

#include <QJsonObject>

namespace pakn {

struct RankedUnit
{
    UnitId unitId = 0;
    QString unitName;
    Figures figures;             // the unit's whole subtree
    std::optional<double> score; // nullopt: nothing answered or rated in the period
    int rank = 0;                // 1 = best; units without a score share the last rank
    friend bool operator==(const RankedUnit &, const RankedUnit &) = default;
};

struct PeriodFigures
{
    ReportPeriod period;
    Figures figures;
    friend bool operator==(const PeriodFigures &, const PeriodFigures &) = default;
};

struct FieldFigures
{
    QString field; // code (names come from the reference data)
    Figures figures;
    friend bool operator==(const FieldFigures &, const FieldFigures &) = default;
};

struct FiguresRequest
{
    UnitId unitId = 0;    // the scope's root unit (0: the city's root)
    UserId officerId = 0; // 0: the whole unit
    QString field;        // empty: every field
    ReportPeriod period;
    friend bool operator==(const FiguresRequest &, const FiguresRequest &) = default;
};

struct FiguresReport
{
    FiguresRequest request;
    QString unitName;
    QString officerName;
    QDateTime computedAt; // the "now" of overdue now (UTC)
    RankingWeights weights;
    Figures figures;
    Figures previous;            // the same scope over period.previous()
    QList<PeriodFigures> weekly; // period.weeks(), in order
    QList<FieldFigures> byField; // fields with any figure, by received descending then code
    QList<RankedUnit> ranking;   // the scope's child units, best first
    friend bool operator==(const FiguresReport &, const FiguresReport &) = default;
};

struct FiguresInput
{
    // At least every fact in [previous().start(), end()) plus the Open facts —
    // or, with `groups`, every fact of that span the groups do not hold.
    const QList<CaseFact> &facts;
    const QList<Unit> &units;
    const DeadlineCalendar &calendar;
    RankingWeights weights;
    QDateTime now;
    // Day or week groups of the other facts (FactGroups.h), each fact in
    // exactly one of `facts` and `groups`, each group wholly inside or outside
    // the period and the one before; only for a whole unit's figures (no officer).
    const QList<FactGroup> *groups = nullptr;
};

// officerName is left empty: the caller knows the accounts and fills it in.
FiguresReport buildFiguresReport(const FiguresRequest &request, const FiguresInput &input);

// Scores each unit by `weights` and orders them best first (the ranking rule of
// docs/METRICS.md): equal scores share a rank (1, 2, 2, 4), units without a score
// come last sharing one rank; equal places by name, then id.
QList<RankedUnit> rankUnits(QList<RankedUnit> units, const RankingWeights &weights);

// One row of a report's case list (the cases behind the figures).
struct ReportCase
{
    CaseId id = 0;
    QString title;
    QString field;
    QString unitName;
    QString assigneeName;
    CaseStatus status = CaseStatus::New;
    QDateTime receivedAt;
    QDateTime answerDeadline;
    QDateTime answeredAt;
    std::optional<bool> answeredOnTime; // nullopt: not answered
    std::optional<Rating> rating;
    friend bool operator==(const ReportCase &, const ReportCase &) = default;
};
ReportCase reportCaseOf(const Case &c);

// Every case behind any figure of the scope and period (the union over allMeasures()).
QList<CaseId> casesInReport(const QList<CaseFact> &facts, const FigureScope &scope,
                            const ReportPeriod &period, const QDateTime &now);

// Wire format (docs/API.md, "Figures"); decoding is strict like JsonCodec.
QJsonObject toJson(const FiguresReport &report);
std::optional<FiguresReport> figuresReportFromJson(const QJsonObject &o, QString *error = nullptr);
QJsonObject toJson(const Figures &f);
std::optional<Figures> figuresFromJson(const QJsonObject &o, QString *error = nullptr);
QJsonObject toJson(const ReportCase &c);
std::optional<ReportCase> reportCaseFromJson(const QJsonObject &o, QString *error = nullptr);

} // namespace pakn
