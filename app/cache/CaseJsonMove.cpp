#include "cache/CaseJsonMove.h"

#include "cache/CacheSql.h"
#include "cache/ResumePoint.h"
#include "cache/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

namespace {

const QString kResumeKey = QStringLiteral("json_move_after");

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
         QString *error = nullptr)
{
    return runCacheSql(db, sql, values, "json move", error);
}

} // namespace

CaseJsonMove::CaseJsonMove(QSqlDatabase db) : m_db(std::move(db)) {}

bool CaseJsonMove::done() const
{
    return !readResumePoint(m_db, kResumeKey).has_value();
}

int CaseJsonMove::runBatch(int batchSize, QString *error)
{
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return -1;
    }
    // Read under the write lock: another connection may have finished meanwhile.
    const std::optional<qint64> after = readResumePoint(m_db, kResumeKey);
    if (!after)
        return 0;
    // The batch: the next `batchSize` cases by id, and the last of them.
    QSqlQuery batch(m_db);
    batch.prepare(QStringLiteral("SELECT max(id), count(*) FROM (SELECT id FROM cases WHERE id > ?"
                                 " ORDER BY id LIMIT ?)"));
    batch.addBindValue(*after);
    batch.addBindValue(batchSize);
    if (!batch.exec() || !batch.next()) {
        *error = batch.lastError().text();
        return -1;
    }
    const QVariant last = batch.value(0);
    const int went = batch.value(1).toInt();
    batch.finish();
    const bool finished = last.isNull() || went < batchSize;
    // A case CaseWriter wrote since has its JSON in case_json and an empty one
    // in its row: it is skipped, and the newer JSON is never overwritten.
    const bool moved =
        last.isNull() ||
        (run(m_db,
             QStringLiteral("INSERT INTO case_json (id, json) SELECT id, json FROM cases"
                            " WHERE id > ? AND id <= ? AND json <> x'' ORDER BY id"
                            " ON CONFLICT (id) DO NOTHING"),
             {*after, last}, error) &&
         run(m_db,
             QStringLiteral("UPDATE cases SET json = x'' WHERE id > ? AND id <= ? AND json <> x''"),
             {*after, last}, error));
    if (!moved)
        return -1;
    const bool resumed =
        finished ? run(m_db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {kResumeKey}, error)
                 : run(m_db, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                       {last.toString(), kResumeKey}, error);
    if (!resumed)
        return -1;
    if (!tx.commit()) {
        *error = tx.error();
        return -1;
    }
    return went;
}

} // namespace pakn
