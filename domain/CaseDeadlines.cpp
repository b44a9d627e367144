#include "CaseDeadlines.h"

namespace pakn {

namespace {

DeadlineState stateOf(const QDateTime &deadline, const QDateTime &doneAt, bool waiting,
                      const QDateTime &now)
{
    if (!deadline.isValid())
        return DeadlineState::None;
    if (doneAt.isValid())
        return doneAt <= deadline ? DeadlineState::Met : DeadlineState::Missed;
    if (!waiting)
        return DeadlineState::None;
    return now > deadline ? DeadlineState::Overdue : DeadlineState::Running;
}

bool answered(const Case &c)
{
    return c.status == CaseStatus::Answered || c.status == CaseStatus::Closed;
}

} // namespace

DeadlineState acceptState(const Case &c, const QDateTime &now)
{
    return stateOf(c.acceptDeadline, c.acceptedAt, c.status == CaseStatus::PendingAcceptance, now);
}

DeadlineState answerState(const Case &c, const QDateTime &now)
{
    // Answered means published: a reply waiting for approval is not an answer yet.
    return stateOf(c.answerDeadline, answered(c) ? c.answeredAt : QDateTime(), isOpen(c.status),
                   now);
}

std::optional<bool> acceptedOnTime(const Case &c)
{
    const DeadlineState s = acceptState(c, {});
    if (s == DeadlineState::Met || s == DeadlineState::Missed)
        return s == DeadlineState::Met;
    return std::nullopt;
}

std::optional<bool> answeredOnTime(const Case &c)
{
    const DeadlineState s = answerState(c, {});
    if (s == DeadlineState::Met || s == DeadlineState::Missed)
        return s == DeadlineState::Met;
    return std::nullopt;
}

} // namespace pakn
