#pragma once

// The closed vocabularies of a case: statuses, roles, channels, urgencies and
// actions, each with the stable code used on the wire and in storage.

#include <QString>
#include <optional>

namespace pakn {

enum class CaseStatus
{
    New,               // chờ phân loại
    PendingAcceptance, // chờ tiếp nhận
    InProgress,        // đang xử lý
    AwaitingApproval,  // chờ phê duyệt
    Answered,          // đã xử lý
    Closed,
    Refused,
    Merged,
};

enum class Role
{
    Coordinator,
    Officer,
    Leader,
    Supervisor,
    Administrator,
    Channel, // a citizen channel's integration account (records ratings; never a person)
};

enum class Channel
{
    Zalo,
    Open311,
    Web,
    Hotline,
    WalkIn
};

enum class Urgency
{
    Normal,
    Urgent,
    Complex
};

enum class CaseAction
{
    Route,
    Refuse,
    Accept,
    Return,
    Transfer,
    Assign,
    Note,
    DraftReply,
    SubmitReply,
    SendBack,
    Approve,
    RequestExtension,
    GrantExtension,
    DenyExtension,
    Rate,
    Reopen,
    Close,
    Merge,
    RevealContact, // a staff member looked at the reporter's phone number (audited)
};

// The citizen's rating of a published answer.
enum class Rating
{
    Satisfied,
    Acceptable,
    NotSatisfied
};

QString toCode(CaseStatus s);
QString toCode(Role r);
QString toCode(Channel c);
QString toCode(Urgency u);
QString toCode(CaseAction a);
QString toCode(Rating r);

std::optional<CaseStatus> caseStatusFromCode(const QString &code);
std::optional<Role> roleFromCode(const QString &code);
std::optional<Channel> channelFromCode(const QString &code);
std::optional<Urgency> urgencyFromCode(const QString &code);
std::optional<CaseAction> caseActionFromCode(const QString &code);
std::optional<Rating> ratingFromCode(const QString &code);

// Every value of each enum, in declaration order (for tables, tests, combo boxes).
const QList<CaseStatus> &allStatuses();
const QList<Role> &allRoles();
const QList<Channel> &allChannels();
const QList<Urgency> &allUrgencies();
const QList<CaseAction> &allActions();
const QList<Rating> &allRatings();

// Statuses in which the case still needs work from somebody.
bool isOpen(CaseStatus s);

// The fields (lĩnh vực) a case can be classified under; codes are stable.
const QStringList &fieldCodes();

} // namespace pakn
