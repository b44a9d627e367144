#pragma once

// GET /cases/{id} and POST /cases/{id}/actions.

#include "cases/CaseActionService.h"
#include "http/RouteTable.h"
#include "storage/CaseRepository.h"

namespace pakn::server {

class CaseRoutes
{
public:
    CaseRoutes(CaseRepository &cases, CaseActionService &actions);

    void addTo(RouteTable &routes);
    ApiReply get(const Caller &caller, CaseId id);

private:
    CaseRepository &m_cases;
    CaseActionService &m_actions;
};

} // namespace pakn::server
