#include "CaseTypes.h"

#include "Case.h"

#include <QList>
#include <QStringList>
#include <utility>

namespace pakn {
namespace {

template <typename E> struct CodeTable;

template <> struct CodeTable<CaseStatus>
{
    static const QList<std::pair<CaseStatus, QString>> &rows()
    {
        static const QList<std::pair<CaseStatus, QString>> r = {
            {CaseStatus::New, QStringLiteral("new")},
            {CaseStatus::PendingAcceptance, QStringLiteral("pending_acceptance")},
            {CaseStatus::InProgress, QStringLiteral("in_progress")},
            {CaseStatus::AwaitingApproval, QStringLiteral("awaiting_approval")},
            {CaseStatus::Answered, QStringLiteral("answered")},
            {CaseStatus::Closed, QStringLiteral("closed")},
            {CaseStatus::Refused, QStringLiteral("refused")},
            {CaseStatus::Merged, QStringLiteral("merged")},
        };
        return r;
    }
};

template <> struct CodeTable<Role>
{
    static const QList<std::pair<Role, QString>> &rows()
    {
        static const QList<std::pair<Role, QString>> r = {
            {Role::Coordinator, QStringLiteral("coordinator")},
            {Role::Officer, QStringLiteral("officer")},
            {Role::Leader, QStringLiteral("leader")},
            {Role::Supervisor, QStringLiteral("supervisor")},
            {Role::Administrator, QStringLiteral("admin")},
            {Role::Channel, QStringLiteral("channel")},
        };
        return r;
    }
};

template <> struct CodeTable<Channel>
{
    static const QList<std::pair<Channel, QString>> &rows()
    {
        static const QList<std::pair<Channel, QString>> r = {
            {Channel::Zalo, QStringLiteral("zalo")},
            {Channel::Open311, QStringLiteral("open311")},
            {Channel::Web, QStringLiteral("web")},
            {Channel::Hotline, QStringLiteral("hotline")},
            {Channel::WalkIn, QStringLiteral("walk_in")},
        };
        return r;
    }
};

template <> struct CodeTable<Urgency>
{
    static const QList<std::pair<Urgency, QString>> &rows()
    {
        static const QList<std::pair<Urgency, QString>> r = {
            {Urgency::Normal, QStringLiteral("normal")},
            {Urgency::Urgent, QStringLiteral("urgent")},
            {Urgency::Complex, QStringLiteral("complex")},
        };
        return r;
    }
};

template <> struct CodeTable<CaseAction>
{
    static const QList<std::pair<CaseAction, QString>> &rows()
    {
        static const QList<std::pair<CaseAction, QString>> r = {
            {CaseAction::Route, QStringLiteral("route")},
            {CaseAction::Refuse, QStringLiteral("refuse")},
            {CaseAction::Accept, QStringLiteral("accept")},
            {CaseAction::Return, QStringLiteral("return")},
            {CaseAction::Transfer, QStringLiteral("transfer")},
            {CaseAction::Assign, QStringLiteral("assign")},
            {CaseAction::Note, QStringLiteral("note")},
            {CaseAction::DraftReply, QStringLiteral("draft_reply")},
            {CaseAction::SubmitReply, QStringLiteral("submit_reply")},
            {CaseAction::SendBack, QStringLiteral("send_back")},
            {CaseAction::Approve, QStringLiteral("approve")},
            {CaseAction::RequestExtension, QStringLiteral("request_extension")},
            {CaseAction::GrantExtension, QStringLiteral("grant_extension")},
            {CaseAction::DenyExtension, QStringLiteral("deny_extension")},
            {CaseAction::Rate, QStringLiteral("rate")},
            {CaseAction::Reopen, QStringLiteral("reopen")},
            {CaseAction::Close, QStringLiteral("close")},
            {CaseAction::Merge, QStringLiteral("merge")},
            {CaseAction::RevealContact, QStringLiteral("reveal_contact")},
        };
        return r;
    }
};

template <> struct CodeTable<Rating>
{
    static const QList<std::pair<Rating, QString>> &rows()
    {
        static const QList<std::pair<Rating, QString>> r = {
            {Rating::Satisfied, QStringLiteral("satisfied")},
            {Rating::Acceptable, QStringLiteral("acceptable")},
            {Rating::NotSatisfied, QStringLiteral("not_satisfied")},
        };
        return r;
    }
};

template <> struct CodeTable<ExtensionRequest::Decision>
{
    static const QList<std::pair<ExtensionRequest::Decision, QString>> &rows()
    {
        static const QList<std::pair<ExtensionRequest::Decision, QString>> r = {
            {ExtensionRequest::Decision::Pending, QStringLiteral("pending")},
            {ExtensionRequest::Decision::Granted, QStringLiteral("granted")},
            {ExtensionRequest::Decision::Denied, QStringLiteral("denied")},
        };
        return r;
    }
};

template <typename E> QString codeOf(E value)
{
    for (const auto &[v, code] : CodeTable<E>::rows())
        if (v == value)
            return code;
    return {};
}

template <typename E> std::optional<E> valueOf(const QString &code)
{
    for (const auto &[v, c] : CodeTable<E>::rows())
        if (c == code)
            return v;
    return std::nullopt;
}

template <typename E> QList<E> valuesOf()
{
    QList<E> out;
    for (const auto &row : CodeTable<E>::rows())
        out.append(row.first);
    return out;
}

} // namespace

QString toCode(CaseStatus s)
{
    return codeOf(s);
}
QString toCode(Role r)
{
    return codeOf(r);
}
QString toCode(Channel c)
{
    return codeOf(c);
}
QString toCode(Urgency u)
{
    return codeOf(u);
}
QString toCode(CaseAction a)
{
    return codeOf(a);
}
QString toCode(Rating r)
{
    return codeOf(r);
}

std::optional<CaseStatus> caseStatusFromCode(const QString &c)
{
    return valueOf<CaseStatus>(c);
}
std::optional<Role> roleFromCode(const QString &c)
{
    return valueOf<Role>(c);
}
std::optional<Channel> channelFromCode(const QString &c)
{
    return valueOf<Channel>(c);
}
std::optional<Urgency> urgencyFromCode(const QString &c)
{
    return valueOf<Urgency>(c);
}
std::optional<CaseAction> caseActionFromCode(const QString &c)
{
    return valueOf<CaseAction>(c);
}
std::optional<Rating> ratingFromCode(const QString &c)
{
    return valueOf<Rating>(c);
}
QString toCode(ExtensionRequest::Decision d)
{
    return codeOf(d);
}
std::optional<ExtensionRequest::Decision> extensionDecisionFromCode(const QString &c)
{
    return valueOf<ExtensionRequest::Decision>(c);
}

const QList<CaseStatus> &allStatuses()
{
    static const auto v = valuesOf<CaseStatus>();
    return v;
}
const QList<Role> &allRoles()
{
    static const auto v = valuesOf<Role>();
    return v;
}
const QList<Channel> &allChannels()
{
    static const auto v = valuesOf<Channel>();
    return v;
}
const QList<Urgency> &allUrgencies()
{
    static const auto v = valuesOf<Urgency>();
    return v;
}
const QList<CaseAction> &allActions()
{
    static const auto v = valuesOf<CaseAction>();
    return v;
}
const QList<Rating> &allRatings()
{
    static const auto v = valuesOf<Rating>();
    return v;
}

bool isOpen(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
    case CaseStatus::PendingAcceptance:
    case CaseStatus::InProgress:
    case CaseStatus::AwaitingApproval:
        return true;
    default:
        return false;
    }
}

const QStringList &fieldCodes()
{
    static const QStringList codes = {
        QStringLiteral("urban_order"),  QStringLiteral("environment"), QStringLiteral("roads"),
        QStringLiteral("drainage"),     QStringLiteral("lighting"),    QStringLiteral("trees"),
        QStringLiteral("construction"), QStringLiteral("land"),        QStringLiteral("health"),
        QStringLiteral("education"),    QStringLiteral("tourism"),     QStringLiteral("trade"),
        QStringLiteral("other"),
    };
    return codes;
}

} // namespace pakn
