#include "cache/DuplicateMarks.h"

#include <QSqlError>

namespace pakn {

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

// The rule, once; an UPDATE with it writes only a mark that changes (SQLite
// would rewrite the index entry even for the same value).
QString rule()
{
    return QStringLiteral(
               "(is_open = 1 AND dup_key <> '' AND EXISTS (SELECT 1 FROM cases AS twin"
               " WHERE twin.dup_key = cases.dup_key AND twin.is_open = 1"
               " AND twin.received_at BETWEEN cases.received_at - %1 AND cases.received_at + %1"
               " AND twin.id <> cases.id))")
        .arg(DuplicateMarks::kWindowMs);
}

} // namespace

DuplicateMarks::DuplicateMarks(const QSqlDatabase &db) : m_db(db), m_near(db), m_remark(db) {}

bool DuplicateMarks::remarkAll(QString *error)
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("UPDATE cases SET possible_dup = ") + rule() +
                  QStringLiteral(" WHERE possible_dup IS NOT ") + rule()) ||
           failed(q, error);
}

bool DuplicateMarks::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (!m_near.prepare(QStringLiteral("SELECT id FROM cases WHERE dup_key = ? AND is_open = 1"
                                       " AND received_at BETWEEN ? AND ? AND id <> ?")))
        return failed(m_near, error);
    if (!m_remark.prepare(QStringLiteral("UPDATE cases SET possible_dup = ") + rule() +
                          QStringLiteral(" WHERE id = ? AND possible_dup IS NOT ") + rule()))
        return failed(m_remark, error);
    m_prepared = true;
    return true;
}

bool DuplicateMarks::remark(CaseId id, QString *error)
{
    m_remark.addBindValue(id);
    return m_remark.exec() || failed(m_remark, error);
}

bool DuplicateMarks::update(CaseId id, const std::optional<Place> &before,
                            const std::optional<Place> &now, QString *error)
{
    const bool keyed = (before && !before->key.isEmpty()) || (now && !now->key.isEmpty());
    if (!keyed)
        return true; // no address, then or now: nobody's mark depends on this case
    if (!prepare(error))
        return false;
    QList<CaseId> affected;
    for (const std::optional<Place> &place : {before, now}) {
        if (!place || place->key.isEmpty())
            continue;
        m_near.addBindValue(place->key);
        m_near.addBindValue(place->receivedAt - kWindowMs);
        m_near.addBindValue(place->receivedAt + kWindowMs);
        m_near.addBindValue(id);
        if (!m_near.exec())
            return failed(m_near, error);
        while (m_near.next())
            affected.append(m_near.value(0).toLongLong());
        m_near.finish();
    }
    if (now)
        affected.append(id);
    for (CaseId other : affected)
        if (!remark(other, error))
            return false;
    return true;
}

} // namespace pakn
