#pragma once

// The one table that says which role may take which action in which status,
// and what the action changes. The server decides with it; the client uses it
// to show only the allowed actions, to apply them optimistically offline, and
// to know what to do with a queued action when someone else acted first.
// Unit scope (may this user see this case at all) is checked by the caller.

#include "Case.h"
#include "DeadlineCalendar.h"

#include <QJsonObject>
#include <QList>

namespace pakn {

// A condition on the case besides its status.
enum class Precondition
{
    None,
    NoPendingExtension, // at most one extension request waits for a decision
    PendingExtension,   // there is a request to decide on
    NotRated,           // the current answer has no rating yet
};

// What a client does with a queued action when the server answers 409 (the case
// changed since the action was taken) and the action is still allowed on the
// new version. Additive actions (a note, a draft) are sent again on the new
// version; a decision (accept, assign, approve…) is dropped and the user told,
// so that the first decision wins and nobody overrides another unknowingly.
enum class OnConflict
{
    Resend,
    Drop
};

struct ActionRule
{
    CaseAction action;
    QList<Role> roles;
    QList<CaseStatus> from;
    std::optional<CaseStatus> to; // nullopt: the status stays (or depends on params, see rate)
    bool officerMustBeAssignee = false;
    QStringList requiredParams; // non-empty string or positive id parameters
    Precondition precondition = Precondition::None;
    OnConflict onConflict = OnConflict::Drop;
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

    // Role, status, assignment and precondition allow it (parameters are not checked here).
    static ActionOutcome check(const Actor &actor, const Case &c, CaseAction action);
    static QList<CaseAction> allowedActions(const Actor &actor, const Case &c);

    // Checks, validates the parameters and applies the action to `c`: status,
    // fields, deadlines and one appended history event. On error `c` is untouched.
    // The version is not bumped here: the store that saves the case owns it.
    ActionOutcome apply(Case &c, const ActionInput &input, const Actor &actor,
                        const QDateTime &now) const;

    // The event a merge appends to the case that absorbs `duplicate`.
    static CaseEvent duplicateMergedEvent(const Case &duplicate, const Actor &actor,
                                          const QString &client, const QDateTime &now);

    // A time parameter: ISO-8601 with offset, or a date (YYYY-MM-DD) meaning the end of
    // that day's office hours in the calendar's time zone. Invalid when neither.
    QDateTime timeParameter(const QJsonObject &params, const QString &key) const;

    const DeadlineCalendar &calendar() const { return m_calendar; }
    int answerHours(Urgency u, const QString &field) const;

private:
    DeadlineCalendar m_calendar;
    DeadlineRules m_rules;
    QStringList m_fields;
};

} // namespace pakn
