#pragma once

// Downloads attachments into the file cache: thumbnails (JPEG made by the
// server; PDFs have none) and full files on demand, each checked and written
// off the calling thread. A download already running is not started twice;
// anything already cached is reported ready at once (asynchronously, like a
// download). Uses the caller's ApiClient, so it lives on its thread.

#include "domain/Attachment.h"
#include "domain/Case.h"
#include "files/AttachmentFiles.h"

#include <QObject>
#include <QSet>

namespace pakn {

class ApiClient;

class AttachmentTransfer : public QObject
{
    Q_OBJECT
public:
    AttachmentTransfer(ApiClient &api, AttachmentFiles files, QObject *parent = nullptr);

    const AttachmentFiles &files() const { return m_files; }
    static bool hasThumbnail(const Attachment &a); // images only

    void fetchThumbnail(CaseId caseId, const Attachment &a);
    void fetchFile(CaseId caseId, const Attachment &a);
    int running() const { return int(m_running.size()); }

Q_SIGNALS:
    void thumbnailReady(const QString &sha256, const QString &path);
    // `offline`: the server could not be reached (the user may try again later).
    void thumbnailFailed(const QString &sha256, const QString &message, bool offline);
    void fileProgress(const QString &attachmentId, qint64 received, qint64 total);
    void fileReady(const QString &attachmentId, const QString &path);
    void fileFailed(const QString &attachmentId, const QString &message, bool offline);

private:
    QString pathFor(CaseId caseId, const Attachment &a, bool thumbnail) const;

    ApiClient &m_api;
    AttachmentFiles m_files;
    QSet<QString> m_running; // "t:<sha>" thumbnails, "f:<id>" files
};

} // namespace pakn
