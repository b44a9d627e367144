#pragma once

// Writes what happened to a Zalo case's messages into its history, as an
// event "zalo_delivery" by the system (the desk shows its detail like any
// other event; the figures and the workflow rules ignore codes they do not
// know). Each one is a new case version with a feed seq, so synced desks see it.

#include "cases/SystemCaseChange.h"

namespace pakn::server {

class ZaloCaseHistory
{
public:
    static inline const QString action = QStringLiteral("zalo_delivery");

    explicit ZaloCaseHistory(SystemCaseChange &changes);

    // `status`: delivered, failed or outside_reply_window; `detail` in Vietnamese for the desk.
    // `data` may add figures (e.g. how many evidence files went); "status" is set here.
    bool record(CaseId id, const QString &status, const QString &detail, QJsonObject data = {});

private:
    SystemCaseChange &m_changes;
};

} // namespace pakn::server
