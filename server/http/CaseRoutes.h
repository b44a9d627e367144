#pragma once

// GET /cases/{id} and POST /cases/{id}/actions. Before each action the
// reference data in force is refreshed, so the rules CaseActionService holds
// decide with the administrator's latest calendar and deadline rules. An
// action is answered after the CommitGroup it joined committed.

#include "cases/CaseActionService.h"
#include "http/CommitGroup.h"
#include "http/RouteTable.h"
#include "reference/ReferenceInForce.h"
#include "storage/CaseRepository.h"

namespace pakn::server {

class CaseRoutes
{
public:
    CaseRoutes(CaseRepository &cases, CaseActionService &actions, ReferenceInForce &reference,
               CommitGroup &writes);

    void addTo(RouteTable &routes);
    ApiReply get(const Caller &caller, CaseId id);

private:
    CaseRepository &m_cases;
    CaseActionService &m_actions;
    ReferenceInForce &m_reference;
    CommitGroup &m_writes;
};

} // namespace pakn::server
