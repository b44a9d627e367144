#include "files/AttachmentTransfer.h"

#include "ClientLogging.h"
#include "domain/FileSignature.h"
#include "files/DiskWork.h"
#include "net/ApiClient.h"

#include <QTimer>

namespace pakn {

AttachmentTransfer::AttachmentTransfer(ApiClient &api, AttachmentFiles files, QObject *parent)
    : QObject(parent), m_api(api), m_files(std::move(files))
{}

bool AttachmentTransfer::hasThumbnail(const Attachment &a)
{
    const auto type = fileTypeFromContentType(a.contentType);
    return type && isImage(*type);
}

QString AttachmentTransfer::pathFor(CaseId caseId, const Attachment &a, bool thumbnail) const
{
    return QStringLiteral("cases/%1/attachments/%2").arg(caseId).arg(a.id) +
           (thumbnail ? QStringLiteral("/thumbnail") : QString());
}

void AttachmentTransfer::fetchThumbnail(CaseId caseId, const Attachment &a)
{
    const QString sha = a.sha256;
    const QString key = QStringLiteral("t:") + sha;
    if (m_running.contains(key))
        return;
    if (m_files.hasThumbnail(sha) || !hasThumbnail(a)) {
        const bool cached = m_files.hasThumbnail(sha);
        QTimer::singleShot(0, this, [this, sha, cached] {
            if (cached)
                Q_EMIT thumbnailReady(sha, m_files.thumbnailPath(sha));
            else
                Q_EMIT thumbnailFailed(sha, tr("A document has no thumbnail."), false);
        });
        return;
    }
    m_running.insert(key);
    m_api.download(pathFor(caseId, a, true), [this, sha, key](const ApiResult &r) {
        if (!r.ok() || r.bytes.isEmpty()) {
            m_running.remove(key);
            Q_EMIT thumbnailFailed(sha, r.message, r.kind == ApiResult::Kind::Offline);
            return;
        }
        const AttachmentFiles files = m_files;
        runOffThread<QString>(
            this,
            [files, sha, bytes = r.bytes] {
                QString error;
                return files.storeThumbnail(sha, bytes, &error) ? QString() : error;
            },
            [this, sha, key](const QString &error) {
                m_running.remove(key);
                if (error.isEmpty())
                    Q_EMIT thumbnailReady(sha, m_files.thumbnailPath(sha));
                else
                    Q_EMIT thumbnailFailed(sha, error, false);
            });
    });
}

void AttachmentTransfer::fetchFile(CaseId caseId, const Attachment &a)
{
    const QString id = a.id;
    const QString key = QStringLiteral("f:") + id;
    if (m_running.contains(key))
        return;
    if (const QString local = m_files.localPath(a); !local.isEmpty()) {
        QTimer::singleShot(0, this, [this, id, local] { Q_EMIT fileReady(id, local); });
        return;
    }
    m_running.insert(key);
    qCDebug(lcNet) << "downloading attachment" << id << "of case" << caseId;
    m_api.download(
        pathFor(caseId, a, false),
        [this, id, key, sha = a.sha256](const ApiResult &r) {
            if (!r.ok()) {
                m_running.remove(key);
                Q_EMIT fileFailed(id, r.message, r.kind == ApiResult::Kind::Offline);
                return;
            }
            const AttachmentFiles files = m_files;
            runOffThread<QString>(
                this,
                [files, sha, bytes = r.bytes] {
                    QString error;
                    return files.storeFile(sha, bytes, &error) ? QString() : error;
                },
                [this, id, key, sha](const QString &error) {
                    m_running.remove(key);
                    if (error.isEmpty())
                        Q_EMIT fileReady(id, m_files.filePath(sha));
                    else
                        Q_EMIT fileFailed(id, error, false);
                });
        },
        [this, id](qint64 received, qint64 total) { Q_EMIT fileProgress(id, received, total); });
}

} // namespace pakn
