// What each action changes on a case, beyond the status the table gives.

#include "WorkflowRules.h"

#include "JsonCodec.h"

#include <QJsonValue>

namespace pakn {

namespace {

QString paramText(const QJsonObject &p, const QString &key)
{
    return p.value(key).toString().trimmed();
}

qint64 idParam(const QJsonObject &p, const QString &key)
{
    return p.value(key).toInteger();
}

ActionOutcome invalid(const QString &message)
{
    return {ActionOutcome::Error::InvalidParams, message};
}

bool hasRequired(const QJsonObject &params, const QString &key)
{
    const QJsonValue v = params.value(key);
    return v.isString()
               ? !v.toString().trimmed().isEmpty()
               : (v.isDouble() && v.toDouble() > 0 && v.toDouble() == double(v.toInteger()));
}

// Leaving a unit (routed on, transferred, returned): the next unit starts afresh.
void resetUnitWork(Case &c)
{
    c.assigneeId = 0;
    c.assigneeName.clear();
    c.acceptedAt = {};
    c.answerDeadline = {};
}

} // namespace

ActionOutcome WorkflowRules::apply(Case &c, const ActionInput &in, const Actor &actor,
                                   const QDateTime &now) const
{
    if (ActionOutcome o = check(actor, c, in.action); !o.ok())
        return o;
    const ActionRule &r = rule(in.action);
    for (const QString &key : r.requiredParams)
        if (!hasRequired(in.params, key))
            return invalid(QStringLiteral("%1 needs parameter %2").arg(toCode(in.action), key));

    Case next = c;
    CaseEvent event;
    event.at = now;
    event.actorId = actor.userId;
    event.actorName = actor.displayName;
    event.action = toCode(in.action);
    event.client = in.client;
    const QString reason = paramText(in.params, QStringLiteral("reason"));
    const QString comment = paramText(in.params, QStringLiteral("comment"));

    switch (in.action) {
    case CaseAction::Route: {
        if (const QString f = paramText(in.params, QStringLiteral("field")); !f.isEmpty()) {
            if (!m_fields.contains(f))
                return invalid(QStringLiteral("unknown field ") + f);
            next.field = f;
            event.data.insert(QStringLiteral("field"), f);
        }
        if (const QString u = paramText(in.params, QStringLiteral("urgency")); !u.isEmpty()) {
            const auto urgency = urgencyFromCode(u);
            if (!urgency)
                return invalid(QStringLiteral("unknown urgency ") + u);
            next.urgency = *urgency;
            event.data.insert(QStringLiteral("urgency"), u);
        }
        next.unitId = idParam(in.params, QStringLiteral("unitId"));
        next.unitName = in.unitName;
        resetUnitWork(next);
        next.acceptDeadline = m_calendar.addWorkingHours(now, m_rules.acceptHours);
        event.detail = in.unitName;
        event.data.insert(QStringLiteral("unitId"), next.unitId);
        // Kept in the history: a later transfer replaces the case's deadline, and
        // the figures still judge this arrival's acceptance by its own.
        event.data.insert(QStringLiteral("acceptDeadline"), toIsoString(next.acceptDeadline));
        break;
    }
    case CaseAction::Transfer:
        next.unitId = idParam(in.params, QStringLiteral("unitId"));
        next.unitName = in.unitName;
        resetUnitWork(next);
        next.acceptDeadline = m_calendar.addWorkingHours(now, m_rules.acceptHours);
        event.detail = in.unitName + QStringLiteral(": ") + reason;
        event.data.insert(QStringLiteral("unitId"), next.unitId);
        event.data.insert(QStringLiteral("fromUnitId"), c.unitId);
        event.data.insert(QStringLiteral("acceptDeadline"), toIsoString(next.acceptDeadline));
        break;
    case CaseAction::Return:
        // Back to the city's coordinators: a case in "new" belongs to no unit yet.
        next.unitId = 0;
        next.unitName.clear();
        resetUnitWork(next);
        next.acceptDeadline = {};
        event.detail = reason;
        event.data.insert(QStringLiteral("fromUnitId"), c.unitId);
        break;
    case CaseAction::Refuse:
        event.detail = reason;
        break;
    case CaseAction::Merge: {
        const CaseId into = idParam(in.params, QStringLiteral("intoCaseId"));
        if (into == c.id)
            return invalid(QStringLiteral("a case cannot be merged into itself"));
        next.mergedIntoId = into;
        event.detail = QStringLiteral("#%1").arg(into);
        if (!reason.isEmpty())
            event.detail += QStringLiteral(": ") + reason;
        event.data.insert(QStringLiteral("intoCaseId"), into);
        break;
    }
    case CaseAction::Accept:
        next.acceptedAt = now;
        next.answerDeadline =
            m_calendar.addWorkingHours(now, answerHours(next.urgency, next.field));
        event.data.insert(QStringLiteral("answerDeadline"), toIsoString(next.answerDeadline));
        break;
    case CaseAction::Assign:
        next.assigneeId = idParam(in.params, QStringLiteral("officerId"));
        next.assigneeName = in.assigneeName;
        event.detail = in.assigneeName;
        event.data.insert(QStringLiteral("officerId"), next.assigneeId);
        break;
    case CaseAction::Note:
        event.detail = paramText(in.params, QStringLiteral("text"));
        break;
    case CaseAction::RequestExtension: {
        const QDateTime proposed = timeParameter(in.params, QStringLiteral("proposedDeadline"));
        if (!proposed.isValid())
            return invalid(QStringLiteral("proposedDeadline must be a date (YYYY-MM-DD) or an "
                                          "ISO-8601 time with an offset"));
        if (proposed <= now || (c.answerDeadline.isValid() && proposed <= c.answerDeadline))
            return invalid(QStringLiteral("an extension must move the answer deadline later"));
        ExtensionRequest request;
        request.requestedAt = now;
        request.requestedById = actor.userId;
        request.requestedByName = actor.displayName;
        request.reason = reason;
        request.proposedDeadline = proposed;
        request.previousDeadline = c.answerDeadline;
        next.extensions.append(request);
        event.detail = reason;
        event.data.insert(QStringLiteral("proposedDeadline"), toIsoString(proposed));
        break;
    }
    case CaseAction::GrantExtension:
    case CaseAction::DenyExtension: {
        ExtensionRequest &request = next.extensions.last();
        if (in.action == CaseAction::GrantExtension) {
            QDateTime granted = request.proposedDeadline;
            if (in.params.contains(QStringLiteral("deadline"))) {
                granted = timeParameter(in.params, QStringLiteral("deadline"));
                if (!granted.isValid() ||
                    (c.answerDeadline.isValid() && granted <= c.answerDeadline))
                    return invalid(QStringLiteral("deadline must be a date or time after the "
                                                  "current answer deadline"));
            }
            request.decision = ExtensionRequest::Decision::Granted;
            request.grantedDeadline = granted;
            request.comment = comment;
            next.answerDeadline = granted;
            event.detail = comment;
            event.data.insert(QStringLiteral("deadline"), toIsoString(granted));
        } else {
            request.decision = ExtensionRequest::Decision::Denied;
            request.comment = reason;
            event.detail = reason;
        }
        request.decidedAt = now;
        request.decidedById = actor.userId;
        request.decidedByName = actor.displayName;
        break;
    }
    case CaseAction::DraftReply:
    case CaseAction::SubmitReply:
        // Every version stays in the history: the event carries the whole text.
        next.replyDraft = in.params.value(QStringLiteral("text")).toString().trimmed();
        event.detail = next.replyDraft;
        break;
    case CaseAction::SendBack:
        event.detail = comment;
        break;
    case CaseAction::Approve: {
        const QString edited = in.params.value(QStringLiteral("text")).toString().trimmed();
        const bool changed = !edited.isEmpty() && edited != next.replyDraft;
        if (!edited.isEmpty())
            next.replyDraft = edited;
        if (next.replyDraft.isEmpty())
            return invalid(QStringLiteral("approve needs a reply text"));
        next.replyPublished = next.replyDraft;
        next.replyDraft.clear();
        next.answeredAt = now;
        event.detail = next.replyPublished;
        event.data.insert(QStringLiteral("editedByApprover"), changed);
        break;
    }
    case CaseAction::Rate: {
        const auto rating = ratingFromCode(paramText(in.params, QStringLiteral("rating")));
        if (!rating)
            return invalid(QStringLiteral("rating must be satisfied, acceptable or not_satisfied"));
        next.rating = rating;
        next.ratedAt = now;
        if (*rating != Rating::NotSatisfied) {
            next.status = CaseStatus::Closed;
            next.closedAt = now;
        }
        event.detail = comment;
        event.data.insert(QStringLiteral("rating"), toCode(*rating));
        break;
    }
    case CaseAction::Reopen:
        // A new round of work on the same case: a new answer is due, and rated anew.
        next.reopenCount = c.reopenCount + 1;
        next.answeredAt = {};
        next.closedAt = {};
        next.rating.reset();
        next.ratedAt = {};
        next.answerDeadline =
            m_calendar.addWorkingHours(now, answerHours(next.urgency, next.field));
        event.detail = reason;
        event.data.insert(QStringLiteral("answerDeadline"), toIsoString(next.answerDeadline));
        break;
    case CaseAction::Close:
        next.closedAt = now;
        event.detail = comment;
        break;
    case CaseAction::RevealContact:
        break;
    }
    if (r.to)
        next.status = *r.to;
    next.updatedAt = now;
    next.history.append(event);
    c = std::move(next);
    return {};
}

} // namespace pakn
