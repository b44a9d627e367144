#include "http/FiguresRoutes.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace pakn::server {

namespace {

ApiReply forbidden(const QString &message)
{
    return ApiReply::error(403, QStringLiteral("forbidden"), message);
}

// A positive id (0 allowed for the unit: the city's root), or nullopt.
std::optional<qint64> idParameter(const QString &text, bool zeroAllowed)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 0 || (id == 0 && !zeroAllowed))
        return std::nullopt;
    return id;
}

// The request the query spells, or nullopt with a 400 message.
std::optional<FiguresRequest> parseQuery(const QUrlQuery &query, bool withMeasure,
                                         std::optional<Measure> *measure, QString *problem)
{
    QStringList known{QStringLiteral("unit"), QStringLiteral("period"), QStringLiteral("officer"),
                      QStringLiteral("field")};
    if (withMeasure)
        known.append(QStringLiteral("measure"));
    QSet<QString> seen;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            *problem = QStringLiteral("Unknown parameter \"%1\" (known: %2)")
                           .arg(name, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (seen.contains(name)) {
            *problem = QStringLiteral("The parameter \"%1\" is given twice").arg(name);
            return std::nullopt;
        }
        seen.insert(name);
    }
    const auto value = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    FiguresRequest request;
    if (!seen.contains(QStringLiteral("period"))) {
        *problem = QStringLiteral("The parameter \"period\" is missing (e.g. 2025-Q2)");
        return std::nullopt;
    }
    QString periodError;
    const auto period = ReportPeriod::parse(value("period"), &periodError);
    if (!period) {
        *problem = QStringLiteral("Invalid period \"%1\": %2").arg(value("period"), periodError);
        return std::nullopt;
    }
    request.period = *period;
    if (!seen.contains(QStringLiteral("unit"))) {
        *problem = QStringLiteral("The parameter \"unit\" is missing (a unit id)");
        return std::nullopt;
    }
    const auto unit = idParameter(value("unit"), true);
    if (!unit) {
        *problem = QStringLiteral("\"unit\" must be a unit id, not \"%1\"").arg(value("unit"));
        return std::nullopt;
    }
    request.unitId = *unit;
    if (seen.contains(QStringLiteral("officer"))) {
        const auto officer = idParameter(value("officer"), false);
        if (!officer) {
            *problem = QStringLiteral("\"officer\" must be an account id, not \"%1\"")
                           .arg(value("officer"));
            return std::nullopt;
        }
        request.officerId = *officer;
    }
    if (seen.contains(QStringLiteral("field"))) {
        request.field = value("field");
        if (request.field.isEmpty()) {
            *problem = QStringLiteral("\"field\" must be a field code");
            return std::nullopt;
        }
    }
    if (seen.contains(QStringLiteral("measure"))) {
        *measure = measureFromCode(value("measure"));
        if (!*measure) {
            QStringList codes;
            for (Measure m : allMeasures())
                codes.append(toCode(m));
            *problem = QStringLiteral("Unknown measure \"%1\" (known: %2)")
                           .arg(value("measure"), codes.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return request;
}

} // namespace

FiguresRoutes::FiguresRoutes(FiguresService &service) : m_service(service) {}

void FiguresRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    routes.add(M::Get, QStringLiteral("/api/v1/figures"),
               [this](const Caller &c, const QHttpServerRequest &r) { return figures(c, r); });
    routes.add(M::Get, QStringLiteral("/api/v1/figures/cases"),
               [this](const Caller &c, const QHttpServerRequest &r) { return cases(c, r); });
}

QString FiguresRoutes::refusal(const Caller &caller, const FiguresRequest &request)
{
    const Account &me = caller.account;
    switch (me.role) {
    case Role::Coordinator:
    case Role::Supervisor:
        return {};
    case Role::Leader:
        if (caller.scope.contains(request.unitId))
            return {};
        return QStringLiteral("A leader sees the figures of their own unit and the units below it");
    case Role::Officer:
        if (request.officerId == me.id && request.unitId == me.unitId)
            return {};
        return QStringLiteral("An officer sees only their own figures in their own unit "
                              "(unit=%1&officer=%2)")
            .arg(me.unitId)
            .arg(me.id);
    case Role::Administrator:
    case Role::Channel:
        break;
    }
    return QStringLiteral("The figures are for supervisors, coordinators, leaders and officers");
}

std::optional<FiguresRequest> FiguresRoutes::admit(const Caller &caller,
                                                   const QHttpServerRequest &request,
                                                   bool withMeasure,
                                                   std::optional<Measure> *measure,
                                                   ApiReply *reply)
{
    // Roles that never see figures learn nothing about the query either.
    const Role role = caller.account.role;
    if (role == Role::Administrator || role == Role::Channel) {
        *reply = forbidden(refusal(caller, {}));
        return std::nullopt;
    }
    QString problem;
    const auto parsed = parseQuery(request.query(), withMeasure, measure, &problem);
    if (!parsed) {
        *reply = ApiReply::badRequest(problem);
        return std::nullopt;
    }
    const FiguresService::Checked checked = m_service.check(*parsed);
    if (checked.failed) {
        *reply = ApiReply::internal();
        return std::nullopt;
    }
    if (!checked.request) {
        *reply = ApiReply::badRequest(checked.problem);
        return std::nullopt;
    }
    if (const QString why = refusal(caller, *checked.request); !why.isEmpty()) {
        *reply = forbidden(why);
        return std::nullopt;
    }
    return checked.request;
}

ApiReply FiguresRoutes::figures(const Caller &caller, const QHttpServerRequest &request)
{
    ApiReply reply;
    std::optional<Measure> unused;
    const auto admitted = admit(caller, request, false, &unused, &reply);
    if (!admitted)
        return reply;
    const auto report = m_service.report(*admitted);
    return report ? ApiReply::json(toJson(*report)) : ApiReply::internal();
}

ApiReply FiguresRoutes::cases(const Caller &caller, const QHttpServerRequest &request)
{
    ApiReply reply;
    std::optional<Measure> measure;
    const auto admitted = admit(caller, request, true, &measure, &reply);
    if (!admitted)
        return reply;
    const auto list = m_service.cases(*admitted, measure);
    if (!list)
        return ApiReply::internal();
    QJsonArray rows;
    for (const ReportCase &c : list->cases)
        rows.append(toJson(c));
    return ApiReply::json(
        {{QStringLiteral("cases"), rows}, {QStringLiteral("truncated"), list->truncated}});
}

} // namespace pakn::server
