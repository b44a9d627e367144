#include "attachments/AttachmentRules.h"

namespace pakn::server::AttachmentRules {

namespace {

bool staffOfTheUnit(const Actor &actor, const Case &c)
{
    return (actor.role == Role::Officer || actor.role == Role::Leader) && actor.unitId == c.unitId;
}

// Evidence goes out with the reply, so it can change only until the reply is published.
bool replyBeingWritten(const Case &c)
{
    return c.status == CaseStatus::InProgress || c.status == CaseStatus::AwaitingApproval;
}

bool finished(const Case &c)
{
    return c.status == CaseStatus::Closed || c.status == CaseStatus::Refused ||
           c.status == CaseStatus::Merged;
}

} // namespace

std::optional<QString> whyNotAttach(const Actor &actor, const Case &c, Attachment::Purpose purpose)
{
    if (purpose == Attachment::Purpose::Evidence) {
        if (!staffOfTheUnit(actor, c))
            return QStringLiteral("Only the officers and leaders of the case's unit can attach "
                                  "evidence to its reply");
        if (!replyBeingWritten(c))
            return QStringLiteral("Evidence can be attached only while the reply is being "
                                  "written or awaits approval; this case is %1")
                .arg(toCode(c.status));
        return std::nullopt;
    }
    if (actor.role == Role::Coordinator || actor.role == Role::Channel)
        return std::nullopt;
    if (!staffOfTheUnit(actor, c))
        return QStringLiteral("Only coordinators and the officers and leaders of the case's unit "
                              "can attach files to it");
    if (finished(c))
        return QStringLiteral("The case is %1; files can no longer be attached to it")
            .arg(toCode(c.status));
    return std::nullopt;
}

std::optional<QString> whyNotWithdraw(const Actor &actor, const Case &c, const Attachment &a)
{
    if (a.purpose != Attachment::Purpose::Evidence)
        return QStringLiteral("A report's files are part of the case's record and cannot be "
                              "withdrawn");
    const bool leader = actor.role == Role::Leader && actor.unitId == c.unitId;
    if (a.uploadedById != actor.userId && !leader)
        return QStringLiteral("Only whoever attached the evidence or a leader of the case's unit "
                              "can withdraw it");
    if (!replyBeingWritten(c))
        return QStringLiteral("The reply is published; its evidence can no longer be withdrawn");
    return std::nullopt;
}

} // namespace pakn::server::AttachmentRules
