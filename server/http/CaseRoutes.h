#pragma once

// GET /cases/{id} and POST /cases/{id}/actions. Before each action the
// reference data in force is refreshed, so it is decided with the
// administrator's latest calendar and deadline rules. An action is decoded
// here and written by the ActionWriter's thread; it is answered after the
// group it joined there committed.

#include "cases/ActionWriter.h"
#include "cases/CaseActionService.h"
#include "http/RouteTable.h"
#include "reference/ReferenceInForce.h"
#include "storage/CaseRepository.h"

namespace pakn::server {

class CaseRoutes
{
public:
    CaseRoutes(CaseRepository &cases, CaseActionService &actions, ReferenceInForce &reference,
               ActionWriter &writer);

    void addTo(RouteTable &routes);
    ApiReply get(const Caller &caller, CaseId id);

private:
    CaseRepository &m_cases;
    CaseActionService &m_actions;
    ReferenceInForce &m_reference;
    ActionWriter &m_writer;
};

} // namespace pakn::server
