#pragma once

// Sends the queued actions of the outbox to the server, one at a time in
// order, and settles each by the answer: accepted (store the server's case),
// conflict (re-check on the fresh case: resend once or drop), refused (drop,
// keeping any reply text as a local draft), or a transient failure (keep, retry
// with backoff). Attachment uploads and withdrawals travel in the same queue
// (OutboxEntry::Kind); the server refusing one holds it, failed, for the user
// to retry or discard. Part of a SyncEngine round; runs on the sync thread.

#include "cache/CaseStore.h"
#include "cache/LocalActions.h"
#include "cache/Outbox.h"
#include "files/AttachmentFiles.h"
#include "net/ApiClient.h"

#include <QObject>
#include <QSet>
#include <functional>

namespace pakn {

class OutboxSender : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        // Ok: every due entry was settled. Otherwise why sending stopped early
        // (Offline, TlsError, or HttpError 401); `message` says it in words.
        ApiResult::Kind stoppedBy = ApiResult::Kind::Ok;
        int httpStatus = 0;
        QString message;
        int sent = 0;    // accepted by the server
        QString problem; // an entry failed for a reason worth showing; it will be retried
    };

    OutboxSender(ApiClient &api, CaseStore &store, Outbox &outbox, const LocalActions &actions,
                 AttachmentFiles files, QObject *parent = nullptr);

    void run(std::function<void(const Outcome &)> done);

Q_SIGNALS:
    void actionRejected(qint64 caseId, const QString &action, const QString &message);
    void entrySettled(); // one entry left the outbox

private:
    void sendNext();
    void settle(const OutboxEntry &entry, const ApiResult &answer);
    void sendAttachmentEntry(const OutboxEntry &entry);
    void settleAttachmentEntry(const OutboxEntry &entry, const ApiResult &answer);
    // The server refused an upload or withdrawal: kept, failed, with its words.
    void hold(const OutboxEntry &entry, const QString &why);
    void accepted(const OutboxEntry &entry, const Case &fresh);
    void conflicted(const OutboxEntry &entry, const Case &fresh);
    // Drops the entry; `fresh` is the server's copy if known (else fetched).
    void reject(const OutboxEntry &entry, const QString &why, const std::optional<Case> &fresh);
    void refetch(CaseId id);
    void retryLater(const OutboxEntry &entry, const QString &why);
    // No answer from the server (offline, TLS refused, a garbled response): the
    // same for actions and attachment entries.
    void settleUndelivered(const OutboxEntry &entry, const ApiResult &answer);
    void stop(const ApiResult &answer);
    // Stops the round: the cache could not take the server's answer (`why`).
    void stopForCache(const QString &why);
    Case reapply(const Case &serverCase) const { return m_actions.reapplyPending(serverCase); }

    ApiClient &m_api;
    CaseStore &m_store;
    Outbox &m_outbox;
    const LocalActions &m_actions;
    AttachmentFiles m_files;
    std::function<void(const Outcome &)> m_done;
    Outcome m_outcome;
    QSet<qint64> m_resent; // entries already resent once after a conflict
};

} // namespace pakn
