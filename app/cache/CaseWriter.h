#pragma once

// Writes cached case rows (the list row and the case's JSON) together with their search index
// entries and their facts (replaced only when the history changed). The statements are prepared
// once per writer and reused, because a bulk sync writes a million rows and preparing per row would
// dominate. Runs inside the caller's transaction. Internal to CaseStore.

#include "cache/CaseFactStore.h"
#include "cache/DerivedRow.h"
#include "cache/DuplicateMarks.h"
#include "domain/Case.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace pakn {

// The text the search index holds for a case (folded: no marks, đ→d, lower case).
QString searchTextOf(const Case &c);
// The last decision in the case's history ("send_back", "return", …), or "".
QString lastDecisionOf(const Case &c);
// The possible-duplicates key: field and folded address ("" without an address).
QString duplicateKeyOf(const Case &c);
// What the case's facts are made from, in short: equal keys, equal facts.
QString factsKeyOf(const Case &c);

// The cases row's upsert (every column, by id) and the values of `c`'s row in
// its placeholders' order; FirstSyncWriter writes the same rows.
QString caseUpsertSql();
QVariantList caseRowValues(const Case &c, bool pending, const DerivedRow &row);
// The case's whole JSON lives apart from its list row (CacheSchema's
// migration 9; the row's json column is left empty): the upsert binds (id,
// json), the removal (id).
QString caseJsonUpsertSql();
QString caseJsonDeleteSql();
// The search index (external-content FTS5 over cases.folded): an entry is
// added with (id, folded) and dropped with (id, the folded text it indexed).
QString searchEntryAddSql();
QString searchEntryDropSql();
// The JSON to cache: `asSent` when the server's is at hand, else `c` encoded.
QByteArray caseJsonOf(const Case &c, const QByteArray &asSent = {});

class CaseWriter
{
public:
    explicit CaseWriter(const QSqlDatabase &db);

    // Before a page (FirstSyncWriter's may defer indexes; nothing here).
    bool begin(QString *) { return true; }
    // `asSent`: see caseJsonOf; `derived`: derivedRowOf(c), when at hand.
    bool upsert(const Case &c, bool pending, QString *error, const QByteArray &asSent = {},
                const DerivedRow *derived = nullptr);
    bool remove(CaseId id, QString *error);

private:
    // What a write needs to know of the row already stored for a case.
    struct StoredRow
    {
        QVariantList indexed; // the values the secondary indexes are built from
        QString folded;       // external-content FTS needs the old text to remove a row
        QString factsKey;     // factsKeyOf() when its facts were written ("" before migration 6)
    };

    bool prepare(QString *error);
    std::optional<StoredRow> storedRow(CaseId id, bool *ok, QString *error);
    bool bindAndRun(QSqlQuery &q, const QVariantList &values, QString *error);
    bool reindex(CaseId id, const std::optional<QString> &old, const QString &folded,
                 QString *error);
    bool fail(const QSqlQuery &q, QString *error);
    // A row's place among the possible duplicates (dup_key, received_at), from
    // its indexed values.
    static DuplicateMarks::Place placeIn(const QVariantList &indexed);
    static std::optional<DuplicateMarks::Place> placeOf(const std::optional<StoredRow> &row);

    QSqlDatabase m_db;
    DuplicateMarks m_duplicates;
    CaseFactStore m_facts;
    bool m_prepared = false;
    QSqlQuery m_select;
    QSqlQuery m_upsert;
    QSqlQuery m_updateUnindexed;
    QSqlQuery m_delete;
    QSqlQuery m_jsonUpsert;
    QSqlQuery m_jsonDelete;
    QSqlQuery m_indexAdd;
    QSqlQuery m_indexRemove;
};

} // namespace pakn
