#include "admin/AdminRoutes.h"

#include "admin/AdminHistoryListing.h"
#include "domain/JsonCodec.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace pakn::server {

namespace {

QJsonObject unitJson(const StoredUnit &u)
{
    QJsonObject o = toJson(u.unit);
    o.insert(QStringLiteral("active"), u.active());
    if (!u.active())
        o.insert(QStringLiteral("mergedInto"), u.mergedInto);
    return o;
}

QJsonObject userJson(const StoredAccount &a)
{
    QJsonObject o = toJson(a.account);
    o.insert(QStringLiteral("disabled"), a.disabled);
    o.insert(QStringLiteral("mustChangePassword"), a.mustChangePassword);
    return o;
}

// A positive integer member, or 0 when absent or not one.
qint64 idMember(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    return v.isDouble() && v.toDouble() > 0 && v.toDouble() == double(v.toInteger()) ? v.toInteger()
                                                                                     : 0;
}

// The string members `names` of `body`; a 400 when one is present but not a string.
std::optional<ApiReply> requireStrings(const QJsonObject &body, const QStringList &names)
{
    for (const QString &name : names)
        if (!body.value(name).isString())
            return ApiReply::badRequest(QStringLiteral("\"%1\" must be a string").arg(name));
    return std::nullopt;
}

std::optional<ApiReply> requireIds(const QJsonObject &body, const QStringList &names)
{
    for (const QString &name : names)
        if (idMember(body, name) == 0)
            return ApiReply::badRequest(
                QStringLiteral("\"%1\" must be a positive integer").arg(name));
    return std::nullopt;
}

} // namespace

AdminActor AdminRoutes::actorOf(const Caller &caller)
{
    return {caller.account.id, caller.account.displayName, caller.client};
}

ApiReply AdminRoutes::reply(const AdminOutcome &outcome)
{
    using Error = AdminOutcome::Error;
    switch (outcome.error) {
    case Error::Invalid:
        return ApiReply::error(422, QStringLiteral("invalid_params"), outcome.message);
    case Error::NotFound:
        return ApiReply::notFound(outcome.message);
    case Error::Conflict:
        return ApiReply::error(409, QStringLiteral("conflict"), outcome.message);
    case Error::Storage:
        return ApiReply::internal();
    case Error::None:
        break;
    }
    QJsonObject body{{QStringLiteral("message"), outcome.message}};
    if (outcome.unit)
        body.insert(QStringLiteral("unit"), unitJson(*outcome.unit));
    if (outcome.account)
        body.insert(QStringLiteral("user"), userJson(*outcome.account));
    if (!outcome.generatedPassword.isEmpty())
        body.insert(QStringLiteral("password"), outcome.generatedPassword);
    if (outcome.movedCases > 0)
        body.insert(QStringLiteral("movedCases"), outcome.movedCases);
    if (outcome.referenceRevision > 0)
        body.insert(QStringLiteral("revision"), outcome.referenceRevision);
    if (outcome.createdId > 0)
        body.insert(QStringLiteral("id"), outcome.createdId);
    return ApiReply::json(body);
}

AdminRoutes::AdminRoutes(UnitAdministration &units, UserAdministration &users,
                         AdminEventRepository &history)
    : m_units(units), m_users(users), m_history(history)
{}

ApiReply AdminRoutes::guarded(const Caller &caller, const QHttpServerRequest &request,
                              const std::function<ApiReply(const Body &)> &work)
{
    if (caller.account.role != Role::Administrator)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               QStringLiteral("Only administrators may do this"));
    if (request.method() == QHttpServerRequest::Method::Get)
        return work({});
    // Commands without parameters may come with an empty body.
    const QByteArray raw = request.body().trimmed();
    ApiReply failure;
    const auto body =
        raw.isEmpty() ? std::optional<QJsonObject>(QJsonObject()) : parseJsonObject(raw, &failure);
    return body ? work(*body) : failure;
}

ApiReply AdminRoutes::listUnits()
{
    bool ok = false;
    const QList<StoredUnit> units = m_units.list(&ok);
    if (!ok)
        return ApiReply::internal();
    QJsonArray list;
    for (const StoredUnit &u : units)
        list.append(unitJson(u));
    return ApiReply::json({{QStringLiteral("units"), list}});
}

ApiReply AdminRoutes::listUsers()
{
    bool ok = false;
    const QList<StoredAccount> accounts = m_users.list(&ok);
    if (!ok)
        return ApiReply::internal();
    QJsonArray list;
    for (const StoredAccount &a : accounts)
        list.append(userJson(a));
    return ApiReply::json({{QStringLiteral("users"), list}});
}

ApiReply AdminRoutes::listHistory(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    QString problem;
    const auto page =
        AdminHistoryListing::parse(query.queryItemValue(QStringLiteral("limit")),
                                   query.queryItemValue(QStringLiteral("before")), &problem);
    if (!page)
        return ApiReply::badRequest(problem);
    const auto events = m_history.page(page->before, page->limit);
    if (!events)
        return ApiReply::internal();
    QJsonArray list;
    for (const AdminEvent &e : *events)
        list.append(AdminHistoryListing::toJson(e));
    return ApiReply::json({{QStringLiteral("events"), list}});
}

void AdminRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    const QString units = QStringLiteral("/api/v1/admin/units");
    const QString users = QStringLiteral("/api/v1/admin/users");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };

    routes.add(M::Get, units, [this](const Caller &c, const QHttpServerRequest &r) {
        return guarded(c, r, [this](const Body &) { return listUnits(); });
    });
    routes.add(M::Post, units, [this, s](const Caller &c, const QHttpServerRequest &r) {
        return guarded(c, r, [this, s, &c](const Body &b) {
            if (auto bad = requireStrings(b, {s("name"), s("kind")}))
                return *bad;
            if (auto bad = requireIds(b, {s("parentId")}))
                return *bad;
            return reply(m_units.create(b.value(s("name")).toString(),
                                        b.value(s("kind")).toString(), idMember(b, s("parentId")),
                                        actorOf(c)));
        });
    });
    routes.addWithId(M::Post, units + s("/<arg>/rename"),
                     [this, s](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return guarded(c, r, [this, s, id, &c](const Body &b) {
                             if (auto bad = requireStrings(b, {s("name")}))
                                 return *bad;
                             return reply(
                                 m_units.rename(id, b.value(s("name")).toString(), actorOf(c)));
                         });
                     });
    routes.addWithId(M::Post, units + s("/<arg>/move"),
                     [this, s](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return guarded(c, r, [this, s, id, &c](const Body &b) {
                             if (auto bad = requireIds(b, {s("parentId")}))
                                 return *bad;
                             return reply(m_units.move(id, idMember(b, s("parentId")), actorOf(c)));
                         });
                     });
    routes.addWithId(M::Post, units + s("/<arg>/merge"),
                     [this, s](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return guarded(c, r, [this, s, id, &c](const Body &b) {
                             if (auto bad = requireIds(b, {s("intoId")}))
                                 return *bad;
                             return reply(m_units.merge(id, idMember(b, s("intoId")), actorOf(c)));
                         });
                     });

    routes.add(M::Get, users, [this](const Caller &c, const QHttpServerRequest &r) {
        return guarded(c, r, [this](const Body &) { return listUsers(); });
    });
    routes.add(M::Post, users, [this, s](const Caller &c, const QHttpServerRequest &r) {
        return guarded(c, r, [this, s, &c](const Body &b) {
            if (auto bad = requireStrings(b, {s("login"), s("displayName"), s("role")}))
                return *bad;
            if (auto bad = requireIds(b, {s("unitId")}))
                return *bad;
            const QJsonValue password = b.value(s("password"));
            if (!password.isUndefined() && !password.isString())
                return ApiReply::badRequest(s("\"password\" must be a string"));
            return reply(m_users.create(b.value(s("login")).toString(),
                                        b.value(s("displayName")).toString(),
                                        b.value(s("role")).toString(), idMember(b, s("unitId")),
                                        password.toString(), actorOf(c)));
        });
    });
    routes.addWithText(M::Post, users + s("/<arg>/disable"),
                       [this](const Caller &c, const QString &login, const QHttpServerRequest &r) {
                           return guarded(c, r, [this, &login, &c](const Body &) {
                               return reply(m_users.setDisabled(login, true, actorOf(c)));
                           });
                       });
    routes.addWithText(M::Post, users + s("/<arg>/enable"),
                       [this](const Caller &c, const QString &login, const QHttpServerRequest &r) {
                           return guarded(c, r, [this, &login, &c](const Body &) {
                               return reply(m_users.setDisabled(login, false, actorOf(c)));
                           });
                       });
    routes.addWithText(
        M::Post, users + s("/<arg>/reset-password"),
        [this, s](const Caller &c, const QString &login, const QHttpServerRequest &r) {
            return guarded(c, r, [this, s, &login, &c](const Body &b) {
                const QJsonValue password = b.value(s("password"));
                if (!password.isUndefined() && !password.isString())
                    return ApiReply::badRequest(s("\"password\" must be a string"));
                return reply(m_users.resetPassword(login, password.toString(), actorOf(c)));
            });
        });
    routes.addWithText(
        M::Post, users + s("/<arg>/role"),
        [this, s](const Caller &c, const QString &login, const QHttpServerRequest &r) {
            return guarded(c, r, [this, s, &login, &c](const Body &b) {
                if (auto bad = requireStrings(b, {s("role")}))
                    return *bad;
                const QJsonValue unit = b.value(s("unitId"));
                if (!unit.isUndefined() && idMember(b, s("unitId")) == 0)
                    return ApiReply::badRequest(s("\"unitId\" must be a positive integer"));
                return reply(m_users.setRole(login, b.value(s("role")).toString(),
                                             idMember(b, s("unitId")), actorOf(c)));
            });
        });
    routes.add(M::Get, QStringLiteral("/api/v1/admin/history"),
               [this](const Caller &c, const QHttpServerRequest &r) {
                   return guarded(c, r, [this, &r](const Body &) { return listHistory(r); });
               });
}

} // namespace pakn::server
