#include "cache/Outbox.h"

#include "ClientLogging.h"
#include "cache/CacheSql.h"
#include "cache/CaseColumns.h"
#include "cache/CaseStore.h"
#include "cache/SqlTransaction.h"
#include "files/AttachmentFiles.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pakn {

namespace {

const QString kColumns = QStringLiteral(
    "id, case_id, action, params, key, base_version, created_at, attempts, next_attempt_at,"
    " last_error");

// The action column holds a workflow action's code, or one of these.
const QString kUpload = QStringLiteral("upload");
const QString kWithdraw = QStringLiteral("withdraw_attachment");

std::optional<OutboxEntry> entryFrom(const QSqlQuery &q)
{
    const QString code = q.value(2).toString();
    const auto kind = code == kUpload     ? OutboxEntry::Kind::Upload
                      : code == kWithdraw ? OutboxEntry::Kind::Withdraw
                                          : OutboxEntry::Kind::Action;
    const auto action =
        kind == OutboxEntry::Kind::Action ? caseActionFromCode(code) : CaseAction::Note;
    if (!action) {
        qCWarning(lcCache) << "outbox entry" << q.value(0).toLongLong() << "has an unknown action"
                           << q.value(2).toString();
        return std::nullopt;
    }
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.kind = kind;
    e.action = *action;
    e.params = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    e.key = q.value(4).toString();
    e.baseVersion = q.value(5).toLongLong();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    e.attempts = q.value(7).toInt();
    e.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    e.lastError = q.value(9).toString();
    return e;
}

QList<OutboxEntry> entriesFrom(QSqlQuery &q)
{
    QList<OutboxEntry> out;
    while (q.next())
        if (auto e = entryFrom(q))
            out.append(*e);
    return out;
}

bool run(QSqlQuery &q, QString *error = nullptr)
{
    return runCacheQuery(q, "outbox query", error);
}

} // namespace

std::chrono::seconds Outbox::backoff(int attempts)
{
    // 2, 4, 8, ... seconds after the 1st, 2nd, 3rd failure, at most five minutes.
    return std::chrono::seconds(qMin<qint64>(qint64(1) << qBound(0, attempts, 9), 300));
}

Outbox::Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 Outbox::enqueue(CaseId caseId, CaseAction action, const QJsonObject &params,
                       qint64 baseVersion, QString *error)
{
    return insert(caseId, toCode(action), params,
                  QUuid::createUuid().toString(QUuid::WithoutBraces), baseVersion, error);
}

qint64 Outbox::enqueueAttachment(CaseId caseId, OutboxEntry::Kind kind, const QJsonObject &params,
                                 qint64 baseVersion, QString *error)
{
    const bool upload = kind == OutboxEntry::Kind::Upload;
    const QString id =
        params.value(upload ? QStringLiteral("id") : QStringLiteral("attachmentId")).toString();
    if (kind == OutboxEntry::Kind::Action || id.isEmpty()) {
        if (error)
            *error = QStringLiteral("not an attachment entry");
        return 0;
    }
    // A withdrawal's key must differ from the upload's (the key column is unique).
    return insert(caseId, upload ? kUpload : kWithdraw, params,
                  upload ? id : QUuid::createUuid().toString(QUuid::WithoutBraces), baseVersion,
                  error);
}

qint64 Outbox::insert(CaseId caseId, const QString &code, const QJsonObject &params,
                      const QString &key, qint64 baseVersion, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (case_id, action, params, key, base_version,"
                             " created_at, attempts, next_attempt_at, last_error)"
                             " VALUES (?, ?, ?, ?, ?, ?, 0, ?, '')"));
    q.addBindValue(caseId);
    q.addBindValue(code);
    q.addBindValue(QJsonDocument(params).toJson(QJsonDocument::Compact));
    q.addBindValue(key);
    q.addBindValue(baseVersion);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!run(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

QList<OutboxEntry> Outbox::pending() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox ORDER BY id"));
    return run(q) ? entriesFrom(q) : QList<OutboxEntry>();
}

QList<OutboxEntry> Outbox::pendingFor(CaseId id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM outbox WHERE case_id = ? ORDER BY id"));
    q.addBindValue(id);
    return run(q) ? entriesFrom(q) : QList<OutboxEntry>();
}

std::optional<OutboxEntry> Outbox::next(const QDateTime &now) const
{
    // Order matters only within a case (each action builds on the previous
    // one): an entry waiting for its retry holds back the later entries of its
    // case, not those of other cases.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM outbox o WHERE next_attempt_at <= ? AND NOT EXISTS"
                             " (SELECT 1 FROM outbox e WHERE e.case_id = o.case_id"
                             " AND e.id < o.id) ORDER BY id LIMIT 1"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!run(q) || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<QDateTime> Outbox::nextAttemptAt() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(next_attempt_at) FROM outbox o WHERE NOT EXISTS"
                             " (SELECT 1 FROM outbox e WHERE e.case_id = o.case_id"
                             " AND e.id < o.id)"));
    if (!run(q) || !q.next() || q.isNull(0))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

int Outbox::count() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

QSet<CaseId> Outbox::queuedCaseIds() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT case_id FROM outbox"));
    QSet<CaseId> ids;
    if (run(q))
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    return ids;
}

bool Outbox::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    return run(q);
}

bool Outbox::rebase(CaseId caseId, qint64 from, qint64 to)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET base_version = ? WHERE case_id = ? AND base_version = ?"));
    q.addBindValue(to);
    q.addBindValue(caseId);
    q.addBindValue(from);
    return run(q);
}

bool Outbox::resendOn(qint64 id, qint64 serverVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET key = ?, base_version = ? WHERE id = ?"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(serverVersion);
    q.addBindValue(id);
    return run(q);
}

bool Outbox::recordFailure(qint64 id, const QString &error, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return false;
    const int attempts = q.value(0).toInt() + 1;
    const QDateTime due = now.addSecs(backoff(attempts).count());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(due.toMSecsSinceEpoch());
    q.addBindValue(nonNull(error));
    q.addBindValue(id);
    return run(q);
}

bool Outbox::recordUnreachable(qint64 id, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(nonNull(error));
    q.addBindValue(id);
    return run(q);
}

bool Outbox::hold(qint64 id, const QString &error)
{
    // Far enough never to come due by itself; retryNow() makes it due.
    const qint64 never = QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?,"
                             " last_error = ? WHERE id = ?"));
    q.addBindValue(never);
    q.addBindValue(nonNull(error));
    q.addBindValue(id);
    return run(q);
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<OutboxEntry> Outbox::discard(qint64 id, CaseStore &drafts, QString *error)
{
    SqlTransaction tx(m_db);
    const std::optional<OutboxEntry> e = entry(id);
    if (!tx.isActive() || !e) {
        if (error)
            *error = tx.isActive() ? QStringLiteral("no queued action %1").arg(id) : tx.error();
        return std::nullopt;
    }
    const bool reply = e->kind == OutboxEntry::Kind::Action &&
                       (e->action == CaseAction::DraftReply ||
                        e->action == CaseAction::SubmitReply || e->action == CaseAction::Approve);
    const QString text = reply ? e->params.value(QStringLiteral("text")).toString() : QString();
    bool ok = remove(id);
    if (ok && !text.trimmed().isEmpty()) {
        const QString kept = drafts.localDraft(e->caseId);
        const QString draft =
            kept.isEmpty() || kept == text ? text : kept + QStringLiteral("\n\n") + text;
        ok = drafts.setLocalDraft(e->caseId, draft, error);
    }
    if (ok && pendingFor(e->caseId).isEmpty())
        ok = drafts.setPending(e->caseId, false, error);
    if (!ok || !tx.commit()) {
        if (error && error->isEmpty())
            *error = tx.error();
        return std::nullopt;
    }
    if (e->kind == OutboxEntry::Kind::Upload) // its copy waiting for upload goes too
        AttachmentFiles::besideCache(m_db.databaseName())
            .removePending(e->params.value(QStringLiteral("id")).toString());
    qCInfo(lcCache) << "discarded queued" << toCode(e->action) << "on case" << e->caseId;
    return e;
}

bool Outbox::retryNow(QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE next_attempt_at > ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(now);
    q.addBindValue(now);
    return run(q, error);
}

bool Outbox::clear(QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox"));
    return run(q, error);
}

} // namespace pakn
