#pragma once

// Closes answered cases that no citizen rated within a number of days
// (DOMAIN.md: a case is closed after its rating, or N days without one). The
// server acts as "Hệ thống" through the same rule table as people do, so the
// close is an ordinary event in the history and a change in the feed.

#include "domain/WorkflowRules.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

#include <functional>

namespace pakn::server {

class AnswerAutoCloser
{
public:
    AnswerAutoCloser(CaseRepository &cases, ChangeFeed &feed, const WorkflowRules &rules,
                     std::function<QDateTime()> clock, int days);

    // Closes every case answered more than `days` ago and still unrated, each in
    // its own transaction. The number closed, or -1 when storage failed.
    int closeDue();

private:
    bool close(CaseId id, const QDateTime &now);

    CaseRepository &m_cases;
    ChangeFeed &m_feed;
    const WorkflowRules &m_rules;
    std::function<QDateTime()> m_clock;
    int m_days;
};

} // namespace pakn::server
