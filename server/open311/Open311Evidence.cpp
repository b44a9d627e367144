#include "open311/Open311Evidence.h"

#include "domain/FileSignature.h"

namespace pakn::server {

namespace {

QString extensionOf(const Attachment &a)
{
    const auto type = fileTypeFromContentType(a.contentType);
    return type ? fileExtension(*type) : QString();
}

} // namespace

Open311Evidence::Open311Evidence(CaseRepository &cases, AttachmentRepository &attachments,
                                 const AttachmentFiles &files)
    : m_cases(cases), m_attachments(attachments), m_files(files)
{}

QHash<CaseId, QString> Open311Evidence::urlsFor(const QList<Case> &cases, const QString &root)
{
    QList<CaseId> published;
    for (const Case &c : cases)
        if (!c.replyPublished.isEmpty())
            published.append(c.id);
    QHash<CaseId, QString> urls;
    if (published.isEmpty())
        return urls;
    const auto attachments = m_cases.attachments(published);
    for (auto it = attachments.cbegin(); it != attachments.cend(); ++it) {
        const auto evidence = std::find_if(it->cbegin(), it->cend(), [](const Attachment &a) {
            return a.purpose == Attachment::Purpose::Evidence;
        });
        if (evidence != it->cend())
            urls.insert(it.key(), root + QStringLiteral("media/") + evidence->id +
                                      QLatin1Char('.') + extensionOf(*evidence));
    }
    return urls;
}

ApiReply Open311Evidence::file(const QString &id, const QString &extension)
{
    const ApiReply unknown = ApiReply::notFound(QStringLiteral("Unknown media"));
    const auto stored = m_attachments.find(id.toLower());
    if (!stored || stored->removed || stored->attachment.purpose != Attachment::Purpose::Evidence ||
        extensionOf(stored->attachment) != extension.toLower())
        return m_attachments.failed() ? ApiReply::internal() : unknown;
    const auto c = m_cases.find(stored->caseId);
    if (!c || c->replyPublished.isEmpty())
        return m_cases.failed() ? ApiReply::internal() : unknown;
    auto bytes = m_files.read(stored->attachment.sha256);
    if (!bytes)
        return ApiReply::internal();
    ApiReply reply = ApiReply::raw(std::move(*bytes), stored->attachment.contentType.toUtf8());
    reply.headers.append(
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400")});
    return reply;
}

} // namespace pakn::server
