#include "admin/ReferenceAdminRoutes.h"

namespace pakn::server {

namespace {

using M = RouteTable::Method;
const QString prefix = QStringLiteral("/api/v1/admin/");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// The string members `names`; a 400 naming the first that is not a string.
std::optional<ApiReply> notStrings(const QJsonObject &body, const QStringList &names)
{
    for (const QString &name : names)
        if (!body.value(name).isString())
            return ApiReply::badRequest(QStringLiteral("\"%1\" must be a string").arg(name));
    return std::nullopt;
}

// An optional string member: nullopt when absent, a 400 in `bad` when not a string.
std::optional<QString> optionalString(const QJsonObject &body, const QString &name,
                                      std::optional<ApiReply> &bad)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString())
        bad = ApiReply::badRequest(QStringLiteral("\"%1\" must be a string").arg(name));
    return v.toString();
}

// A positive integer member "hours", or 0.
int hoursOf(const QJsonObject &body)
{
    const QJsonValue v = body.value(s("hours"));
    const double d = v.toDouble();
    return v.isDouble() && d > 0 && d < 100000 && d == double(int(d)) ? int(d) : 0;
}

ApiReply badHours()
{
    return ApiReply::badRequest(s("\"hours\" must be a positive whole number of working hours"));
}

} // namespace

ReferenceAdminRoutes::ReferenceAdminRoutes(ReferenceAdministration &admin) : m_admin(admin) {}

void ReferenceAdminRoutes::body(RouteTable &routes, M method, const QString &path, Work work)
{
    routes.add(method, prefix + path, [work](const Caller &c, const QHttpServerRequest &r) {
        return AdminRoutes::guarded(
            c, r, [&work, &c](const Body &b) { return work(AdminRoutes::actorOf(c), b); });
    });
}

void ReferenceAdminRoutes::withText(RouteTable &routes, M method, const QString &path,
                                    TextWork work)
{
    routes.addWithText(method, prefix + path,
                       [work](const Caller &c, const QString &text, const QHttpServerRequest &r) {
                           return AdminRoutes::guarded(c, r, [&work, &text, &c](const Body &b) {
                               return work(AdminRoutes::actorOf(c), text, b);
                           });
                       });
}

void ReferenceAdminRoutes::addTo(RouteTable &routes)
{
    calendarRoutes(routes);
    deadlineRoutes(routes);
    fieldRoutes(routes);
    templateRoutes(routes);
}

void ReferenceAdminRoutes::calendarRoutes(RouteTable &routes)
{
    for (const bool working : {false, true}) {
        const QString path = working ? s("workdays") : s("holidays");
        body(routes, M::Post, path, [this, working](const AdminActor &actor, const Body &b) {
            if (auto bad = notStrings(b, {s("date"), s("name")}))
                return *bad;
            const QString date = b.value(s("date")).toString();
            const QString name = b.value(s("name")).toString();
            return AdminRoutes::reply(working ? m_admin.addWorkday(date, name, actor)
                                              : m_admin.addHoliday(date, name, actor));
        });
        withText(routes, M::Delete, path + s("/<arg>"),
                 [this, working](const AdminActor &actor, const QString &date, const Body &) {
                     return AdminRoutes::reply(working ? m_admin.removeWorkday(date, actor)
                                                       : m_admin.removeHoliday(date, actor));
                 });
    }
    body(routes, M::Put, s("hours"), [this](const AdminActor &actor, const Body &b) {
        if (auto bad = notStrings(b, {s("hours")}))
            return *bad;
        return AdminRoutes::reply(m_admin.setHours(b.value(s("hours")).toString(), actor));
    });
}

void ReferenceAdminRoutes::deadlineRoutes(RouteTable &routes)
{
    body(routes, M::Put, s("ranking"), [this](const AdminActor &actor, const Body &b) {
        const QJsonValue onTime = b.value(s("onTime"));
        const QJsonValue satisfaction = b.value(s("satisfaction"));
        if (!onTime.isDouble() || !satisfaction.isDouble())
            return ApiReply::badRequest(s("\"onTime\" and \"satisfaction\" must be numbers"));
        return AdminRoutes::reply(
            m_admin.setRanking(onTime.toDouble(), satisfaction.toDouble(), actor));
    });
    body(routes, M::Put, s("deadlines/accept"), [this](const AdminActor &actor, const Body &b) {
        const int hours = hoursOf(b);
        return hours ? AdminRoutes::reply(m_admin.setAcceptHours(hours, actor)) : badHours();
    });
    body(routes, M::Put, s("deadlines"), [this](const AdminActor &actor, const Body &b) {
        std::optional<ApiReply> bad = notStrings(b, {s("urgency")});
        const QString field = optionalString(b, s("field"), bad).value_or(QString());
        if (bad)
            return *bad;
        const int hours = hoursOf(b);
        if (!hours)
            return badHours();
        return AdminRoutes::reply(
            m_admin.setAnswerHours(field, b.value(s("urgency")).toString(), hours, actor));
    });
    body(routes, M::Post, s("deadlines/remove"), [this](const AdminActor &actor, const Body &b) {
        if (auto bad = notStrings(b, {s("field"), s("urgency")}))
            return *bad;
        return AdminRoutes::reply(m_admin.removeAnswerRule(
            b.value(s("field")).toString(), b.value(s("urgency")).toString(), actor));
    });
}

void ReferenceAdminRoutes::fieldRoutes(RouteTable &routes)
{
    body(routes, M::Post, s("fields"), [this](const AdminActor &actor, const Body &b) {
        if (auto bad = notStrings(b, {s("code"), s("nameVi"), s("nameEn")}))
            return *bad;
        return AdminRoutes::reply(m_admin.addField(b.value(s("code")).toString(),
                                                   b.value(s("nameVi")).toString(),
                                                   b.value(s("nameEn")).toString(), actor));
    });
    withText(routes, M::Post, s("fields/<arg>/rename"),
             [this](const AdminActor &actor, const QString &code, const Body &b) {
                 if (auto bad = notStrings(b, {s("nameVi"), s("nameEn")}))
                     return *bad;
                 return AdminRoutes::reply(
                     m_admin.renameField(code, b.value(s("nameVi")).toString(),
                                         b.value(s("nameEn")).toString(), actor));
             });
    for (const bool active : {false, true})
        withText(routes, M::Post, active ? s("fields/<arg>/enable") : s("fields/<arg>/disable"),
                 [this, active](const AdminActor &actor, const QString &code, const Body &) {
                     return AdminRoutes::reply(m_admin.setFieldActive(code, active, actor));
                 });
}

void ReferenceAdminRoutes::templateRoutes(RouteTable &routes)
{
    body(routes, M::Post, s("templates"), [this](const AdminActor &actor, const Body &b) {
        std::optional<ApiReply> bad = notStrings(b, {s("title"), s("body")});
        const QString field = optionalString(b, s("field"), bad).value_or(QString());
        if (bad)
            return *bad;
        return AdminRoutes::reply(m_admin.addTemplate(field, b.value(s("title")).toString(),
                                                      b.value(s("body")).toString(), actor));
    });
    routes.addWithId(M::Put, prefix + s("templates/<arg>"),
                     [this](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return AdminRoutes::guarded(c, r, [this, id, &c](const Body &b) {
                             const AdminActor actor = AdminRoutes::actorOf(c);
                             std::optional<ApiReply> bad;
                             const auto field = optionalString(b, s("field"), bad);
                             const auto title = optionalString(b, s("title"), bad);
                             const auto text = optionalString(b, s("body"), bad);
                             if (bad)
                                 return *bad;
                             return AdminRoutes::reply(
                                 m_admin.editTemplate(id, field, title, text, actor));
                         });
                     });
    routes.addWithId(M::Delete, prefix + s("templates/<arg>"),
                     [this](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return AdminRoutes::guarded(c, r, [this, id, &c](const Body &) {
                             const AdminActor actor = AdminRoutes::actorOf(c);
                             return AdminRoutes::reply(m_admin.removeTemplate(id, actor));
                         });
                     });
}

} // namespace pakn::server
