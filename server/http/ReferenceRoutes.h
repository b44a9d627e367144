#pragma once

// GET /reference: the reference data in force (calendar, deadline rules,
// fields, reply templates) for any signed-in user, with its revision as the
// ETag; a client that already has that revision gets 304 and no body.

#include "http/RouteTable.h"
#include "reference/ReferenceInForce.h"

namespace pakn::server {

class ReferenceRoutes
{
public:
    explicit ReferenceRoutes(ReferenceInForce &reference);

    void addTo(RouteTable &routes);
    ApiReply get(const QHttpServerRequest &request);

    static QByteArray etagFor(qint64 revision);

private:
    ReferenceInForce &m_reference;
};

} // namespace pakn::server
