#pragma once

// Attaching a file to a case, and withdrawing an evidence attachment, on this
// PC: checked at once (who may, file type by magic bytes, size and count
// limits; a clear message, even offline), the file copied to the pending
// folder, the case shown with the attachment at once (marked pending) and an
// outbox entry queued — the case and the queue in one transaction, like
// LocalActions does for workflow actions. The OutboxSender uploads it in order.

#include "cache/Outbox.h"
#include "domain/Case.h"
#include "files/AttachmentFiles.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace pakn {

// A file read and checked, ready to be queued. Made by prepare(), which does
// the disk work (up to maxFileBytes) and may run off the GUI thread.
struct PreparedFile
{
    Attachment attachment; // id, purpose, name, type, size, sha256 (no uploader yet)
    QByteArray bytes;
};

class AttachmentQueue
{
    Q_DECLARE_TR_FUNCTIONS(pakn::AttachmentQueue)

public:
    AttachmentQueue(QSqlDatabase db, AttachmentFiles files, AttachmentLimits limits = {});

    // Reads and checks a file (no database): size, then type from its first bytes.
    static std::optional<PreparedFile> prepare(const QString &path, Attachment::Purpose purpose,
                                               const AttachmentLimits &limits, QString *error);

    // Why the user may not attach to the case with that purpose now; empty when they may.
    static QString whyNot(const Case &c, const Account &me, Attachment::Purpose purpose);
    static QString whyNotWithdraw(const Case &c, const Account &me, const Attachment &a);

    // Queues the upload; returns the attachment as the case now shows it.
    std::optional<Attachment> queue(CaseId id, const PreparedFile &file, QString *error) const;
    // Queues the withdrawal of an evidence attachment.
    bool withdraw(CaseId id, const QString &attachmentId, QString *error) const;

    // A queued upload or withdrawal applied on top of a (server) copy of the
    // case; an upload the server already lists is left as the server has it.
    static void reapply(Case &c, const OutboxEntry &entry);
    // "Tải lên tệp anh.jpg": how the queued-actions list names an attachment entry.
    static QString describe(const OutboxEntry &entry);

private:
    QSqlDatabase m_db;
    AttachmentFiles m_files;
    AttachmentLimits m_limits;
};

} // namespace pakn
