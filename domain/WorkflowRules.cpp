#include "WorkflowRules.h"

#include <QJsonValue>

namespace pakn {

namespace {
using S = CaseStatus;
using R = Role;

QString paramText(const QJsonObject &p, const QString &key)
{
    return p.value(key).toString().trimmed();
}
} // namespace

QString ActionOutcome::code() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Forbidden:
        return QStringLiteral("forbidden");
    case Error::WrongStatus:
        return QStringLiteral("wrong_status");
    case Error::InvalidParams:
        return QStringLiteral("invalid_params");
    }
    return {};
}

WorkflowRules::WorkflowRules(DeadlineCalendar calendar, DeadlineRules rules, QStringList fields)
    : m_calendar(std::move(calendar)), m_rules(std::move(rules)), m_fields(std::move(fields))
{}

const QList<ActionRule> &WorkflowRules::table()
{
    static const QList<ActionRule> rules = {
        {CaseAction::Route,
         {R::Coordinator},
         {S::New},
         S::PendingAcceptance,
         false,
         {QStringLiteral("unitId")}},
        {CaseAction::Refuse,
         {R::Coordinator},
         {S::New},
         S::Refused,
         false,
         {QStringLiteral("reason")}},
        {CaseAction::Accept, {R::Leader}, {S::PendingAcceptance}, S::InProgress, false, {}},
        {CaseAction::Return,
         {R::Leader},
         {S::PendingAcceptance},
         S::New,
         false,
         {QStringLiteral("reason")}},
        {CaseAction::Transfer,
         {R::Leader},
         {S::PendingAcceptance, S::InProgress},
         S::PendingAcceptance,
         false,
         {QStringLiteral("unitId"), QStringLiteral("reason")}},
        {CaseAction::Assign,
         {R::Leader},
         {S::InProgress},
         std::nullopt,
         false,
         {QStringLiteral("officerId")}},
        {CaseAction::Note,
         {R::Coordinator, R::Leader, R::Officer},
         {S::New, S::PendingAcceptance, S::InProgress, S::AwaitingApproval, S::Answered},
         std::nullopt,
         false,
         {QStringLiteral("text")}},
        {CaseAction::DraftReply,
         {R::Leader, R::Officer},
         {S::InProgress},
         std::nullopt,
         true,
         {QStringLiteral("text")}},
        {CaseAction::SubmitReply,
         {R::Leader, R::Officer},
         {S::InProgress},
         S::AwaitingApproval,
         true,
         {QStringLiteral("text")}},
        {CaseAction::SendBack,
         {R::Leader},
         {S::AwaitingApproval},
         S::InProgress,
         false,
         {QStringLiteral("comment")}},
        {CaseAction::Approve, {R::Leader}, {S::AwaitingApproval}, S::Answered, false, {}},
    };
    return rules;
}

const ActionRule &WorkflowRules::rule(CaseAction action)
{
    for (const ActionRule &r : table())
        if (r.action == action)
            return r;
    Q_UNREACHABLE();
}

ActionOutcome WorkflowRules::check(const Actor &actor, const Case &c, CaseAction action)
{
    const ActionRule &r = rule(action);
    if (!r.roles.contains(actor.role))
        return {ActionOutcome::Error::Forbidden,
                QStringLiteral("role %1 may not %2").arg(toCode(actor.role), toCode(action))};
    if (r.officerMustBeAssignee && actor.role == Role::Officer && c.assigneeId != actor.userId)
        return {ActionOutcome::Error::Forbidden,
                QStringLiteral("only the assigned officer may %1").arg(toCode(action))};
    if (!r.from.contains(c.status))
        return {
            ActionOutcome::Error::WrongStatus,
            QStringLiteral("cannot %1 a case that is %2").arg(toCode(action), toCode(c.status))};
    return {};
}

QList<CaseAction> WorkflowRules::allowedActions(const Actor &actor, const Case &c)
{
    QList<CaseAction> out;
    for (const ActionRule &r : table())
        if (check(actor, c, r.action).ok())
            out.append(r.action);
    return out;
}

int WorkflowRules::answerHours(Urgency u, const QString &field) const
{
    return m_rules.answerHoursFor(u, field);
}

ActionOutcome WorkflowRules::apply(Case &c, const ActionInput &in, const Actor &actor,
                                   const QDateTime &now) const
{
    if (ActionOutcome o = check(actor, c, in.action); !o.ok())
        return o;
    const ActionRule &r = rule(in.action);
    for (const QString &key : r.requiredParams) {
        const QJsonValue v = in.params.value(key);
        const bool present =
            v.isString() ? !v.toString().trimmed().isEmpty() : (v.isDouble() && v.toDouble() > 0);
        if (!present)
            return {ActionOutcome::Error::InvalidParams,
                    QStringLiteral("%1 needs parameter %2").arg(toCode(in.action), key)};
    }

    Case next = c;
    CaseEvent event;
    event.at = now;
    event.actorId = actor.userId;
    event.actorName = actor.displayName;
    event.action = toCode(in.action);
    event.client = in.client;

    switch (in.action) {
    case CaseAction::Route: {
        if (const QString f = paramText(in.params, QStringLiteral("field")); !f.isEmpty()) {
            if (!m_fields.contains(f))
                return {ActionOutcome::Error::InvalidParams, QStringLiteral("unknown field ") + f};
            next.field = f;
        }
        if (const QString u = paramText(in.params, QStringLiteral("urgency")); !u.isEmpty()) {
            const auto urgency = urgencyFromCode(u);
            if (!urgency)
                return {ActionOutcome::Error::InvalidParams,
                        QStringLiteral("unknown urgency ") + u};
            next.urgency = *urgency;
        }
        next.unitId = in.params.value(QStringLiteral("unitId")).toInteger();
        next.unitName = in.unitName;
        next.assigneeId = 0;
        next.assigneeName.clear();
        next.acceptDeadline = m_calendar.addWorkingHours(now, m_rules.acceptHours);
        event.detail = in.unitName;
        break;
    }
    case CaseAction::Transfer:
        next.unitId = in.params.value(QStringLiteral("unitId")).toInteger();
        next.unitName = in.unitName;
        next.assigneeId = 0;
        next.assigneeName.clear();
        next.acceptDeadline = m_calendar.addWorkingHours(now, m_rules.acceptHours);
        event.detail =
            in.unitName + QStringLiteral(": ") + paramText(in.params, QStringLiteral("reason"));
        break;
    case CaseAction::Return:
        // Back to the city's coordinators: a case in "new" belongs to no unit yet.
        next.unitId = 0;
        next.unitName.clear();
        next.acceptDeadline = {};
        event.detail = paramText(in.params, QStringLiteral("reason"));
        break;
    case CaseAction::Refuse:
        event.detail = paramText(in.params, QStringLiteral("reason"));
        break;
    case CaseAction::Accept:
        next.answerDeadline =
            m_calendar.addWorkingHours(now, answerHours(next.urgency, next.field));
        break;
    case CaseAction::Assign:
        next.assigneeId = in.params.value(QStringLiteral("officerId")).toInteger();
        next.assigneeName = in.assigneeName;
        event.detail = in.assigneeName;
        break;
    case CaseAction::Note:
        event.detail = paramText(in.params, QStringLiteral("text"));
        break;
    case CaseAction::DraftReply:
    case CaseAction::SubmitReply:
        next.replyDraft = in.params.value(QStringLiteral("text")).toString().trimmed();
        event.detail = next.replyDraft;
        break;
    case CaseAction::SendBack:
        event.detail = paramText(in.params, QStringLiteral("comment"));
        break;
    case CaseAction::Approve: {
        const QString edited = in.params.value(QStringLiteral("text")).toString().trimmed();
        if (!edited.isEmpty())
            next.replyDraft = edited;
        if (next.replyDraft.isEmpty())
            return {ActionOutcome::Error::InvalidParams,
                    QStringLiteral("approve needs a reply text")};
        next.replyPublished = next.replyDraft;
        next.replyDraft.clear();
        next.answeredAt = now;
        event.detail = next.replyPublished;
        break;
    }
    }
    if (r.to)
        next.status = *r.to;
    next.updatedAt = now;
    next.history.append(event);
    c = std::move(next);
    return {};
}

} // namespace pakn
