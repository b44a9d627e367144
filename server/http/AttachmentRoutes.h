#pragma once

// The attachment endpoints (docs/API.md, "Attachments"): PUT and DELETE go
// to AttachmentService; the downloads (the file, its thumbnail) are served
// here, to anyone who may read the case, with an ETag (the content's
// SHA-256) so a client that has the file gets a 304.

#include "attachments/AttachmentFiles.h"
#include "attachments/AttachmentService.h"
#include "http/RouteTable.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseRepository.h"

namespace pakn::server {

class AttachmentRoutes
{
public:
    AttachmentRoutes(CaseRepository &cases, AttachmentRepository &attachments,
                     AttachmentFiles &files, AttachmentService &service, qint64 maxFileBytes);

    void addTo(RouteTable &routes);

private:
    ApiReply download(const Caller &caller, CaseId id, const QString &uuid,
                      const QHttpServerRequest &request, bool thumbnail);
    // The attachment if the caller may read its case, else the reply in `failure`.
    std::optional<StoredAttachment> readable(const Caller &caller, CaseId id, const QString &uuid,
                                             ApiReply *failure);

    CaseRepository &m_cases;
    AttachmentRepository &m_attachments;
    AttachmentFiles &m_files;
    AttachmentService &m_service;
    qint64 m_maxFileBytes;
};

} // namespace pakn::server
