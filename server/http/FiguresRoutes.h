#pragma once

// GET /api/v1/figures and /api/v1/figures/cases (docs/API.md, "Figures"):
// the query read strictly (a clear 400 for a bad period, an unknown unit,
// officer, field or measure, or a parameter nobody knows), who may ask for
// which scope (supervisors and coordinators: any unit; a leader: their
// unit's subtree; an officer: their own figures in their own unit), then
// FiguresService.

#include "figures/FiguresService.h"
#include "http/RouteTable.h"

namespace pakn::server {

class FiguresRoutes
{
public:
    explicit FiguresRoutes(FiguresService &service);

    void addTo(RouteTable &routes);

    // Why `caller` may not see the figures of `request`, or empty when they may.
    static QString refusal(const Caller &caller, const FiguresRequest &request);

private:
    ApiReply figures(const Caller &caller, const QHttpServerRequest &request);
    ApiReply cases(const Caller &caller, const QHttpServerRequest &request);
    // The checked request (and measure), or nullopt with the answer in `reply`.
    std::optional<FiguresRequest> admit(const Caller &caller, const QHttpServerRequest &request,
                                        bool withMeasure, std::optional<Measure> *measure,
                                        ApiReply *reply);

    FiguresService &m_service;
};

} // namespace pakn::server
