#include "http/IntakeRoutes.h"

#include "ServerLogging.h"
#include "cases/CaseActionService.h"
#include "http/CaseJsonWriter.h"

namespace pakn::server {

namespace {

// A 400 that names the request member at fault, so a form can point at it.
ApiReply invalidMember(const QString &field, const QString &message)
{
    return ApiReply::json({{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_request")},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("field"), field}}}},
                          400);
}

// An optional string member: absent or null reads as empty; anything else is an error.
bool takeText(const QJsonObject &o, const QString &name, QString *out, ApiReply *failure)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *failure = invalidMember(name, QStringLiteral("\"%1\" must be a string").arg(name));
        return false;
    }
    *out = v.toString();
    return true;
}

bool takeNumber(const QJsonObject &o, const QString &name, std::optional<double> *out,
                ApiReply *failure)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble()) {
        *failure = invalidMember(name, QStringLiteral("\"%1\" must be a number").arg(name));
        return false;
    }
    *out = v.toDouble();
    return true;
}

} // namespace

IntakeRoutes::IntakeRoutes(CaseIntake &intake, IdempotencyRepository &idempotency,
                           ReferenceInForce &reference, std::function<QDateTime()> clock)
    : m_intake(intake), m_idempotency(idempotency), m_reference(reference),
      m_clock(std::move(clock))
{}

void IntakeRoutes::addTo(RouteTable &routes)
{
    routes.add(
        RouteTable::Method::Post, QStringLiteral("/api/v1/cases"),
        [this](const Caller &c, const QHttpServerRequest &r) { return create(c, r.body()); });
}

bool IntakeRoutes::mayTakeReports(Role role)
{
    return role == Role::Coordinator || role == Role::Leader || role == Role::Officer;
}

std::optional<IntakeRoutes::Request> IntakeRoutes::decode(const QByteArray &body, ApiReply *failure)
{
    const auto object = parseJsonObject(body, failure);
    if (!object)
        return std::nullopt;
    Request r;
    const QJsonValue key = object->value(QStringLiteral("key"));
    r.key = key.toString();
    if (!key.isString() || r.key.isEmpty() || r.key.size() > CaseActionService::maxKeyLength) {
        *failure = invalidMember(QStringLiteral("key"),
                                 QStringLiteral("\"key\" must be a string of 1 to %1 characters")
                                     .arg(CaseActionService::maxKeyLength));
        return std::nullopt;
    }
    // Staff type in what came by telephone or over the counter; the other
    // channels have their own endpoints.
    const QString channel = object->value(QStringLiteral("channel")).toString();
    const auto code = channelFromCode(channel);
    if (!code || (*code != Channel::Hotline && *code != Channel::WalkIn)) {
        *failure = invalidMember(QStringLiteral("channel"),
                                 QStringLiteral("\"channel\" must be \"hotline\" or \"walk_in\""));
        return std::nullopt;
    }
    r.report.channel = *code;
    CitizenReport &c = r.report;
    if (!takeText(*object, QStringLiteral("description"), &c.description, failure) ||
        !takeText(*object, QStringLiteral("title"), &c.title, failure) ||
        !takeText(*object, QStringLiteral("field"), &c.field, failure) ||
        !takeText(*object, QStringLiteral("reporterName"), &c.reporterName, failure) ||
        !takeText(*object, QStringLiteral("reporterPhone"), &c.reporterPhone, failure) ||
        !takeText(*object, QStringLiteral("address"), &c.address, failure) ||
        !takeNumber(*object, QStringLiteral("latitude"), &c.latitude, failure) ||
        !takeNumber(*object, QStringLiteral("longitude"), &c.longitude, failure))
        return std::nullopt;
    return r;
}

ApiReply IntakeRoutes::create(const Caller &caller, const QByteArray &body)
{
    if (!mayTakeReports(caller.account.role))
        return ApiReply::error(
            403, QStringLiteral("forbidden"),
            QStringLiteral("Only coordinators, leaders and officers take reports"));
    ApiReply failure;
    const auto request = decode(body, &failure);
    if (!request)
        return failure;
    if (const auto stored = m_idempotency.find(caller.account.id, request->key)) {
        qCDebug(lcActions) << "replaying the answer for intake key" << request->key;
        return {stored->httpStatus, stored->body};
    }
    if (m_idempotency.failed())
        return ApiReply::internal();

    // On a database error the last good set stays in force.
    m_reference.refresh();
    QByteArray answer;
    const auto result = m_intake.receive(
        request->report, m_reference.data().activeFieldCodes(), caller.actor(), [&](const Case &c) {
            answer = caseReplyBody(c);
            return m_idempotency.store(caller.account.id, request->key, {201, answer}, m_clock());
        });
    if (const auto *refused = std::get_if<IntakeFailure>(&result)) {
        if (!refused->invalid) {
            // Another instance may have taken the same key meanwhile (a desk
            // retrying elsewhere): its insert of the key won and ours rolled
            // back, so the report is stored once and its answer is replayed.
            if (const auto stored = m_idempotency.find(caller.account.id, request->key)) {
                qCInfo(lcActions) << "intake key" << request->key << "was taken meanwhile";
                return {stored->httpStatus, stored->body};
            }
            qCWarning(lcActions) << "could not store a report taken by" << caller.account.login;
            return ApiReply::internal();
        }
        return invalidMember(refused->field, refused->message);
    }
    qCInfo(lcActions) << caller.account.login << "took a" << toCode(request->report.channel)
                      << "report: case" << std::get<Case>(result).id;
    return {201, answer};
}

} // namespace pakn::server
