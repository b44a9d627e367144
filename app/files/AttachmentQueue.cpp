#include "files/AttachmentQueue.h"

#include "ClientLogging.h"
#include "cache/CaseStore.h"
#include "cache/SqlTransaction.h"
#include "domain/FileSignature.h"
#include "domain/JsonCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUuid>
#include <algorithm>

namespace pakn {

namespace {

bool isOpenForReport(CaseStatus s)
{
    return s != CaseStatus::Closed && s != CaseStatus::Refused && s != CaseStatus::Merged;
}

bool beforePublish(CaseStatus s)
{
    return s == CaseStatus::InProgress || s == CaseStatus::AwaitingApproval;
}

bool ofTheUnit(const Case &c, const Account &me)
{
    return (me.role == Role::Officer || me.role == Role::Leader) && me.unitId == c.unitId;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', bytes % (1024 * 1024) ? 1 : 0);
}

} // namespace

AttachmentQueue::AttachmentQueue(QSqlDatabase db, AttachmentFiles files, AttachmentLimits limits)
    : m_db(std::move(db)), m_files(std::move(files)), m_limits(limits)
{}

std::optional<PreparedFile> AttachmentQueue::prepare(const QString &path,
                                                     Attachment::Purpose purpose,
                                                     const AttachmentLimits &limits, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!info.isFile())
        return fail(tr("%1 is not a file that can be read.").arg(path));
    if (info.size() == 0)
        return fail(tr("%1 is empty.").arg(name));
    if (info.size() > limits.maxFileBytes)
        return fail(tr("%1 is %2 MB; a file may be at most %3 MB.")
                        .arg(name, megabytes(info.size()), megabytes(limits.maxFileBytes)));
    if (name.size() > 200)
        return fail(tr("The file name is too long (at most 200 characters): %1").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    PreparedFile out;
    out.bytes = file.read(limits.maxFileBytes + 1);
    if (out.bytes.size() > limits.maxFileBytes) // it grew since we looked
        return fail(tr("%1 is larger than %2 MB.").arg(name, megabytes(limits.maxFileBytes)));
    const auto type = detectFileType(out.bytes);
    if (!type)
        return fail(tr("%1 cannot be attached: only %2 files can be attached.")
                        .arg(name, acceptedFileTypesText()));
    Attachment &a = out.attachment;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.purpose = purpose;
    a.fileName = name;
    a.contentType = contentType(*type);
    a.size = out.bytes.size();
    a.sha256 = AttachmentFiles::sha256Hex(out.bytes);
    return out;
}

QString AttachmentQueue::whyNot(const Case &c, const Account &me, Attachment::Purpose purpose)
{
    if (purpose == Attachment::Purpose::Evidence) {
        if (!ofTheUnit(c, me))
            return tr("Only the officers and leaders of the case's unit can attach evidence.");
        if (!beforePublish(c.status))
            return tr("Evidence can be attached only while the case is in progress or awaiting "
                      "approval.");
        return {};
    }
    if (me.role == Role::Coordinator)
        return {};
    if (!ofTheUnit(c, me))
        return tr("Only the coordinators and the officers and leaders of the case's unit can "
                  "attach files to it.");
    if (!isOpenForReport(c.status))
        return tr("Files cannot be attached to a closed, refused or merged case.");
    return {};
}

QString AttachmentQueue::whyNotWithdraw(const Case &c, const Account &me, const Attachment &a)
{
    if (a.purpose != Attachment::Purpose::Evidence)
        return tr("Only evidence can be withdrawn; the reported photos and files stay.");
    if (!beforePublish(c.status))
        return tr("Evidence can be withdrawn only before the reply is published.");
    const bool leader = me.role == Role::Leader && me.unitId == c.unitId;
    if (!leader && a.uploadedById != me.id)
        return tr("Only whoever attached it or a leader of the unit can withdraw it.");
    return {};
}

std::optional<Attachment> AttachmentQueue::queue(CaseId id, const PreparedFile &file,
                                                 QString *error) const
{
    CaseStore store(m_db);
    const auto me = store.me();
    SqlTransaction tx(m_db);
    const auto cached = store.caseById(id);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!me || !cached)
        return fail(tr("Case #%1 is not in the cache.").arg(id));
    if (const QString why = whyNot(*cached, *me, file.attachment.purpose); !why.isEmpty())
        return fail(why);
    if (cached->attachments.size() >= m_limits.maxPerCase)
        return fail(tr("Case #%1 already has %2 attachments, the most a case can have.")
                        .arg(id)
                        .arg(m_limits.maxPerCase));
    Attachment a = file.attachment;
    a.uploadedAt = QDateTime::currentDateTimeUtc();
    a.uploadedById = me->id;
    a.uploadedByName = me->displayName;
    Case changed = *cached;
    changed.attachments.append(a);
    QString why;
    // The file first: a queued upload without its file could never be sent.
    if (!m_files.stagePending(a.id, file.bytes, &why) || !tx.isActive() ||
        !store.saveLocal(changed, &why) ||
        Outbox(m_db).enqueueAttachment(id, OutboxEntry::Kind::Upload, toJson(a), cached->version,
                                       &why) == 0 ||
        !tx.commit()) {
        m_files.removePending(a.id);
        return fail(
            tr("The attachment could not be queued: %1").arg(why.isEmpty() ? tx.error() : why));
    }
    qCInfo(lcCache) << "queued upload of" << a.size << "bytes to case" << id;
    return a;
}

bool AttachmentQueue::withdraw(CaseId id, const QString &attachmentId, QString *error) const
{
    CaseStore store(m_db);
    const auto me = store.me();
    SqlTransaction tx(m_db);
    const auto cached = store.caseById(id);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!me || !cached)
        return fail(tr("Case #%1 is not in the cache.").arg(id));
    const auto it = std::find_if(cached->attachments.cbegin(), cached->attachments.cend(),
                                 [&](const Attachment &a) { return a.id == attachmentId; });
    if (it == cached->attachments.cend())
        return fail(tr("The attachment is no longer on case #%1.").arg(id));
    if (const QString why = whyNotWithdraw(*cached, *me, *it); !why.isEmpty())
        return fail(why);
    const QJsonObject params{{QStringLiteral("attachmentId"), attachmentId},
                             {QStringLiteral("fileName"), it->fileName}};
    Case changed = *cached;
    changed.attachments.removeIf([&](const Attachment &a) { return a.id == attachmentId; });
    QString why;
    if (!tx.isActive() || !store.saveLocal(changed, &why) ||
        Outbox(m_db).enqueueAttachment(id, OutboxEntry::Kind::Withdraw, params, cached->version,
                                       &why) == 0 ||
        !tx.commit())
        return fail(
            tr("The withdrawal could not be queued: %1").arg(why.isEmpty() ? tx.error() : why));
    return true;
}

void AttachmentQueue::reapply(Case &c, const OutboxEntry &entry)
{
    if (entry.kind == OutboxEntry::Kind::Upload) {
        const auto a = attachmentFromJson(entry.params, nullptr);
        const bool listed = a && std::any_of(c.attachments.cbegin(), c.attachments.cend(),
                                             [&](const Attachment &x) { return x.id == a->id; });
        if (a && !listed)
            c.attachments.append(*a);
    } else if (entry.kind == OutboxEntry::Kind::Withdraw) {
        const QString id = entry.params.value(QStringLiteral("attachmentId")).toString();
        c.attachments.removeIf([&](const Attachment &a) { return a.id == id; });
    }
}

QString AttachmentQueue::describe(const OutboxEntry &entry)
{
    const QString name = entry.params.value(QStringLiteral("fileName")).toString();
    return entry.kind == OutboxEntry::Kind::Upload ? tr("Upload %1").arg(name)
                                                   : tr("Withdraw %1").arg(name);
}

} // namespace pakn
