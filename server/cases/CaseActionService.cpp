#include "cases/CaseActionService.h"

#include "ServerLogging.h"
#include "domain/CaseFacts.h"
#include "http/CaseJsonWriter.h"
#include "http/InputLimits.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

namespace {

ApiReply outcomeReply(const ActionOutcome &outcome)
{
    const int status = outcome.error == ActionOutcome::Error::Forbidden ? 403 : 422;
    return ApiReply::error(status, outcome.code(), outcome.message);
}

ApiReply invalidParams(const QString &message)
{
    return ApiReply::error(422, QStringLiteral("invalid_params"), message);
}

ApiReply conflict(const Case &current)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("error")).beginObject();
    w.member(QLatin1StringView("code"), QStringLiteral("conflict"));
    w.member(QLatin1StringView("message"),
             QStringLiteral("The case changed since version you based this on; it is now "
                            "version %1")
                 .arg(current.version));
    w.endObject();
    w.key(QLatin1StringView("case"));
    writeCase(w, current);
    w.endObject();
    return {409, w.take()};
}

// A positive integer parameter, or 0 when absent or not one.
qint64 idParameter(const QJsonObject &params, const QString &name)
{
    const QJsonValue v = params.value(name);
    const double d = v.toDouble();
    return v.isDouble() && d > 0 && d == double(v.toInteger()) ? v.toInteger() : 0;
}

} // namespace

CaseActionService::CaseActionService(CaseStores stores, const WorkflowRules &rules,
                                     std::function<QDateTime()> clock)
    : m_stores(stores), m_rules(rules), m_clock(std::move(clock))
{}

std::optional<CaseActionService::Request> CaseActionService::read(const QByteArray &body,
                                                                  ApiReply *failure) const
{
    const auto object = parseJsonObject(body, failure);
    if (!object)
        return std::nullopt;
    const QJsonValue action = object->value(QStringLiteral("action"));
    const QJsonValue key = object->value(QStringLiteral("key"));
    const QJsonValue base = object->value(QStringLiteral("baseVersion"));
    const QJsonValue params = object->value(QStringLiteral("params"));
    Request r;
    if (!action.isString()) {
        *failure = ApiReply::badRequest(QStringLiteral("\"action\" must be a string"));
        return std::nullopt;
    }
    const auto code = caseActionFromCode(action.toString());
    if (!code) {
        *failure = ApiReply::badRequest(
            QStringLiteral("Unknown action \"%1\"").arg(action.toString().left(40)));
        return std::nullopt;
    }
    r.action = *code;
    r.key = key.toString();
    if (!key.isString() || r.key.isEmpty() || r.key.size() > maxKeyLength) {
        *failure = ApiReply::badRequest(
            QStringLiteral("\"key\" must be a string of 1 to %1 characters").arg(maxKeyLength));
        return std::nullopt;
    }
    if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() != double(base.toInteger())) {
        *failure =
            ApiReply::badRequest(QStringLiteral("\"baseVersion\" must be a non-negative integer"));
        return std::nullopt;
    }
    r.baseVersion = base.toInteger();
    if (!params.isUndefined() && !params.isNull() && !params.isObject()) {
        *failure = ApiReply::badRequest(QStringLiteral("\"params\" must be an object"));
        return std::nullopt;
    }
    r.params = params.toObject();
    r.at = m_clock();
    for (auto it = r.params.constBegin(); it != r.params.constEnd(); ++it)
        if (it->isString() && it->toString().size() > InputLimits::maxActionText) {
            *failure = ApiReply::badRequest(QStringLiteral("\"%1\" is longer than %2 characters")
                                                .arg(it.key().left(40))
                                                .arg(InputLimits::maxActionText));
            return std::nullopt;
        }
    return r;
}

ApiReply CaseActionService::perform(const Caller &caller, CaseId id, const QByteArray &body)
{
    ApiReply failure;
    const auto request = read(body, &failure);
    if (!request)
        return failure;
    // Applied again after a lost race: the stored answer, or 409 with the case as it is now.
    return retriedAfterLostRace([&] { return performOnce(caller, id, *request); });
}

ApiReply CaseActionService::performOnce(const Caller &caller, CaseId id, const Request &request)
{
    TransactionGuard transaction(m_stores.cases.database());
    if (!transaction.isActive())
        return ApiReply::internal();
    GroupedWrite done = apply(caller, id, request, m_rules);
    if (done.reply.status == 500)
        return done.reply;
    if (!transaction.commit()) {
        qCWarning(lcActions) << "could not commit an action on case" << id;
        return ApiReply::internal();
    }
    if (done.afterCommit)
        done.afterCommit();
    return done.reply;
}

GroupedWrite CaseActionService::apply(const Caller &caller, CaseId id, const Request &request,
                                      const WorkflowRules &rules)
{
    // The lookup runs inside the transaction, so two instances cannot both
    // apply one key: the second insert of the key fails and rolls back.
    const auto stored = m_stores.idempotency.find(caller.account.id, request.key);
    if (stored) {
        qCDebug(lcActions) << "replaying the answer for key" << request.key;
        return {{stored->httpStatus, stored->body}, {}};
    }
    if (m_stores.idempotency.failed())
        return {ApiReply::internal(), {}};

    Decision decision = decide(caller, id, request, rules);
    if (decision.storageFailed || (decision.changed && !save(decision)))
        return {ApiReply::internal(), {}};
    if (!m_stores.idempotency.store(caller.account.id, request.key,
                                    {decision.reply.status, decision.reply.body}, request.at)) {
        qCWarning(lcActions) << "could not store the answer of an action on case" << id;
        return {ApiReply::internal(), {}};
    }
    // Logged and told once committed: a group whose commit fails answers 500 instead.
    std::optional<Case> approved;
    if (request.action == CaseAction::Approve && decision.changed && m_replyPublished)
        approved = decision.changed;
    auto afterCommit = [this, login = caller.account.login, action = request.action, id,
                        status = decision.reply.status, approved = std::move(approved)] {
        qCInfo(lcActions) << login << toCode(action) << "case" << id << "->" << status;
        if (approved)
            m_replyPublished(*approved);
    };
    return {decision.reply, std::move(afterCommit)};
}

CaseActionService::Decision CaseActionService::decide(const Caller &caller, CaseId id,
                                                      const Request &request,
                                                      const WorkflowRules &rules)
{
    Decision d;
    auto current = m_stores.cases.find(id);
    if (!current) {
        d.storageFailed = m_stores.cases.failed();
        d.reply = ApiReply::notFound(QStringLiteral("No such case"));
        return d;
    }
    if (!caller.scope.contains(current->unitId)) {
        d.reply = ApiReply::notFound(QStringLiteral("No such case"));
        return d;
    }
    if (current->version != request.baseVersion) {
        d.reply = conflict(*current);
        return d;
    }
    const Actor actor = caller.actor();
    if (const ActionOutcome o = WorkflowRules::check(actor, *current, request.action); !o.ok()) {
        d.reply = outcomeReply(o);
        return d;
    }
    ActionInput input;
    input.action = request.action;
    input.params = request.params;
    input.client = caller.client;
    auto error = request.action == CaseAction::Merge
                     ? resolveMergeTarget(caller, *current, request, d)
                     : resolveNames(*current, request, input, d);
    if (error) {
        d.reply = *error;
        return d;
    }
    if (d.storageFailed)
        return d;

    Case next = *current;
    if (const ActionOutcome o = rules.apply(next, input, actor, request.at); !o.ok()) {
        d.reply = outcomeReply(o);
        return d;
    }
    next.version = current->version + 1;
    if (d.mergeTarget) {
        d.mergeTarget->history.append(
            WorkflowRules::duplicateMergedEvent(next, actor, caller.client, request.at));
        d.mergeTarget->version += 1;
        d.mergeTarget->updatedAt = request.at;
    }
    d.newEvents = next.history.size() - current->history.size();
    d.revealsPhone = request.action == CaseAction::RevealContact;
    d.previousUnit = current->unitId;
    if (caseFactsOf(*current) == caseFactsOf(next))
        d.facts = CaseRepository::Facts::Unchanged;
    d.changed = std::move(next);
    return d;
}

std::optional<ApiReply> CaseActionService::resolveMergeTarget(const Caller &caller, const Case &c,
                                                              const Request &request, Decision &d)
{
    const CaseId into = idParameter(request.params, QStringLiteral("intoCaseId"));
    if (into == 0 || into == c.id)
        return std::nullopt; // the rules report it
    auto target = m_stores.cases.find(into);
    d.storageFailed = m_stores.cases.failed();
    // A case the caller cannot see is reported like one that does not exist.
    if (!target || !caller.scope.contains(target->unitId))
        return invalidParams(QStringLiteral("There is no case %1").arg(into));
    if (target->status == CaseStatus::Merged || target->status == CaseStatus::Refused)
        return invalidParams(QStringLiteral("Case %1 is %2; merge into the case it belongs to")
                                 .arg(into)
                                 .arg(toCode(target->status)));
    d.mergeTarget = std::move(target);
    return std::nullopt;
}

std::optional<ApiReply> CaseActionService::resolveNames(const Case &c, const Request &request,
                                                        ActionInput &input, Decision &d)
{
    bool *storageFailed = &d.storageFailed;
    switch (request.action) {
    case CaseAction::Route:
    case CaseAction::Transfer: {
        const UnitId target = idParameter(request.params, QStringLiteral("unitId"));
        if (target == 0)
            return std::nullopt; // the rules report the missing parameter
        const auto unit = m_stores.units.find(target);
        *storageFailed = m_stores.units.failed();
        if (!unit)
            return invalidParams(QStringLiteral("There is no unit %1").arg(target));
        if (request.action == CaseAction::Transfer && target == c.unitId)
            return invalidParams(QStringLiteral("The case is already at %1").arg(unit->name));
        input.unitName = unit->name;
        return std::nullopt;
    }
    case CaseAction::Assign: {
        const UserId officer = idParameter(request.params, QStringLiteral("officerId"));
        if (officer == 0)
            return std::nullopt;
        const auto account = m_stores.accounts.find(officer);
        *storageFailed = m_stores.accounts.failed();
        const bool eligible =
            account && !account->disabled && account->account.unitId == c.unitId &&
            (account->account.role == Role::Officer || account->account.role == Role::Leader);
        if (!eligible)
            return invalidParams(
                QStringLiteral("Account %1 is not an officer of the case's unit").arg(officer));
        input.assigneeName = account->account.displayName;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool CaseActionService::save(Decision &d)
{
    // Both cases were read in this transaction and are stored whole, so their
    // feed JSON is written from memory, not read back (tst_workflow_walk holds
    // the two equal after every kind of action).
    Case &c = *d.changed;
    const auto seq = m_stores.feed.take(d.mergeTarget ? 2 : 1);
    QByteArray json, targetJson;
    if (!seq || !m_stores.cases.update(c, *seq, d.facts) ||
        !m_stores.cases.appendEventsOf(c, d.newEvents, &json))
        return false;
    if (Case *target = d.mergeTarget ? &*d.mergeTarget : nullptr;
        target && (!m_stores.cases.update(*target, *seq + 1) ||
                   !m_stores.cases.appendEventsOf(*target, 1, &targetJson)))
        return false;
    // Leaving a unit (routed on, transferred, returned): its members' clients drop the case.
    if (d.previousUnit != 0 && c.unitId != d.previousUnit &&
        !m_stores.feed.recordRemoval(*seq, c.id, d.previousUnit))
        return false;
    // The one answer with the full number; the history has the reveal, written above.
    d.reply = {200, d.revealsPhone ? revealReplyBody(c) : caseReplyBody(json)};
    return true;
}

} // namespace pakn::server
