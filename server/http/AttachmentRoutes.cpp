#include "http/AttachmentRoutes.h"

#include "ServerLogging.h"

#include <QUrl>

namespace pakn::server {

namespace {

// RFC 6266/5987: the name survives any characters, and no quote or line break
// can end the header early.
QByteArray contentDisposition(const QString &fileName)
{
    return QByteArrayLiteral("attachment; filename*=UTF-8''") + QUrl::toPercentEncoding(fileName);
}

bool alreadyHeld(const QHttpServerRequest &request, const QByteArray &etag)
{
    const QByteArray held = request.value(QByteArrayLiteral("If-None-Match"));
    if (held.trimmed() == "*")
        return true;
    for (const QByteArray &each : held.split(','))
        if (each.trimmed() == etag)
            return true;
    return false;
}

} // namespace

AttachmentRoutes::AttachmentRoutes(CaseRepository &cases, AttachmentRepository &attachments,
                                   AttachmentFiles &files, AttachmentService &service,
                                   qint64 maxFileBytes)
    : m_cases(cases), m_attachments(attachments), m_files(files), m_service(service),
      m_maxFileBytes(maxFileBytes)
{}

void AttachmentRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    const QString path = QStringLiteral("/api/v1/cases/<arg>/attachments/<arg>");
    routes.addWithIdAndText(
        M::Put, path,
        [this](const Caller &c, qint64 id, const QString &uuid, const QHttpServerRequest &r) {
            return m_service.upload(c, id, uuid, r.query(), r.body());
        },
        m_maxFileBytes);
    routes.addWithIdAndText(
        M::Get, path,
        [this](const Caller &c, qint64 id, const QString &uuid, const QHttpServerRequest &r) {
            return download(c, id, uuid, r, false);
        });
    routes.addWithIdAndText(
        M::Get, path + QStringLiteral("/thumbnail"),
        [this](const Caller &c, qint64 id, const QString &uuid, const QHttpServerRequest &r) {
            return download(c, id, uuid, r, true);
        });
    routes.addWithIdAndText(
        M::Delete, path,
        [this](const Caller &c, qint64 id, const QString &uuid, const QHttpServerRequest &) {
            return m_service.withdraw(c, id, uuid);
        });
}

std::optional<StoredAttachment> AttachmentRoutes::readable(const Caller &caller, CaseId id,
                                                           const QString &uuid, ApiReply *failure)
{
    const auto found = m_cases.find(id, false);
    if (!found || !caller.scope.contains(found->unitId)) {
        *failure = !found && m_cases.failed() ? ApiReply::internal()
                                              : ApiReply::notFound(QStringLiteral("No such case"));
        return std::nullopt;
    }
    // A withdrawn attachment is still served: the case's history names it.
    auto stored = m_attachments.find(AttachmentService::canonicalUuid(uuid));
    if (!stored || stored->caseId != id) {
        *failure = !stored && m_attachments.failed()
                       ? ApiReply::internal()
                       : ApiReply::notFound(QStringLiteral("The case has no such attachment"));
        return std::nullopt;
    }
    return stored;
}

ApiReply AttachmentRoutes::download(const Caller &caller, CaseId id, const QString &uuid,
                                    const QHttpServerRequest &request, bool thumbnail)
{
    ApiReply failure;
    const auto stored = readable(caller, id, uuid, &failure);
    if (!stored)
        return failure;
    const Attachment &a = stored->attachment;
    if (thumbnail && (a.width == 0 || a.height == 0))
        return ApiReply::error(
            404, QStringLiteral("no_thumbnail"),
            QStringLiteral("Only images have thumbnails; this is %1").arg(a.contentType));
    // The thumbnail's ETag differs from the file's: a cache may hold both.
    const QByteArray etag = '"' + a.sha256.toLatin1() + (thumbnail ? "-thumb\"" : "\"");
    ApiReply reply;
    if (alreadyHeld(request, etag)) {
        reply.status = 304;
    } else {
        const auto bytes = thumbnail ? m_files.readThumbnail(a.sha256) : m_files.read(a.sha256);
        if (!bytes) {
            qCCritical(lcStorage) << "the file of attachment" << a.id << "is missing";
            return ApiReply::internal();
        }
        reply = ApiReply::raw(*bytes, thumbnail ? QByteArrayLiteral("image/jpeg")
                                                : a.contentType.toLatin1());
        if (!thumbnail)
            reply.headers.append(
                {QByteArrayLiteral("Content-Disposition"), contentDisposition(a.fileName)});
    }
    reply.etag = etag;
    reply.headers.append({QByteArrayLiteral("Cache-Control"),
                          QByteArrayLiteral("private, max-age=31536000, immutable")});
    return reply;
}

} // namespace pakn::server
