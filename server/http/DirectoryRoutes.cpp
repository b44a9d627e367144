#include "http/DirectoryRoutes.h"

#include "domain/JsonCodec.h"

#include <QJsonArray>

namespace pakn::server {

DirectoryRoutes::DirectoryRoutes(UnitRepository &units, AccountRepository &accounts)
    : m_units(units), m_accounts(accounts)
{}

void DirectoryRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    routes.add(M::Get, QStringLiteral("/api/v1/units"),
               [this](const Caller &, const QHttpServerRequest &) { return units(); });
    routes.add(M::Get, QStringLiteral("/api/v1/users"),
               [this](const Caller &c, const QHttpServerRequest &) { return users(c); });
}

ApiReply DirectoryRoutes::units()
{
    const QList<Unit> all = m_units.all();
    if (m_units.failed())
        return ApiReply::internal();
    QJsonArray list;
    for (const Unit &u : all)
        list.append(toJson(u));
    return ApiReply::json({{QStringLiteral("units"), list}});
}

ApiReply DirectoryRoutes::users(const Caller &caller)
{
    const QList<UnitId> &scoped = caller.scope.units();
    const QList<Account> accounts =
        m_accounts.list(caller.scope.isEverything() ? nullptr : &scoped);
    if (m_accounts.failed())
        return ApiReply::internal();
    QJsonArray list;
    for (const Account &a : accounts)
        list.append(toJson(a));
    return ApiReply::json({{QStringLiteral("users"), list}});
}

} // namespace pakn::server
