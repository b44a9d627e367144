#include "attachments/MediaImport.h"

#include "ServerLogging.h"
#include "attachments/AttachmentService.h"
#include "attachments/FileInspection.h"

#include <QLocale>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QUuid>

namespace pakn::server {

namespace {

// The link's last path segment as the file's name, else a plain one with the type's extension.
QString fileNameFor(const QUrl &link, FileType type)
{
    const QString last = link.fileName(QUrl::FullyDecoded).trimmed();
    if (AttachmentService::isFileName(last, 100) && last.contains(QLatin1Char('.')))
        return last;
    return QStringLiteral("tep-cong-dan-gui.") + fileExtension(type);
}

// Why a fetch failed, without the link: Qt's error text names the URL, and a
// signed link (Zalo's image servers) must not reach the log.
QString failureOf(const QNetworkReply &reply, int status)
{
    if (status != 0)
        return QStringLiteral("HTTP %1 %2")
            .arg(status)
            .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return QStringLiteral("the server could not be reached (%1)")
        .arg(QLatin1String(
            QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply.error())));
}

} // namespace

MediaImport::MediaImport(AttachmentFiles &files, SystemCaseChange &changes, AttachmentLimits limits,
                         QObject *parent)
    : QObject(parent), m_files(files), m_changes(changes), m_limits(limits)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void MediaImport::importInto(CaseId id, const QString &client, const QStringList &links)
{
    if (!links.isEmpty())
        next({id, client, links, 0, 0});
}

void MediaImport::next(Job job)
{
    if (job.links.isEmpty()) {
        qCInfo(lcActions) << "fetched" << job.attached << "of" << job.attached + job.failed
                          << "files sent by link for case" << job.id;
        Q_EMIT imported(job.id, job.attached, job.failed);
        return;
    }
    const QUrl link(job.links.takeFirst(), QUrl::StrictMode);
    const QString scheme = link.scheme().toLower();
    if (!link.isValid() || link.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        fetched(std::move(job), link, {}, QStringLiteral("not an http or https link"));
        return;
    }
    QNetworkRequest request(link);
    request.setTransferTimeout(transferTimeoutMs);
    request.setMaximumRedirectsAllowed(3);
    QNetworkReply *reply = m_nam.get(request);
    const qint64 limit = m_limits.maxFileBytes;
    // Stop a file that is too large as soon as it shows, not after it arrived.
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, limit](qint64 received, qint64 total) {
                if (received > limit || total > limit) {
                    reply->setProperty("tooLarge", true);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, link, limit]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooLarge").toBool())
            fetched(std::move(job), link, {},
                    QStringLiteral("larger than %1").arg(QLocale::c().formattedDataSize(limit)));
        else if (reply->error() != QNetworkReply::NoError || status != 200)
            fetched(std::move(job), link, {}, failureOf(*reply, status));
        else
            fetched(std::move(job), link, reply->readAll(), {});
    });
}

void MediaImport::fetched(Job job, const QUrl &link, const QByteArray &bytes, QString error)
{
    if (error.isEmpty())
        if (const auto refused = keep(job, link, bytes))
            error = *refused;
    if (error.isEmpty()) {
        ++job.attached;
    } else {
        ++job.failed;
        // The reason for the log; the desk's line names the link, which the citizen sent.
        qCWarning(lcActions) << "a file sent by link for case" << job.id
                             << "was not attached:" << error;
        m_changes.record(job.id,
                         m_changes.event(job.client, failedAction,
                                         QStringLiteral("Không lấy được tệp công dân gửi "
                                                        "(%1): %2")
                                             .arg(link.toDisplayString().left(300), error)));
    }
    next(std::move(job));
}

std::optional<QString> MediaImport::keep(const Job &job, const QUrl &link, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QStringLiteral("the link gave an empty file");
    if (bytes.size() > m_limits.maxFileBytes)
        return QStringLiteral("larger than %1")
            .arg(QLocale::c().formattedDataSize(m_limits.maxFileBytes));
    const auto inspected = inspectFile(bytes);
    if (const auto *refused = std::get_if<QString>(&inspected))
        return *refused;
    const InspectedFile &file = std::get<InspectedFile>(inspected);
    Attachment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.purpose = Attachment::Purpose::Report;
    a.fileName = fileNameFor(link, file.type);
    a.contentType = contentType(file.type);
    a.size = bytes.size();
    a.sha256 = AttachmentFiles::sha256Hex(bytes);
    if (file.image) {
        a.width = file.image->width;
        a.height = file.image->height;
    }
    QString error;
    if (!m_files.storeWithThumbnail(a.sha256, bytes,
                                    file.image ? file.image->thumbnailJpeg : QByteArray(), &error))
        return QStringLiteral("the file could not be stored");
    const CaseEvent e = m_changes.event(job.client, QStringLiteral("attach"), a.fileName,
                                        AttachmentService::attachedData(a));
    return m_changes.attach(job.id, a, e, m_limits.maxPerCase);
}

} // namespace pakn::server
