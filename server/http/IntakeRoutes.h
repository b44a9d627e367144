#pragma once

// POST /cases: staff (coordinators, leaders, officers) typing in a hotline or
// walk-in report. The body is decoded here; CaseIntake alone decides whether
// the report is acceptable and stores it, with the caller as the receiver.
// The 201 is stored under the idempotency key in the case's own transaction,
// so a retried request replays it and never makes a second case. A 400 stores
// nothing (nothing happened; the key stays free for the corrected report).

#include "http/RouteTable.h"
#include "intake/CaseIntake.h"
#include "reference/ReferenceInForce.h"
#include "storage/IdempotencyRepository.h"

namespace pakn::server {

class IntakeRoutes
{
public:
    IntakeRoutes(CaseIntake &intake, IdempotencyRepository &idempotency,
                 ReferenceInForce &reference, std::function<QDateTime()> clock);

    void addTo(RouteTable &routes);
    ApiReply create(const Caller &caller, const QByteArray &body);

    // The roles that may take a report (the others get 403).
    static bool mayTakeReports(Role role);

private:
    struct Request
    {
        QString key;
        CitizenReport report;
    };
    // The request, or nullopt with a 400 naming the member at fault in `failure`.
    static std::optional<Request> decode(const QByteArray &body, ApiReply *failure);

    CaseIntake &m_intake;
    IdempotencyRepository &m_idempotency;
    ReferenceInForce &m_reference;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
