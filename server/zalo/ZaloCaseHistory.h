#pragma once

// Writes what happened to a Zalo case's messages into its history, as an
// event "zalo_delivery" by the system (the desk shows its detail like any
// other event; the figures and the workflow rules ignore codes they do not
// know). Each one is a new case version with a feed seq, so synced desks see it.

#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

#include <functional>

namespace pakn::server {

class ZaloCaseHistory
{
public:
    static inline const QString action = QStringLiteral("zalo_delivery");

    ZaloCaseHistory(CaseRepository &cases, ChangeFeed &feed, std::function<QDateTime()> clock);

    // `status`: delivered, failed or outside_reply_window; `detail` in Vietnamese for the desk.
    bool record(CaseId id, const QString &status, const QString &detail);

private:
    CaseRepository &m_cases;
    ChangeFeed &m_feed;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
