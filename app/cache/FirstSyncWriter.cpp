#include "cache/FirstSyncWriter.h"

#include "cache/CaseColumns.h"
#include "cache/CaseWriter.h"
#include "cache/DeferredIndexes.h"
#include "cache/DuplicateMarks.h"

#include <QSqlError>

namespace pakn {

FirstSyncWriter::FirstSyncWriter(const QSqlDatabase &db)
    : m_db(db), m_facts(db), m_upsert(db), m_json(db), m_delete(db), m_deleteJson(db), m_seen(db)
{}

bool FirstSyncWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    // The first sync is where the user starts from: nothing in it is news
    // (UnreadMarks), so each case is seen at the version it arrives with.
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_upsert, caseUpsertSql()},
        {&m_json, caseJsonUpsertSql()},
        {&m_delete, QStringLiteral("DELETE FROM cases WHERE id = ?")},
        {&m_deleteJson, caseJsonDeleteSql()},
        {&m_seen, QStringLiteral("INSERT INTO case_seen (case_id, version) VALUES (?, ?)"
                                 " ON CONFLICT (case_id) DO UPDATE SET version ="
                                 " max(version, excluded.version)")},
    };
    for (const auto &[query, sql] : statements)
        if (!query->prepare(sql)) {
            *error = query->lastError().text();
            return false;
        }
    m_prepared = true;
    return true;
}

bool FirstSyncWriter::run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool FirstSyncWriter::begin(QString *error)
{
    QSqlQuery any(m_db);
    if (!any.exec(QStringLiteral("SELECT 1 FROM cases LIMIT 1"))) {
        *error = any.lastError().text();
        return false;
    }
    if (any.next())
        return true; // an earlier page deferred them, or the cache had cases before
    any.finish();
    DeferredIndexes indexes(m_db);
    return indexes.pending() || indexes.defer(error);
}

bool FirstSyncWriter::upsert(const Case &c, bool pending, QString *error, const QByteArray &asSent)
{
    return prepare(error) &&
           run(m_upsert, caseRowValues(c, pending, searchTextOf(c), factsKeyOf(c)), error) &&
           run(m_json, {c.id, caseJsonOf(c, asSent)}, error) &&
           m_facts.replace(c.id, caseFactsOf(c), error) && run(m_seen, {c.id, c.version}, error);
}

bool FirstSyncWriter::remove(CaseId id, QString *error)
{
    // The case's search index entry, if an earlier sync made one, goes with
    // finish()'s rebuild.
    return prepare(error) && run(m_delete, {id}, error) && run(m_deleteJson, {id}, error) &&
           m_facts.remove(id, error);
}

bool FirstSyncWriter::finish(QString *error)
{
    if (!DeferredIndexes(m_db).restore(error))
        return false;
    QSqlQuery rebuild(m_db);
    if (!rebuild.exec(QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')"))) {
        *error = rebuild.lastError().text();
        return false;
    }
    return DuplicateMarks(m_db).remarkAll(error);
}

} // namespace pakn
