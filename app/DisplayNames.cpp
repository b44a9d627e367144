#include "DisplayNames.h"

#include <QTimeZone>

namespace pakn {

namespace {
// Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset
// avoids depending on the PC's time zone database.
QDateTime inVietnam(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(7 * 3600));
}
} // namespace

QString DisplayNames::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
        return tr("awaiting triage");
    case CaseStatus::PendingAcceptance:
        return tr("awaiting acceptance");
    case CaseStatus::InProgress:
        return tr("in progress");
    case CaseStatus::AwaitingApproval:
        return tr("awaiting approval");
    case CaseStatus::Answered:
        return tr("answered");
    case CaseStatus::Closed:
        return tr("closed");
    case CaseStatus::Refused:
        return tr("refused");
    case CaseStatus::Merged:
        return tr("merged");
    }
    return {};
}

QString DisplayNames::role(Role r)
{
    switch (r) {
    case Role::Coordinator:
        return tr("Coordinator");
    case Role::Officer:
        return tr("Officer");
    case Role::Leader:
        return tr("Unit leader");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Administrator:
        return tr("Administrator");
    case Role::Channel:
        return tr("Citizen channel");
    }
    return {};
}

QString DisplayNames::field(const QString &code)
{
    if (code == QLatin1String("urban_order"))
        return tr("Urban order");
    if (code == QLatin1String("environment"))
        return tr("Environment and waste");
    if (code == QLatin1String("roads"))
        return tr("Roads and traffic");
    if (code == QLatin1String("drainage"))
        return tr("Drainage and flooding");
    if (code == QLatin1String("lighting"))
        return tr("Street lighting");
    if (code == QLatin1String("trees"))
        return tr("Trees");
    if (code == QLatin1String("construction"))
        return tr("Illegal construction");
    if (code == QLatin1String("land"))
        return tr("Land");
    if (code == QLatin1String("health"))
        return tr("Health and food safety");
    if (code == QLatin1String("education"))
        return tr("Education");
    if (code == QLatin1String("tourism"))
        return tr("Tourism");
    if (code == QLatin1String("trade"))
        return tr("Trade");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code; // a field added on the server after this client was built
}

QString DisplayNames::urgency(Urgency u)
{
    switch (u) {
    case Urgency::Normal:
        return tr("Normal");
    case Urgency::Urgent:
        return tr("Urgent");
    case Urgency::Complex:
        return tr("Complex");
    }
    return {};
}

QString DisplayNames::channel(Channel c)
{
    switch (c) {
    case Channel::Zalo:
        return tr("Zalo");
    case Channel::Open311:
        return tr("Open311/app");
    case Channel::Web:
        return tr("Web portal");
    case Channel::Hotline:
        return tr("Hotline");
    case Channel::WalkIn:
        return tr("Walk-in");
    }
    return {};
}

QString DisplayNames::action(CaseAction a)
{
    switch (a) {
    case CaseAction::Route:
        return tr("Route");
    case CaseAction::Refuse:
        return tr("Refuse");
    case CaseAction::Accept:
        return tr("Accept");
    case CaseAction::Return:
        return tr("Return");
    case CaseAction::Transfer:
        return tr("Transfer");
    case CaseAction::Assign:
        return tr("Assign");
    case CaseAction::Note:
        return tr("Note");
    case CaseAction::DraftReply:
        return tr("Save reply draft");
    case CaseAction::SubmitReply:
        return tr("Submit reply for approval");
    case CaseAction::SendBack:
        return tr("Send back");
    case CaseAction::Approve:
        return tr("Approve and publish");
    case CaseAction::RequestExtension:
        return tr("Request extension");
    case CaseAction::GrantExtension:
        return tr("Grant extension");
    case CaseAction::DenyExtension:
        return tr("Deny extension");
    case CaseAction::Rate:
        return tr("Record citizen's rating");
    case CaseAction::Reopen:
        return tr("Reopen");
    case CaseAction::Close:
        return tr("Close");
    case CaseAction::Merge:
        return tr("Merge into another case");
    case CaseAction::RevealContact:
        return tr("Viewed the reporter's phone number");
    }
    return {};
}

QString DisplayNames::rating(Rating r)
{
    switch (r) {
    case Rating::Satisfied:
        return tr("Satisfied");
    case Rating::Acceptable:
        return tr("Acceptable");
    case Rating::NotSatisfied:
        return tr("Not satisfied");
    }
    return {};
}

QString DisplayNames::historyAction(const QString &code)
{
    if (code == QLatin1String("received"))
        return tr("Received");
    if (code == QLatin1String("duplicate_merged"))
        return tr("Duplicate merged in");
    if (code == QLatin1String("attach")) // attach-client: the event detail names the file
        return tr("File attached");
    if (code == QLatin1String("attach_failed")) // a citizen's link the server could not fetch
        return tr("File sent by link not fetched");
    if (code == QLatin1String("detach"))
        return tr("Evidence withdrawn");
    if (code == QLatin1String("zalo_delivery")) // the detail says delivered, failed or why not sent
        return tr("Reply sent through Zalo");
    if (const auto a = caseActionFromCode(code))
        return action(*a);
    return code;
}

QString DisplayNames::outcome(const QString &code)
{
    if (code == QLatin1String("forbidden"))
        return tr("You may not take this action on this case.");
    if (code == QLatin1String("wrong_status"))
        return tr("This action is not possible in the case's current status.");
    if (code == QLatin1String("invalid_params"))
        return tr("Some required information is missing or not valid.");
    if (code == QLatin1String("not_found"))
        return tr("The case is no longer in the local cache.");
    return tr("The action could not be saved.");
}

QString DisplayNames::dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return inVietnam(t).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString DisplayNames::time(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return inVietnam(t).toString(QStringLiteral("HH:mm"));
}

} // namespace pakn
