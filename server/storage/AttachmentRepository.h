#pragma once

// The attachments table: the description of each file on a case (the bytes
// are on disk, AttachmentFiles). A withdrawn attachment keeps its row with
// removed_at set, so the history can still name it and its file stays.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <QHash>
#include <optional>

namespace pakn::server {

struct StoredAttachment
{
    Attachment attachment;
    CaseId caseId = 0;
    bool removed = false;
};

class AttachmentRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<StoredAttachment> find(const QString &id);
    // The attachments still on each case (not withdrawn), in upload order.
    QHash<CaseId, QList<Attachment>> current(const QList<CaseId> &ids);
    // How many attachments the case has now (withdrawn ones do not count).
    std::optional<int> countCurrent(CaseId id);

    bool insert(CaseId id, const Attachment &a);
    bool markRemoved(const QString &id, UserId by, const QDateTime &at);
};

} // namespace pakn::server
