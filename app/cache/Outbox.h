#pragma once

// The persisted queue of staff actions waiting to reach the server. Entries
// are sent in order, each with its idempotency key and the case version it was
// based on; they survive restarts and are retried with backoff.

#include "domain/Case.h"
#include "domain/CaseTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <chrono>
#include <optional>

namespace pakn {

class CaseStore;

struct OutboxEntry
{
    // Most entries are workflow actions (POST …/actions); attachments travel
    // in the same queue so that they reach the server in order with them: an
    // upload before the draft that mentions it.
    enum class Kind
    {
        Action,
        Upload, // PUT …/attachments/{id} with the file from files/pending (params: the Attachment
                // JSON)
        Withdraw, // DELETE …/attachments/{id} (params: {"attachmentId", "fileName"})
    };
    qint64 id = 0;
    CaseId caseId = 0;
    Kind kind = Kind::Action;
    CaseAction action = CaseAction::Note; // for Kind::Action
    QJsonObject params;
    QString key;            // idempotency key (UUID)
    qint64 baseVersion = 0; // the server version the action was based on
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;

    // An attempt failed (the server refused or could not be reached): the
    // user may discard it from the outbox dialog.
    bool failed() const { return attempts > 0 && !lastError.isEmpty(); }
};

class Outbox
{
public:
    explicit Outbox(QSqlDatabase db);

    // Adds an entry (inside the caller's transaction). Returns its id, 0 on error.
    qint64 enqueue(CaseId caseId, CaseAction action, const QJsonObject &params, qint64 baseVersion,
                   QString *error);
    // Adds an upload or withdrawal of an attachment (inside the caller's
    // transaction); its key is the attachment's id, which makes the PUT idempotent.
    qint64 enqueueAttachment(CaseId caseId, OutboxEntry::Kind kind, const QJsonObject &params,
                             qint64 baseVersion, QString *error);
    QList<OutboxEntry> pending() const;                          // oldest first
    QList<OutboxEntry> pendingFor(CaseId id) const;              // oldest first
    std::optional<OutboxEntry> next(const QDateTime &now) const; // oldest due entry
    int count() const;
    bool remove(qint64 id);
    // Records a failed attempt; the next one waits min(2^attempts s, 5 min).
    bool recordFailure(qint64 id, const QString &error, const QDateTime &now);
    // Records that the server could not be reached while sending the entry. The
    // entry itself did not fail, so it is not held back: the next round (timer
    // or "sync now") sends it again with the same key.
    bool recordUnreachable(qint64 id, const QString &error);
    // The server refused the entry for a reason a retry will not change (a file
    // too large, a type it does not take): it waits, failed, until the user
    // retries (retryNow) or discards it; later entries of its case wait too.
    bool hold(qint64 id, const QString &error);

    // The wait after the given number of failed attempts.
    static std::chrono::seconds backoff(int attempts);
    // When next() will next return an entry (for scheduling the retry); nullopt when empty.
    std::optional<QDateTime> nextAttemptAt() const;
    // Cases with queued entries (a feed page re-applies them on top of the server copy).
    QSet<CaseId> queuedCaseIds() const;
    // After the server accepted an action based on version `from` and answered
    // with the case's new version `to`, the case's remaining entries based on
    // `from` build on `to`. Entries based on an older version were decided
    // without a change someone else made: they keep it, so the server answers
    // 409 and the rule table settles them.
    bool rebase(CaseId caseId, qint64 from, qint64 to);
    // Sends an entry the server definitely did not apply (it answered 409) again
    // on `serverVersion`, with a new idempotency key (the server replays its
    // stored answer for a known key). The case's other entries are untouched.
    bool resendOn(qint64 id, qint64 serverVersion);
    // The user gave up on a queued action: removes it in one transaction; a
    // reply's text is kept as the case's local draft (added below an existing
    // one), so it is never lost. When no other entry of the case remains, the
    // case is no longer marked pending (its cached copy should be fetched
    // again: it still shows the discarded action). Returns the entry removed.
    std::optional<OutboxEntry> discard(qint64 id, CaseStore &drafts, QString *error);
    // Makes every waiting entry due now (the user asked to retry at once).
    bool retryNow(QString *error = nullptr);
    std::optional<OutboxEntry> entry(qint64 id) const;

    // Drops every entry (only when a different user takes over an empty outbox).
    bool clear(QString *error);

private:
    qint64 insert(CaseId caseId, const QString &code, const QJsonObject &params, const QString &key,
                  qint64 baseVersion, QString *error);

    QSqlDatabase m_db;
};

} // namespace pakn
