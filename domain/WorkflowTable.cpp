// The rule table of DOMAIN.md's lifecycle: who may do what, in which status,
// and where it leads. Effects beyond the status live in WorkflowRules::apply.

#include "WorkflowRules.h"

namespace pakn {

namespace {
using S = CaseStatus;
using R = Role;
using P = Precondition;
using C = OnConflict;
} // namespace

const QList<ActionRule> &WorkflowRules::table()
{
    static const QList<S> working = {S::New, S::PendingAcceptance, S::InProgress,
                                     S::AwaitingApproval, S::Answered};
    static const QList<ActionRule> rules = {
        // Triage by the city's coordinators.
        {.action = CaseAction::Route,
         .roles = {R::Coordinator},
         .from = {S::New},
         .to = S::PendingAcceptance,
         .requiredParams = {QStringLiteral("unitId")}},
        {.action = CaseAction::Refuse,
         .roles = {R::Coordinator},
         .from = {S::New},
         .to = S::Refused,
         .requiredParams = {QStringLiteral("reason")}},
        {.action = CaseAction::Merge,
         .roles = {R::Coordinator},
         .from = {S::New, S::PendingAcceptance},
         .to = S::Merged,
         .requiredParams = {QStringLiteral("intoCaseId")}},
        // The unit takes it in, or sends it away.
        {.action = CaseAction::Accept,
         .roles = {R::Leader},
         .from = {S::PendingAcceptance},
         .to = S::InProgress},
        {.action = CaseAction::Return,
         .roles = {R::Leader},
         .from = {S::PendingAcceptance},
         .to = S::New,
         .requiredParams = {QStringLiteral("reason")}},
        {.action = CaseAction::Transfer,
         .roles = {R::Leader},
         .from = {S::PendingAcceptance, S::InProgress},
         .to = S::PendingAcceptance,
         .requiredParams = {QStringLiteral("unitId"), QStringLiteral("reason")}},
        // Work on it.
        {.action = CaseAction::Assign,
         .roles = {R::Leader},
         .from = {S::InProgress},
         .requiredParams = {QStringLiteral("officerId")}},
        {.action = CaseAction::Note,
         .roles = {R::Coordinator, R::Leader, R::Officer},
         .from = working,
         .requiredParams = {QStringLiteral("text")},
         .onConflict = C::Resend},
        {.action = CaseAction::RequestExtension,
         .roles = {R::Leader, R::Officer},
         .from = {S::InProgress},
         .officerMustBeAssignee = true,
         .requiredParams = {QStringLiteral("reason"), QStringLiteral("proposedDeadline")},
         .precondition = P::NoPendingExtension,
         .onConflict = C::Resend},
        {.action = CaseAction::GrantExtension,
         .roles = {R::Leader},
         .from = {S::InProgress, S::AwaitingApproval},
         .precondition = P::PendingExtension},
        {.action = CaseAction::DenyExtension,
         .roles = {R::Leader},
         .from = {S::InProgress, S::AwaitingApproval},
         .requiredParams = {QStringLiteral("reason")},
         .precondition = P::PendingExtension},
        // The reply and its approval.
        {.action = CaseAction::DraftReply,
         .roles = {R::Leader, R::Officer},
         .from = {S::InProgress},
         .officerMustBeAssignee = true,
         .requiredParams = {QStringLiteral("text")},
         .onConflict = C::Resend},
        {.action = CaseAction::SubmitReply,
         .roles = {R::Leader, R::Officer},
         .from = {S::InProgress},
         .to = S::AwaitingApproval,
         .officerMustBeAssignee = true,
         .requiredParams = {QStringLiteral("text")},
         .onConflict = C::Resend},
        {.action = CaseAction::SendBack,
         .roles = {R::Leader},
         .from = {S::AwaitingApproval},
         .to = S::InProgress,
         .requiredParams = {QStringLiteral("comment")}},
        {.action = CaseAction::Approve,
         .roles = {R::Leader},
         .from = {S::AwaitingApproval},
         .to = S::Answered},
        // After the answer: the citizen's rating (satisfied or acceptable closes
        // the case; not satisfied leaves it answered for a reopen), reopen, close.
        {.action = CaseAction::Rate,
         .roles = {R::Channel, R::Coordinator},
         .from = {S::Answered},
         .requiredParams = {QStringLiteral("rating")},
         .precondition = P::NotRated,
         .onConflict = C::Resend},
        {.action = CaseAction::Reopen,
         .roles = {R::Coordinator, R::Leader},
         .from = {S::Answered, S::Closed},
         .to = S::InProgress,
         .requiredParams = {QStringLiteral("reason")}},
        {.action = CaseAction::Close,
         .roles = {R::Coordinator, R::Leader},
         .from = {S::Answered},
         .to = S::Closed},
        // Reading the reporter's phone number is recorded in the history (who, when).
        {.action = CaseAction::RevealContact,
         .roles = {R::Coordinator, R::Leader, R::Officer},
         .from = allStatuses(),
         .onConflict = C::Resend},
    };
    return rules;
}

} // namespace pakn
