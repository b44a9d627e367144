#include "CliAttachments.h"

#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "files/AttachmentQueue.h"
#include "files/AttachmentTransfer.h"
#include "net/ApiClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

namespace pakn {

namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2, kQueued = 75;

CaseId caseIdFrom(const QString &text)
{
    bool ok = false;
    const CaseId id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

CliAttachments::CliAttachments(const ClientProfile &profile, QByteArray token, const CliOutput &out,
                               QString clientName)
    : m_profile(profile), m_token(std::move(token)), m_out(out), m_client(std::move(clientName))
{}

int CliAttachments::attach(const QStringList &argsIn, const SyncRound &syncRound)
{
    QStringList args = argsIn;
    const bool evidence = args.removeAll(QStringLiteral("--evidence")) > 0;
    const CaseId id = args.isEmpty() ? 0 : caseIdFrom(args.takeFirst());
    if (id == 0 || args.isEmpty()) {
        m_out.error(QStringLiteral("attach needs a case id and one or more files"));
        return kUsage;
    }
    const auto purpose = evidence ? Attachment::Purpose::Evidence : Attachment::Purpose::Report;
    QString error;
    QJsonArray attached;
    int failures = 0;
    {
        auto db = CacheDatabase::open(m_profile.cachePath(), QStringLiteral("cli"), &error);
        if (!db) {
            m_out.error(error);
            return kFailed;
        }
        const AttachmentQueue queue(db->db(), AttachmentFiles(m_profile.directory()));
        for (const QString &path : std::as_const(args)) {
            const auto file = AttachmentQueue::prepare(path, purpose, {}, &error);
            const auto a = file ? queue.queue(id, *file, &error) : std::nullopt;
            if (!a) {
                ++failures;
                m_out.error(QStringLiteral("%1: %2").arg(path, error));
                continue;
            }
            attached.append(QJsonObject{{QStringLiteral("id"), a->id},
                                        {QStringLiteral("fileName"), a->fileName},
                                        {QStringLiteral("contentType"), a->contentType},
                                        {QStringLiteral("size"), a->size}});
        }
    }
    if (attached.isEmpty())
        return kFailed;
    QString message;
    bool offline = false;
    if (!syncRound(&message, &offline)) {
        m_out.error(QStringLiteral("%1; the file(s) are queued and will be sent by the next sync")
                        .arg(message));
        return offline ? kQueued : kFailed;
    }
    auto db = CacheDatabase::open(m_profile.cachePath(), QStringLiteral("cli"), &error);
    const bool queued = !db || !Outbox(db->db()).pendingFor(id).isEmpty();
    m_out.message(
        queued ? QStringLiteral("%1 file(s) queued for case %2; see `pakn outbox`")
                     .arg(attached.size())
                     .arg(id)
               : QStringLiteral("%1 file(s) attached to case %2").arg(attached.size()).arg(id),
        QJsonObject{{QStringLiteral("caseId"), id},
                    {QStringLiteral("attached"), attached},
                    {QStringLiteral("queued"), queued}});
    return queued ? kQueued : failures ? kFailed : kOk;
}

int CliAttachments::file(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const qsizetype at = args.indexOf(QStringLiteral("--output"));
    if (at < 0 || at + 1 >= args.size()) {
        m_out.error(QStringLiteral("file needs --output PATH"));
        return kUsage;
    }
    const QString output = args.at(at + 1);
    args.remove(at, 2);
    const CaseId id = args.size() == 2 ? caseIdFrom(args.first()) : 0;
    if (id == 0) {
        m_out.error(QStringLiteral("file needs a case id and an attachment id"));
        return kUsage;
    }
    QString error;
    auto db = CacheDatabase::open(m_profile.cachePath(), QStringLiteral("cli"), &error);
    if (!db) {
        m_out.error(error);
        return kFailed;
    }
    const auto c = CaseStore(db->db()).caseById(id);
    const auto it = c ? std::find_if(c->attachments.cbegin(), c->attachments.cend(),
                                     [&](const Attachment &a) { return a.id == args.at(1); })
                      : QList<Attachment>::const_iterator();
    if (!c || it == c->attachments.cend()) {
        m_out.error(QStringLiteral("case %1 has no attachment %2 in the local cache (run `pakn "
                                   "sync`, then `pakn show %1`)")
                        .arg(id)
                        .arg(args.at(1)));
        return kFailed;
    }
    ApiClient api(m_profile.endpoint);
    api.setToken(m_token);
    api.setTimeout(120000);
    AttachmentTransfer transfer(api, AttachmentFiles(m_profile.directory()));
    QEventLoop loop;
    QString source;
    QObject::connect(&transfer, &AttachmentTransfer::fileReady, &loop,
                     [&](const QString &, const QString &path) {
                         source = path;
                         loop.quit();
                     });
    QObject::connect(&transfer, &AttachmentTransfer::fileFailed, &loop,
                     [&](const QString &, const QString &why) {
                         error = why;
                         loop.quit();
                     });
    transfer.fetchFile(id, *it);
    loop.exec();
    if (source.isEmpty()) {
        m_out.error(QStringLiteral("%1 could not be downloaded: %2").arg(it->fileName, error));
        return kFailed;
    }
    QFile::remove(output);
    if (!QFile::copy(source, output)) {
        m_out.error(QStringLiteral("%1 cannot be written").arg(output));
        return kFailed;
    }
    m_out.message(
        QStringLiteral("Saved %1 (%2 bytes) to %3").arg(it->fileName).arg(it->size).arg(output),
        QJsonObject{{QStringLiteral("caseId"), id},
                    {QStringLiteral("attachmentId"), it->id},
                    {QStringLiteral("fileName"), it->fileName},
                    {QStringLiteral("size"), it->size},
                    {QStringLiteral("output"), output}});
    return kOk;
}

} // namespace pakn
