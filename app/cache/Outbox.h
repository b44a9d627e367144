#pragma once

// The persisted queue of staff actions waiting to reach the server. Entries
// are sent in order, each with its idempotency key and the case version it was
// based on; they survive restarts and are retried with backoff.

#include "domain/CaseTypes.h"
#include "domain/Case.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace pakn {

struct OutboxEntry
{
    qint64 id = 0;
    CaseId caseId = 0;
    CaseAction action = CaseAction::Note;
    QJsonObject params;
    QString key;            // idempotency key (UUID)
    qint64 baseVersion = 0; // the server version the action was based on
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

class Outbox
{
public:
    explicit Outbox(QSqlDatabase db);

    // Adds an entry (inside the caller's transaction). Returns its id, 0 on error.
    qint64 enqueue(CaseId caseId, CaseAction action, const QJsonObject &params,
                   qint64 baseVersion, QString *error);
    QList<OutboxEntry> pending() const;              // oldest first
    QList<OutboxEntry> pendingFor(CaseId id) const;  // oldest first
    std::optional<OutboxEntry> next(const QDateTime &now) const; // oldest due entry
    int count() const;
    bool remove(qint64 id);
    // Records a failed attempt; the next one waits min(2^attempts s, 5 min).
    bool recordFailure(qint64 id, const QString &error, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
