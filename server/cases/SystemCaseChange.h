#pragma once

// A change the server makes to a case on its own, for a citizen channel: a
// line in the history by "Hệ thống" (a Zalo delivery status, a photo fetched
// from the citizen), maybe with an attachment. Like any change it is a new
// case version with a feed seq, in one transaction, so synced desks see it.

#include "storage/AttachmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/TransactionGuard.h"

#include <functional>

namespace pakn::server {

class SystemCaseChange
{
public:
    static inline const QString actorName = QStringLiteral("Hệ thống");

    SystemCaseChange(CaseRepository &cases, AttachmentRepository &attachments, ChangeFeed &feed,
                     std::function<QDateTime()> clock);

    // An event by the system on `client` (a channel code); `at` is set here.
    CaseEvent event(const QString &client, const QString &action, const QString &detail,
                    QJsonObject data = {}) const;

    // Appends `event` to the case's history. False when the case is gone or the database failed.
    bool record(CaseId id, CaseEvent event);
    // Adds `attachment` (its file already stored) with `event`, unless the case
    // already has `maxPerCase` attachments. nullopt when done, else why not.
    std::optional<QString> attach(CaseId id, Attachment attachment, CaseEvent event,
                                  int maxPerCase);

private:
    bool save(Case &c, TransactionGuard &transaction);

    CaseRepository &m_cases;
    AttachmentRepository &m_attachments;
    ChangeFeed &m_feed;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
