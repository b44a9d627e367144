#pragma once

// /api/v1/admin/{holidays,workdays,hours,deadlines,ranking,fields,templates}: the
// reference data's administration for callers with the role admin, done by
// the ReferenceAdministration the command line uses too. The data itself is
// read with GET /api/v1/reference.

#include "admin/AdminRoutes.h"
#include "admin/ReferenceAdministration.h"

namespace pakn::server {

class ReferenceAdminRoutes
{
public:
    explicit ReferenceAdminRoutes(ReferenceAdministration &admin);

    void addTo(RouteTable &routes);

private:
    using Body = AdminRoutes::Body;
    using Work = std::function<ApiReply(const AdminActor &, const Body &)>;
    using TextWork = std::function<ApiReply(const AdminActor &, const QString &, const Body &)>;
    void body(RouteTable &routes, RouteTable::Method method, const QString &path, Work work);
    void withText(RouteTable &routes, RouteTable::Method method, const QString &path,
                  TextWork work);
    void calendarRoutes(RouteTable &routes);
    void deadlineRoutes(RouteTable &routes);
    void fieldRoutes(RouteTable &routes);
    void templateRoutes(RouteTable &routes);

    ReferenceAdministration &m_admin;
};

} // namespace pakn::server
