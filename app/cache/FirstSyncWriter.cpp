#include "cache/FirstSyncWriter.h"

#include "cache/CacheSql.h"
#include "cache/CaseColumns.h"
#include "cache/CaseWriter.h"
#include "cache/DeferredIndexes.h"
#include "cache/DuplicateMarks.h"
#include "cache/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn {

FirstSyncWriter::FirstSyncWriter(const QSqlDatabase &db) : m_db(db), m_facts(db), m_stagedFacts(db)
{}

bool FirstSyncWriter::prepare(QString *error)
{
    if (m_upsert.isPrepared())
        return true;
    sqlite3 *sqlite = sqliteHandleOf(m_db, error);
    if (!sqlite)
        return false;
    // The first sync is where the user starts from: nothing in it is news
    // (UnreadMarks), so each case is seen at the version it arrives with.
    const std::pair<SqliteStatement *, QString> statements[] = {
        {&m_json, caseJsonUpsertSql()},
        {&m_delete, QStringLiteral("DELETE FROM cases WHERE id = ?")},
        {&m_deleteJson, caseJsonDeleteSql()},
        {&m_seen, QStringLiteral("INSERT INTO case_seen (case_id, version) VALUES (?, ?)"
                                 " ON CONFLICT (case_id) DO UPDATE SET version ="
                                 " max(version, excluded.version)")},
        {&m_oldText, QStringLiteral("SELECT folded FROM cases WHERE id = ?")},
        {&m_searchAdd, searchEntryAddSql()},
        {&m_searchDrop, searchEntryDropSql()},
        {&m_upsert, caseUpsertSql()}, // last: it says whether all are prepared
    };
    for (const auto &[statement, sql] : statements)
        if (!statement->prepare(sqlite, sql, error))
            return false;
    return true;
}

bool FirstSyncWriter::begin(QString *error)
{
    const std::optional<bool> cached = cacheTableHoldsRows(m_db, QStringLiteral("cases"), error);
    if (!cached)
        return false;
    DeferredIndexes indexes(m_db);
    // The facts are staged while the indexes are deferred: from the first
    // page into an empty cache to the last, across restarts. Cases cached
    // and nothing deferred: the cache had cases before this first sync.
    m_staging = indexes.pending() || (!*cached && indexes.defer(error));
    return m_staging || *cached;
}

bool FirstSyncWriter::upsert(const Case &c, bool pending, QString *error, const QByteArray &asSent,
                             const DerivedRow *derived)
{
    const DerivedRow row = derived ? *derived : derivedRowOf(c);
    if (!prepare(error) || !dropFromSearch(c.id, error) ||
        !m_upsert.run(caseRowValues(c, pending, row), error) ||
        !m_searchAdd.run({c.id, row.folded}, error) ||
        !m_json.run({c.id, caseJsonOf(c, asSent)}, error) || !m_seen.run({c.id, c.version}, error))
        return false;
    return m_staging ? m_stagedFacts.stage(c.id, c.version, row.facts, error)
                     : m_facts.replace(c.id, row.facts, error);
}

bool FirstSyncWriter::remove(CaseId id, QString *error)
{
    // Staged facts of the case go with moveAll()'s match on the row.
    return prepare(error) && dropFromSearch(id, error) && m_delete.run({id}, error) &&
           m_deleteJson.run({id}, error) && m_facts.remove(id, error);
}

bool FirstSyncWriter::dropFromSearch(CaseId id, QString *error)
{
    // An external-content FTS5 index forgets a row by the text it indexed.
    std::optional<QString> old;
    return m_oldText.readText({id}, &old, error) && (!old || m_searchDrop.run({id, *old}, error));
}

namespace {

// SQLite's sorts (an index made, the facts put in their table's order) may
// use a second thread while one lives: the second core is idle once the
// feed's last page has come.
class SortThreads
{
public:
    explicit SortThreads(const QSqlDatabase &db) : m_db(db) { set(2); }
    ~SortThreads() { set(0); }
    SortThreads(const SortThreads &) = delete;
    SortThreads &operator=(const SortThreads &) = delete;

private:
    void set(int threads)
    {
        QSqlQuery pragma(m_db);
        pragma.exec(QStringLiteral("PRAGMA threads = %1").arg(threads)); // a hint: may fail
    }

    QSqlDatabase m_db;
};

} // namespace

bool FirstSyncWriter::finish(QString *error)
{
    const SortThreads sorts(m_db);
    if (!m_stagedFacts.moveAll(error) || !DeferredIndexes(m_db).restore(error))
        return false;
    const std::optional<bool> whole = searchIndexWhole(error);
    if (!whole)
        return false;
    QSqlQuery rebuild(m_db);
    if (!*whole &&
        !rebuild.exec(QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')"))) {
        *error = rebuild.lastError().text();
        return false;
    }
    return DuplicateMarks(m_db).remarkAll(error);
}

std::optional<bool> FirstSyncWriter::searchIndexWhole(QString *error) const
{
    // One size row per indexed case. Fewer than the cases: pages of this
    // first sync were written by a build that left the index to the end.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM cases_fts_docsize) ="
                                  " (SELECT count(*) FROM cases)")) ||
        !runCacheQuery(q, "first sync", error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("the search index's size could not be read");
        return std::nullopt;
    }
    return q.value(0).toBool();
}

} // namespace pakn
