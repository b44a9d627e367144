#pragma once

// A published reply's evidence for Open311 clients: once a case's reply is
// out, its request's `media_url` is the first evidence file, served publicly
// at /open311/v2/media/{attachment id}.{extension} — and only such a file:
// the citizen's own photos, other cases' files and evidence of a reply not
// yet published all answer 404, as an unknown file does.

#include "attachments/AttachmentFiles.h"
#include "http/ApiReply.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseRepository.h"

namespace pakn::server {

class Open311Evidence
{
public:
    Open311Evidence(CaseRepository &cases, AttachmentRepository &attachments,
                    const AttachmentFiles &files);

    // The evidence link of each published case among `cases`, under `root`
    // ("https://host/open311/v2/"); cases without one are left out.
    QHash<CaseId, QString> urlsFor(const QList<Case> &cases, const QString &root);
    // The file at media/{id}.{extension}, or a 404.
    ApiReply file(const QString &id, const QString &extension);

private:
    CaseRepository &m_cases;
    AttachmentRepository &m_attachments;
    const AttachmentFiles &m_files;
};

} // namespace pakn::server
