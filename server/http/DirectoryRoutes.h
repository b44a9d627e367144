#pragma once

// GET /units (the whole tree: routing needs every name) and GET /users (the
// accounts in the caller's scope, to assign cases to).

#include "http/RouteTable.h"
#include "storage/AccountRepository.h"
#include "storage/UnitRepository.h"

namespace pakn::server {

class DirectoryRoutes
{
public:
    DirectoryRoutes(UnitRepository &units, AccountRepository &accounts);

    void addTo(RouteTable &routes);

    ApiReply units();
    ApiReply users(const Caller &caller);

private:
    UnitRepository &m_units;
    AccountRepository &m_accounts;
};

} // namespace pakn::server
