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
        return AdminRoutes::guarded(c, r, work);
    });
}

void ReferenceAdminRoutes::withText(RouteTable &routes, M method, const QString &path,
                                    TextWork work)
{
    routes.addWithText(method, prefix + path,
                       [work](const Caller &c, const QString &text, const QHttpServerRequest &r) {
                           return AdminRoutes::guarded(
                               c, r, [&work, &text](const Body &b) { return work(text, b); });
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
        body(routes, M::Post, path, [this, working](const Body &b) {
            if (auto bad = notStrings(b, {s("date"), s("name")}))
                return *bad;
            const QString date = b.value(s("date")).toString();
            const QString name = b.value(s("name")).toString();
            return AdminRoutes::reply(working ? m_admin.addWorkday(date, name)
                                              : m_admin.addHoliday(date, name));
        });
        withText(routes, M::Delete, path + s("/<arg>"),
                 [this, working](const QString &date, const Body &) {
                     return AdminRoutes::reply(working ? m_admin.removeWorkday(date)
                                                       : m_admin.removeHoliday(date));
                 });
    }
    body(routes, M::Put, s("hours"), [this](const Body &b) {
        if (auto bad = notStrings(b, {s("hours")}))
            return *bad;
        return AdminRoutes::reply(m_admin.setHours(b.value(s("hours")).toString()));
    });
}

void ReferenceAdminRoutes::deadlineRoutes(RouteTable &routes)
{
    body(routes, M::Put, s("ranking"), [this](const Body &b) {
        const QJsonValue onTime = b.value(s("onTime"));
        const QJsonValue satisfaction = b.value(s("satisfaction"));
        if (!onTime.isDouble() || !satisfaction.isDouble())
            return ApiReply::badRequest(s("\"onTime\" and \"satisfaction\" must be numbers"));
        return AdminRoutes::reply(m_admin.setRanking(onTime.toDouble(), satisfaction.toDouble()));
    });
    body(routes, M::Put, s("deadlines/accept"), [this](const Body &b) {
        const int hours = hoursOf(b);
        return hours ? AdminRoutes::reply(m_admin.setAcceptHours(hours)) : badHours();
    });
    body(routes, M::Put, s("deadlines"), [this](const Body &b) {
        std::optional<ApiReply> bad = notStrings(b, {s("urgency")});
        const QString field = optionalString(b, s("field"), bad).value_or(QString());
        if (bad)
            return *bad;
        const int hours = hoursOf(b);
        if (!hours)
            return badHours();
        return AdminRoutes::reply(
            m_admin.setAnswerHours(field, b.value(s("urgency")).toString(), hours));
    });
    body(routes, M::Post, s("deadlines/remove"), [this](const Body &b) {
        if (auto bad = notStrings(b, {s("field"), s("urgency")}))
            return *bad;
        return AdminRoutes::reply(m_admin.removeAnswerRule(b.value(s("field")).toString(),
                                                           b.value(s("urgency")).toString()));
    });
}

void ReferenceAdminRoutes::fieldRoutes(RouteTable &routes)
{
    body(routes, M::Post, s("fields"), [this](const Body &b) {
        if (auto bad = notStrings(b, {s("code"), s("nameVi"), s("nameEn")}))
            return *bad;
        return AdminRoutes::reply(m_admin.addField(b.value(s("code")).toString(),
                                                   b.value(s("nameVi")).toString(),
                                                   b.value(s("nameEn")).toString()));
    });
    withText(routes, M::Post, s("fields/<arg>/rename"), [this](const QString &code, const Body &b) {
        if (auto bad = notStrings(b, {s("nameVi"), s("nameEn")}))
            return *bad;
        return AdminRoutes::reply(m_admin.renameField(code, b.value(s("nameVi")).toString(),
                                                      b.value(s("nameEn")).toString()));
    });
    for (const bool active : {false, true})
        withText(routes, M::Post, active ? s("fields/<arg>/enable") : s("fields/<arg>/disable"),
                 [this, active](const QString &code, const Body &) {
                     return AdminRoutes::reply(m_admin.setFieldActive(code, active));
                 });
}

void ReferenceAdminRoutes::templateRoutes(RouteTable &routes)
{
    body(routes, M::Post, s("templates"), [this](const Body &b) {
        std::optional<ApiReply> bad = notStrings(b, {s("title"), s("body")});
        const QString field = optionalString(b, s("field"), bad).value_or(QString());
        if (bad)
            return *bad;
        return AdminRoutes::reply(m_admin.addTemplate(field, b.value(s("title")).toString(),
                                                      b.value(s("body")).toString()));
    });
    routes.addWithId(M::Put, prefix + s("templates/<arg>"),
                     [this](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return AdminRoutes::guarded(c, r, [this, id](const Body &b) {
                             std::optional<ApiReply> bad;
                             const auto field = optionalString(b, s("field"), bad);
                             const auto title = optionalString(b, s("title"), bad);
                             const auto text = optionalString(b, s("body"), bad);
                             if (bad)
                                 return *bad;
                             return AdminRoutes::reply(
                                 m_admin.editTemplate(id, field, title, text));
                         });
                     });
    routes.addWithId(M::Delete, prefix + s("templates/<arg>"),
                     [this](const Caller &c, qint64 id, const QHttpServerRequest &r) {
                         return AdminRoutes::guarded(c, r, [this, id](const Body &) {
                             return AdminRoutes::reply(m_admin.removeTemplate(id));
                         });
                     });
}

} // namespace pakn::server
