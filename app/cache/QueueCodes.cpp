#include "cache/CaseStore.h"

// The queues' stable codes, as saved queues and logs name them.

namespace pakn {

namespace {

const QList<std::pair<Queue, QString>> &queueCodes()
{
    static const QList<std::pair<Queue, QString>> codes = {
        {Queue::AssignedToMe, QStringLiteral("assigned_to_me")},
        {Queue::UnitOpen, QStringLiteral("unit_open")},
        {Queue::AwaitingApproval, QStringLiteral("awaiting_approval")},
        {Queue::NewCases, QStringLiteral("new")},
        {Queue::ToAccept, QStringLiteral("to_accept")},
        {Queue::Closed, QStringLiteral("closed")},
        {Queue::All, QStringLiteral("all")},
        {Queue::DueTodayMine, QStringLiteral("due_today_mine")},
        {Queue::OverdueMine, QStringLiteral("overdue_mine")},
        {Queue::MyDrafts, QStringLiteral("my_drafts")},
        {Queue::SentBack, QStringLiteral("sent_back")},
        {Queue::ToAssign, QStringLiteral("to_assign")},
        {Queue::ExtensionRequests, QStringLiteral("extension_requests")},
        {Queue::Returned, QStringLiteral("returned")},
        {Queue::PossibleDuplicates, QStringLiteral("possible_duplicates")},
        {Queue::Overdue, QStringLiteral("overdue")},
        {Queue::Answered, QStringLiteral("answered")},
        {Queue::ToReview, QStringLiteral("to_review")},
    };
    return codes;
}

} // namespace

QString toCode(Queue q)
{
    for (const auto &[queue, code] : queueCodes())
        if (queue == q)
            return code;
    return {};
}

const QList<Queue> &allQueues()
{
    static const QList<Queue> queues = [] {
        QList<Queue> out;
        for (const auto &[queue, code] : queueCodes())
            out.append(queue);
        return out;
    }();
    return queues;
}

std::optional<Queue> queueFromCode(const QString &code)
{
    for (const auto &[queue, c] : queueCodes())
        if (c == code)
            return queue;
    return std::nullopt;
}

} // namespace pakn
