#include "WorkflowRules.h"

#include <QJsonValue>

namespace pakn {

namespace {

QString paramText(const QJsonObject &p, const QString &key)
{
    return p.value(key).toString().trimmed();
}

const ExtensionRequest *pendingExtension(const Case &c)
{
    if (!c.extensions.isEmpty() &&
        c.extensions.constLast().decision == ExtensionRequest::Decision::Pending)
        return &c.extensions.constLast();
    return nullptr;
}

bool preconditionHolds(Precondition p, const Case &c)
{
    switch (p) {
    case Precondition::None:
        return true;
    case Precondition::NoPendingExtension:
        return pendingExtension(c) == nullptr;
    case Precondition::PendingExtension:
        return pendingExtension(c) != nullptr;
    case Precondition::NotRated:
        return !c.rating.has_value();
    }
    return false;
}

QString preconditionMessage(Precondition p)
{
    switch (p) {
    case Precondition::NoPendingExtension:
        return QStringLiteral("an extension request is already waiting for a decision");
    case Precondition::PendingExtension:
        return QStringLiteral("there is no extension request to decide on");
    case Precondition::NotRated:
        return QStringLiteral("the answer has already been rated");
    case Precondition::None:
        break;
    }
    return {};
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
    if (!preconditionHolds(r.precondition, c))
        return {ActionOutcome::Error::WrongStatus,
                QStringLiteral("cannot %1: %2")
                    .arg(toCode(action), preconditionMessage(r.precondition))};
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

QDateTime WorkflowRules::timeParameter(const QJsonObject &params, const QString &key) const
{
    const QString text = paramText(params, key);
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return {};
        const QTime end =
            m_calendar.periods().isEmpty() ? QTime(17, 0) : m_calendar.periods().constLast().end;
        return QDateTime(day, end, m_calendar.timeZone()).toUTC();
    }
    // Only a time with an explicit offset: a bare local time would depend on the machine.
    if (!text.endsWith(u'Z') && !text.contains(u'+') && text.lastIndexOf(u'-') < 10)
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

CaseEvent WorkflowRules::duplicateMergedEvent(const Case &duplicate, const Actor &actor,
                                              const QString &client, const QDateTime &now)
{
    CaseEvent e;
    e.at = now;
    e.actorId = actor.userId;
    e.actorName = actor.displayName;
    e.action = QStringLiteral("duplicate_merged");
    e.detail = QStringLiteral("#%1 %2").arg(duplicate.id).arg(duplicate.title);
    e.client = client;
    e.data = {{QStringLiteral("duplicateId"), duplicate.id}};
    return e;
}

} // namespace pakn
