#pragma once

// The photos and documents a citizen sends through a channel as links (a
// Zalo image message's URL, an Open311 `media_url`) become attachments of
// their case: fetched in the background once the case exists, checked like
// an upload (size limit, magic bytes, an image that decodes), stored on disk
// and added as the citizen's (purpose "report") by the system. A link that
// cannot be fetched or is not an accepted file leaves a line in the case's
// history saying so; the link itself stays in the description either way.
// Only http and https links are fetched, at most `maxFileBytes` of them, with
// a time limit and few redirects.

#include "attachments/AttachmentFiles.h"
#include "cases/SystemCaseChange.h"
#include "domain/Attachment.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace pakn::server {

class MediaImport : public QObject
{
    Q_OBJECT
public:
    static inline const QString failedAction = QStringLiteral("attach_failed");
    static constexpr int transferTimeoutMs = 30000;

    MediaImport(AttachmentFiles &files, SystemCaseChange &changes, AttachmentLimits limits,
                QObject *parent = nullptr);

    // Fetches each link, one after another, and attaches it to case `id`; `client`
    // is the channel's code, as the history shows it.
    void importInto(CaseId id, const QString &client, const QStringList &links);

Q_SIGNALS:
    void imported(CaseId id, int attached, int failed); // for the tests and the log

private:
    struct Job
    {
        CaseId id = 0;
        QString client;
        QStringList links;
        int attached = 0;
        int failed = 0;
    };
    void next(Job job);
    void fetched(Job job, const QUrl &link, const QByteArray &bytes, QString error);
    std::optional<QString> keep(const Job &job, const QUrl &link, const QByteArray &bytes);

    AttachmentFiles &m_files;
    SystemCaseChange &m_changes;
    AttachmentLimits m_limits;
    QNetworkAccessManager m_nam;
};

} // namespace pakn::server
