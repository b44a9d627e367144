#pragma once

// Writes the cases of a first sync (the cache filling from the feed's start)
// in bulk, where CaseWriter keeps every derived table true case by case: the
// row and its JSON (the stored row is read only for the text the search
// index holds of it), its search index entry, its facts and its unread mark;
// the possible-duplicate marks and, when the first sync starts on an empty
// cache, most secondary indexes (DeferredIndexes) and the facts' place in
// their table (StagedFacts) are left to finish(), which builds them once for
// every cached case after the feed's last page. The search index is kept page
// by page (FTS5 writes a page's entries at its commit, while the next page is
// on its way), so search finds the cases stored so far. Runs inside the
// caller's transaction; statements are prepared once per writer and run
// through SQLite's own interface (SqliteStatement).

#include "cache/CaseFactStore.h"
#include "cache/DerivedRow.h"
#include "cache/SqliteStatement.h"
#include "cache/StagedFacts.h"
#include "domain/Case.h"

#include <QSqlDatabase>

namespace pakn {

class FirstSyncWriter
{
public:
    explicit FirstSyncWriter(const QSqlDatabase &db);

    // Before a page: drops the deferrable indexes if no case is cached yet;
    // while they are deferred, the facts are staged (StagedFacts).
    bool begin(QString *error);
    // `asSent`, `derived`: as for CaseWriter::upsert.
    bool upsert(const Case &c, bool pending, QString *error, const QByteArray &asSent = {},
                const DerivedRow *derived = nullptr);
    bool remove(CaseId id, QString *error);
    // The staged facts, the deferred indexes and the possible-duplicate
    // marks of every cached case; the search index is rebuilt from the cases'
    // folded text only if it misses cases.
    bool finish(QString *error);

private:
    bool prepare(QString *error);
    // Takes the case's stored text, if any, out of the search index.
    bool dropFromSearch(CaseId id, QString *error);
    // Whether the search index holds every cached case.
    std::optional<bool> searchIndexWhole(QString *error) const;

    QSqlDatabase m_db;
    CaseFactStore m_facts;
    StagedFacts m_stagedFacts;
    bool m_staging = false; // set by begin(): the indexes are deferred
    SqliteStatement m_upsert;
    SqliteStatement m_json;
    SqliteStatement m_delete;
    SqliteStatement m_deleteJson;
    SqliteStatement m_seen;
    SqliteStatement m_oldText;
    SqliteStatement m_searchAdd;
    SqliteStatement m_searchDrop;
};

} // namespace pakn
