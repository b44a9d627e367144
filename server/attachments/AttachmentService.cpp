#include "attachments/AttachmentService.h"

#include "ServerLogging.h"
#include "attachments/AttachmentRules.h"
#include "attachments/FileInspection.h"
#include "cases/NextVersion.h"
#include "http/CaseJsonWriter.h"
#include "storage/TransactionGuard.h"

#include <QUuid>

namespace pakn::server {

namespace {

ApiReply noSuchCase()
{
    return ApiReply::notFound(QStringLiteral("No such case"));
}

// {"attachment": …, "case": …}
ApiReply answer(int status, const Attachment &a, const Case &c)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("attachment"));
    writeAttachment(w, a);
    w.key(QLatin1StringView("case"));
    writeCase(w, c);
    w.endObject();
    return {status, w.take()};
}

// The file name as shown and offered for "Save as": without any directories.
std::optional<QString> fileNameOf(const QUrlQuery &query, ApiReply *failure)
{
    QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded).trimmed();
    name =
        name.mid(qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1);
    if (!AttachmentService::isFileName(name)) {
        *failure = ApiReply::badRequest(
            QStringLiteral("\"name\" must be the file's name, 1 to %1 characters without control "
                           "characters")
                .arg(AttachmentService::maxNameLength));
        return std::nullopt;
    }
    return name;
}

} // namespace

AttachmentService::AttachmentService(AttachmentStores stores, AttachmentLimits limits,
                                     std::function<QDateTime()> clock)
    : m_stores(stores), m_limits(limits), m_clock(std::move(clock))
{}

QJsonObject AttachmentService::attachedData(const Attachment &a)
{
    return {{QStringLiteral("attachmentId"), a.id},
            {QStringLiteral("purpose"), toCode(a.purpose)},
            {QStringLiteral("fileName"), a.fileName},
            {QStringLiteral("contentType"), a.contentType},
            {QStringLiteral("size"), a.size}};
}

bool AttachmentService::isFileName(const QString &name, qsizetype maxLength)
{
    return !name.isEmpty() && name.size() <= maxLength &&
           std::none_of(name.cbegin(), name.cend(),
                        [](QChar ch) { return ch.category() == QChar::Other_Control; });
}

QString AttachmentService::canonicalUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    const QString canonical = uuid.toString(QUuid::WithoutBraces);
    return !uuid.isNull() && canonical == text.toLower() ? canonical : QString();
}

ApiReply AttachmentService::upload(const Caller &caller, CaseId id, const QString &uuid,
                                   const QUrlQuery &query, const QByteArray &body)
{
    Attachment a;
    a.id = canonicalUuid(uuid);
    if (a.id.isEmpty())
        return ApiReply::badRequest(QStringLiteral("The attachment's id must be a UUID"));
    const auto purpose = attachmentPurposeFromCode(query.queryItemValue(QStringLiteral("purpose")));
    if (!purpose)
        return ApiReply::badRequest(QStringLiteral("\"purpose\" must be report or evidence"));
    a.purpose = *purpose;
    ApiReply failure;
    const auto name = fileNameOf(query, &failure);
    if (!name)
        return failure;
    a.fileName = *name;
    if (body.isEmpty())
        return ApiReply::badRequest(
            QStringLiteral("The body must be the file's bytes; it is empty"));
    if (body.size() > m_limits.maxFileBytes)
        return ApiReply::tooLarge(m_limits.maxFileBytes);
    a.size = body.size();
    a.sha256 = AttachmentFiles::sha256Hex(body);

    // Before the file is read: a refusal should not wait for an image to decode.
    if (Check early = check(caller, id, a); early.reply)
        return *early.reply;
    const auto inspected = inspectFile(body);
    if (const auto *refused = std::get_if<QString>(&inspected))
        return ApiReply::error(415, QStringLiteral("unsupported_type"), *refused);
    const std::optional<ImageFacts> &image = std::get<InspectedFile>(inspected).image;
    a.contentType = contentType(std::get<InspectedFile>(inspected).type);
    if (image) {
        a.width = image->width;
        a.height = image->height;
    }
    // Stored again after a lost race: the first answer, or the upload on the new version.
    return retriedAfterLostRace([&] { return storeOnce(caller, id, a, body, image); });
}

ApiReply AttachmentService::storeOnce(const Caller &caller, CaseId id, Attachment a,
                                      const QByteArray &body,
                                      const std::optional<ImageFacts> &image)
{
    TransactionGuard transaction(m_stores.cases.database());
    if (!transaction.isActive())
        return ApiReply::internal();
    Check checked = check(caller, id, a);
    if (checked.reply)
        return *checked.reply;
    // The files first: a row must never name a file that is not there. A file
    // whose row then fails to commit is only an unused file.
    QString error;
    if (!m_stores.files.storeWithThumbnail(a.sha256, body,
                                           image ? image->thumbnailJpeg : QByteArray(), &error))
        return ApiReply::internal();
    a.uploadedAt = m_clock();
    a.uploadedById = caller.account.id;
    a.uploadedByName = caller.account.displayName;
    Case next = std::move(*checked.current);
    next.history.append(event(caller, QStringLiteral("attach"), a.fileName, attachedData(a)));
    next.attachments.append(a);
    // The attachment's row before the new version: saving writes the case's feed JSON.
    if (!m_stores.attachments.insert(id, a) || !save(next) || !transaction.commit()) {
        qCWarning(lcActions) << "could not store attachment" << a.id << "on case" << id;
        return ApiReply::internal();
    }
    qCInfo(lcActions) << caller.account.login << "attached" << a.contentType << a.size
                      << "bytes to case" << id;
    return answer(201, a, next);
}

AttachmentService::Check AttachmentService::check(const Caller &caller, CaseId id,
                                                  const Attachment &upload)
{
    Check c;
    findCase(caller, id, c);
    if (c.reply)
        return c;
    const auto existing = m_stores.attachments.find(upload.id);
    if (!existing && m_stores.attachments.failed()) {
        c.reply = ApiReply::internal();
        return c;
    }
    if (existing) {
        // An offline client's retry gets its first answer again; anything else is a clash.
        const bool retry = existing->caseId == id && existing->attachment.sha256 == upload.sha256;
        c.reply = retry ? answer(200, existing->attachment, *c.current)
                        : ApiReply::error(409, QStringLiteral("attachment_conflict"),
                                          QStringLiteral("Another file was already uploaded with "
                                                         "this attachment id"));
        return c;
    }
    if (const auto why =
            AttachmentRules::whyNotAttach(caller.actor(), *c.current, upload.purpose)) {
        c.reply = ApiReply::error(403, QStringLiteral("forbidden"), *why);
        return c;
    }
    const auto count = m_stores.attachments.countCurrent(id);
    if (!count)
        c.reply = ApiReply::internal();
    else if (*count >= m_limits.maxPerCase)
        c.reply = ApiReply::error(
            422, QStringLiteral("attachment_limit"),
            QStringLiteral("The case already has %1 attachments, the most it can have")
                .arg(m_limits.maxPerCase));
    return c;
}

void AttachmentService::findCase(const Caller &caller, CaseId id, Check &check)
{
    check.current = m_stores.cases.find(id);
    // Another unit's case answers exactly like a missing one: ids reveal nothing.
    if (!check.current)
        check.reply = m_stores.cases.failed() ? ApiReply::internal() : noSuchCase();
    else if (!caller.scope.contains(check.current->unitId))
        check.reply = noSuchCase();
}

ApiReply AttachmentService::withdraw(const Caller &caller, CaseId id, const QString &uuid)
{
    TransactionGuard transaction(m_stores.cases.database());
    if (!transaction.isActive())
        return ApiReply::internal();
    Check c;
    findCase(caller, id, c);
    if (c.reply)
        return *c.reply;
    const auto existing = m_stores.attachments.find(canonicalUuid(uuid));
    if (!existing && m_stores.attachments.failed())
        return ApiReply::internal();
    if (!existing || existing->caseId != id || existing->removed)
        return ApiReply::notFound(QStringLiteral("The case has no such attachment"));
    const Attachment &a = existing->attachment;
    if (const auto why = AttachmentRules::whyNotWithdraw(caller.actor(), *c.current, a))
        return ApiReply::error(403, QStringLiteral("forbidden"), *why);

    Case next = std::move(*c.current);
    next.history.append(event(caller, QStringLiteral("detach"), a.fileName,
                              {{QStringLiteral("attachmentId"), a.id}}));
    next.attachments.removeIf([&](const Attachment &each) { return each.id == a.id; });
    if (!m_stores.attachments.markRemoved(a.id, caller.account.id, m_clock()) || !save(next) ||
        !transaction.commit()) {
        qCWarning(lcActions) << "could not withdraw attachment" << a.id << "from case" << id;
        return ApiReply::internal();
    }
    qCInfo(lcActions) << caller.account.login << "withdrew an attachment from case" << id;
    return {200, caseReplyBody(next)};
}

CaseEvent AttachmentService::event(const Caller &caller, const QString &action,
                                   const QString &detail, QJsonObject data) const
{
    CaseEvent e;
    e.at = m_clock();
    e.actorId = caller.account.id;
    e.actorName = caller.account.displayName;
    e.action = action;
    e.detail = detail;
    e.client = caller.client;
    e.data = std::move(data);
    return e;
}

// The case's new version under a new feed seq, with its one new event.
bool AttachmentService::save(Case &next)
{
    return storeNextVersion(m_stores.cases, m_stores.feed, next, m_clock());
}

} // namespace pakn::server
