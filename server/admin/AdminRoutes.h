#pragma once

// /api/v1/admin/…: the unit and account administration, and the
// administration's history, for callers with the role admin (everyone else
// gets 403). The work itself is done by UnitAdministration and
// UserAdministration, the same classes the `pakn-server admin` command line uses.

#include "admin/UnitAdministration.h"
#include "admin/UserAdministration.h"
#include "http/RouteTable.h"

namespace pakn::server {

class AdminRoutes
{
public:
    AdminRoutes(UnitAdministration &units, UserAdministration &users,
                AdminEventRepository &history);

    void addTo(RouteTable &routes);

    // Shared with ReferenceAdminRoutes.
    using Body = QJsonObject;
    // Runs `work` for an administrator with the decoded JSON body; 403 or 400 otherwise.
    static ApiReply guarded(const Caller &caller, const QHttpServerRequest &request,
                            const std::function<ApiReply(const Body &)> &work);
    // An outcome as the API's answer (status by kind of failure, JSON body).
    static ApiReply reply(const AdminOutcome &outcome);
    // The administrator `caller` as the history names them.
    static AdminActor actorOf(const Caller &caller);

private:
    ApiReply listUnits();
    ApiReply listUsers();
    ApiReply listHistory(const QHttpServerRequest &request);

    UnitAdministration &m_units;
    UserAdministration &m_users;
    AdminEventRepository &m_history;
};

} // namespace pakn::server
