#pragma once

// The desk's access to attachments, on the GUI thread: the file cache, the
// downloads (its own ApiClient: asynchronous, the GUI never waits on it) and
// attaching or withdrawing through the outbox. Files are read and checked
// off the GUI thread before they are queued; every file gets an answer
// (attached, or why not) through the signals.

#include "files/AttachmentQueue.h"
#include "files/AttachmentTransfer.h"
#include "net/ServerEndpoint.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace pakn {

class ApiClient;

class CaseFiles : public QObject
{
    Q_OBJECT
public:
    CaseFiles(QSqlDatabase db, const QString &profileDirectory, const ServerEndpoint &endpoint,
              const QByteArray &token, QObject *parent = nullptr);
    ~CaseFiles() override;

    const AttachmentFiles &files() const { return m_files; }
    AttachmentTransfer &transfer() { return *m_transfer; }
    const AttachmentLimits &limits() const { return m_limits; }

    // Calls `done` on `context`'s thread with the local path of the file once
    // it is here (at once when cached), or with why not (`offline`: the server
    // cannot be reached and the file is not on this PC).
    using Fetched = std::function<void(const QString &path, const QString &error, bool offline)>;
    void whenCached(CaseId caseId, const Attachment &a, QObject *context, Fetched done);
    // Copies the file to `target` (downloading it first if need be); `done`
    // gets an empty string or the reason it failed.
    void saveCopy(CaseId caseId, const Attachment &a, const QString &target, QObject *context,
                  std::function<void(const QString &error)> done);

    // Whether the cache's user may attach to the case as shown now.
    bool mayAttach(const Case &c, Attachment::Purpose purpose) const;
    // Whether the cache's user may withdraw it now (empty) or why not.
    QString whyNotWithdraw(CaseId id, const Attachment &a) const;
    // Reads, checks and queues each file; answers through attached/attachFailed.
    void attach(CaseId id, const QStringList &paths, Attachment::Purpose purpose);
    bool withdraw(CaseId id, const QString &attachmentId, QString *error);
    int attaching() const { return m_attaching; } // files still being read

Q_SIGNALS:
    void attached(qint64 caseId, const pakn::Attachment &attachment);
    void attachFailed(qint64 caseId, const QString &fileName, const QString &message);
    // The cached case changed here (attached or withdrawn): show it again, sync.
    void caseChanged(qint64 caseId);

private:
    QSqlDatabase m_db;
    AttachmentFiles m_files;
    AttachmentLimits m_limits;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AttachmentTransfer> m_transfer;
    int m_attaching = 0;
};

} // namespace pakn
