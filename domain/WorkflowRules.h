#pragma once

// The one table that says which role may take which action in which status,
// and what the action changes. The server decides with it; the client uses it
// to show only the allowed actions and to apply them optimistically offline.
// Unit scope (may this user see this case at all) is checked by the caller.

#include "Case.h"
#include "DeadlineCalendar.h"

#include <QJsonObject>
#include <QList>

namespace pakn {

struct ActionRule
{
    CaseAction action;
    QList<Role> roles;
    QList<CaseStatus> from;
    std::optional<CaseStatus> to; // nullopt: the status stays
    bool officerMustBeAssignee = false;
    QStringList requiredParams; // non-empty string or positive id parameters
};

// What the caller resolved for the action's parameters (names for history and display).
struct ActionInput
{
    CaseAction action = CaseAction::Note;
    QJsonObject params;
    QString unitName;     // for route/transfer: the target unit's name
    QString assigneeName; // for assign: the officer's name
    QString client;       // which client sent it, for the history
};

struct ActionOutcome
{
    enum class Error
    {
        None,
        Forbidden,
        WrongStatus,
        InvalidParams
    };
    Error error = Error::None;
    QString message; // English, for logs and the API; clients show their own words by code
    bool ok() const { return error == Error::None; }
    QString code() const;
};

class WorkflowRules
{
public:
    // `fields`: the field codes a case may be routed under (reference data).
    explicit WorkflowRules(DeadlineCalendar calendar = {}, DeadlineRules rules = {},
                           QStringList fields = fieldCodes());

    static const QList<ActionRule> &table();
    static const ActionRule &rule(CaseAction action);

    // Role, status and assignment allow it (parameters are not checked here).
    static ActionOutcome check(const Actor &actor, const Case &c, CaseAction action);
    static QList<CaseAction> allowedActions(const Actor &actor, const Case &c);

    // Checks, validates the parameters and applies the action to `c`: status,
    // fields, deadlines and one appended history event. On error `c` is untouched.
    // The version is not bumped here: the store that saves the case owns it.
    ActionOutcome apply(Case &c, const ActionInput &input, const Actor &actor,
                        const QDateTime &now) const;

    const DeadlineCalendar &calendar() const { return m_calendar; }
    int answerHours(Urgency u, const QString &field) const;

private:
    DeadlineCalendar m_calendar;
    DeadlineRules m_rules;
    QStringList m_fields;
};

} // namespace pakn
