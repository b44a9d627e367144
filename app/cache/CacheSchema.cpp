#include "cache/CacheSchema.h"

#include "cache/CacheDatabase.h"

#include "ClientLogging.h"
#include "cache/SqlTransaction.h"
#include "cache/SqliteHandle.h"
#include "domain/PhoneMask.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

namespace pakn {

namespace {

// Sort and filter columns are plain values so that every queue and sort order
// is an index range scan: status/urgency as their declaration order (the
// workflow order), times as UTC milliseconds, "_key" columns as folded text so
// Vietnamese titles sort by letter rather than by code point. An unset answer
// deadline is stored as the largest integer so it sorts last (NULL would drop
// out of the keyset comparison).
constexpr std::string_view kInitialSchema[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE units (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL,"
    " name TEXT NOT NULL, kind TEXT NOT NULL)",
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, login TEXT NOT NULL,"
    " display_name TEXT NOT NULL, role TEXT NOT NULL, unit_id INTEGER NOT NULL)",
    "CREATE TABLE cases ("
    " id INTEGER PRIMARY KEY,"
    " version INTEGER NOT NULL,"
    " title TEXT NOT NULL,"
    " title_key TEXT NOT NULL,"
    " status INTEGER NOT NULL,"
    " is_open INTEGER NOT NULL,"
    " field TEXT NOT NULL,"
    " urgency INTEGER NOT NULL,"
    " unit_id INTEGER NOT NULL,"
    " unit_name TEXT NOT NULL,"
    " unit_key TEXT NOT NULL,"
    " assignee_id INTEGER NOT NULL,"
    " assignee_name TEXT NOT NULL,"
    " assignee_key TEXT NOT NULL,"
    " received_at INTEGER NOT NULL,"
    " answer_deadline INTEGER NOT NULL,"
    " pending INTEGER NOT NULL DEFAULT 0,"
    " folded TEXT NOT NULL,"
    " json BLOB NOT NULL)",
    // External content: the folded text lives once, in cases; the index can be
    // rebuilt from it ('rebuild') and rows are removed with the old text.
    "CREATE VIRTUAL TABLE cases_fts USING fts5(folded, content='cases', content_rowid='id',"
    " prefix='2 3')",
    // Queue filters in the default order (newest first); the rowid (= id) is the
    // implicit last column of every index, the keyset tie-breaker.
    "CREATE INDEX cases_open_received ON cases(is_open, received_at)",
    "CREATE INDEX cases_status_received ON cases(status, received_at)",
    "CREATE INDEX cases_assignee_received ON cases(assignee_id, is_open, received_at)",
    "CREATE INDEX cases_received ON cases(received_at)",
    // One per other sort column: (column, id) gives the keyset order; the queue
    // filter's columns after them let a large queue be filtered while walking
    // the index, without reading a table row per skipped case.
    "CREATE INDEX cases_by_id ON cases(id, is_open, status, assignee_id)",
    "CREATE INDEX cases_title ON cases(title_key, id, is_open, status, assignee_id)",
    "CREATE INDEX cases_status ON cases(status, id, is_open, assignee_id)",
    "CREATE INDEX cases_field ON cases(field, id, is_open, status, assignee_id)",
    "CREATE INDEX cases_urgency ON cases(urgency, id, is_open, status, assignee_id)",
    "CREATE INDEX cases_unit ON cases(unit_key, id, is_open, status, assignee_id)",
    "CREATE INDEX cases_assignee ON cases(assignee_key, id, is_open, status, assignee_id)",
    "CREATE INDEX cases_deadline ON cases(answer_deadline, id, is_open, status, assignee_id)",
    // No foreign key to cases: a queued action outlives its case leaving the
    // scope, so that the server's refusal can still be reported.
    "CREATE TABLE outbox ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " case_id INTEGER NOT NULL,"
    " action TEXT NOT NULL,"
    " params TEXT NOT NULL,"
    " key TEXT NOT NULL UNIQUE,"
    " base_version INTEGER NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER NOT NULL,"
    " last_error TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX outbox_case ON outbox(case_id, id)",
};

// Reply texts whose action the server refused are kept here (never lost).
constexpr std::string_view kLocalDrafts[] = {
    "CREATE TABLE local_drafts (case_id INTEGER PRIMARY KEY, text TEXT NOT NULL,"
    " saved_at INTEGER NOT NULL)",
};

// The server's reference data (calendar, deadline rules, fields, templates)
// as its JSON, one row; ReferenceStore reads and replaces it.
constexpr std::string_view kReferenceData[] = {
    "CREATE TABLE reference_data (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " revision INTEGER NOT NULL, json BLOB NOT NULL)",
};

// The staff workbench's queues, filters, unread marks and saved queues. The
// new columns are derived from the case (CaseWriter); the cases already cached
// get them from their JSON here, so an upgrade does not download a million
// cases again. The duplicate key needs Vietnamese folding, which SQL lacks:
// those cases get it when they next change.
constexpr std::string_view kWorkbenchQueues[] = {
    "ALTER TABLE cases ADD COLUMN channel INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN has_draft INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN last_step TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN extension_pending INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN dup_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN changed_by INTEGER NOT NULL DEFAULT 0",
    // Kept by DuplicateMarks as cases are written.
    "ALTER TABLE cases ADD COLUMN possible_dup INTEGER NOT NULL DEFAULT 0",
    // Counts of the deadline queues (mine and the whole scope).
    "CREATE INDEX cases_open_deadline ON cases(is_open, answer_deadline)",
    "CREATE INDEX cases_assignee_deadline ON cases(assignee_id, is_open, answer_deadline)",
    // Queues led by their own column, in the default order.
    "CREATE INDEX cases_extension_received ON cases(extension_pending, received_at)",
    "CREATE INDEX cases_step_received ON cases(last_step, received_at)",
    "CREATE INDEX cases_dup ON cases(dup_key, is_open, received_at)",
    "CREATE INDEX cases_possible_dup_received ON cases(possible_dup, received_at)",
    // Filters, and the channel as a sort column.
    "CREATE INDEX cases_channel_received ON cases(channel, received_at)",
    "CREATE INDEX cases_unit_received ON cases(unit_id, received_at)",
    "CREATE INDEX cases_channel ON cases(channel, id, is_open, status, assignee_id)",
    "CREATE TABLE case_seen (case_id INTEGER PRIMARY KEY, version INTEGER NOT NULL)",
    "CREATE TABLE saved_queues (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
    " query TEXT NOT NULL)",
    "UPDATE cases SET"
    " channel = CASE json_extract(json, '$.channel') WHEN 'zalo' THEN 0 WHEN 'open311' THEN 1"
    "  WHEN 'web' THEN 2 WHEN 'hotline' THEN 3 WHEN 'walk_in' THEN 4 ELSE 2 END,"
    " has_draft = trim(coalesce(json_extract(json, '$.replyDraft'), '')) <> '',"
    " extension_pending = coalesce(json_extract(json, '$.extensions[#-1].decision'), '')"
    "  = 'pending',"
    " changed_by = coalesce(json_extract(json, '$.history[#-1].actorId'), 0),"
    " last_step = coalesce((SELECT json_extract(h.value, '$.action')"
    "  FROM json_each(cases.json, '$.history') AS h"
    "  WHERE json_extract(h.value, '$.action') IN ('route', 'refuse', 'accept', 'return',"
    "  'transfer', 'assign', 'submit_reply', 'send_back', 'approve', 'reopen', 'close', 'merge')"
    "  ORDER BY h.key DESC LIMIT 1), '')",
};

// Issue 4's last queue details. A case waiting to be accepted has no answer
// deadline yet: its row counts down to the acceptance deadline, kept in the
// answer_deadline column while it waits (CaseWriter), so sorting by the
// deadline stays one index. A cache synced before this already had its first
// sync: its unread marks go on as they were.
constexpr std::string_view kDeadlineShownAndFirstSync[] = {
    "UPDATE cases SET answer_deadline ="
    " CAST(round((julianday(json_extract(json, '$.acceptDeadline')) - 2440587.5) * 86400000.0)"
    " AS INTEGER)"
    " WHERE status = 1 AND json_extract(json, '$.acceptDeadline') IS NOT NULL",
    "INSERT INTO meta (key, value) SELECT 'first_sync_done', '1'"
    " WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'cursor' AND value <> '0')",
};

// Issue 5's figures: the facts of every case (domain/CaseFacts.h), written by
// CaseWriter with the case. Clustered by time, so a period's facts are one
// range of the table (a unit subtree's are filtered as they are read); an
// officer's facts, and the open cases by deadline (overdue now), have
// indexes of their own. facts_key in cases tells
// CaseWriter whether the history changed since the facts were written. A cache
// synced before gets its facts from the cached JSON in the background
// (FactsBackfill), which resumes after the case id in meta.
constexpr std::string_view kCaseFacts[] = {
    "CREATE TABLE case_facts ("
    " at INTEGER NOT NULL,"
    " case_id INTEGER NOT NULL,"
    " seq INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " unit_id INTEGER NOT NULL,"
    " other_unit_id INTEGER NOT NULL,"
    " officer_id INTEGER NOT NULL,"
    " field TEXT NOT NULL,"
    " due INTEGER NOT NULL,"
    " started_at INTEGER NOT NULL,"
    " rating INTEGER,"
    " PRIMARY KEY (at, case_id, seq)) WITHOUT ROWID",
    "CREATE INDEX case_facts_case ON case_facts(case_id)",
    "CREATE INDEX case_facts_officer ON case_facts(officer_id, at)",
    "CREATE INDEX case_facts_open_due ON case_facts(kind, due)",
    "ALTER TABLE cases ADD COLUMN facts_key TEXT NOT NULL DEFAULT ''",
    "INSERT INTO meta (key, value) SELECT 'facts_backfill_after', '0'"
    " WHERE EXISTS (SELECT 1 FROM cases)",
};

// Day groups (domain/FactGroups.h): a fact says whether they count it — not
// an Open fact (kind 10), not one without a time, not an arrival (kind 1) of a
// case that arrived more than once; the kinds are CaseFactStore's ranks. The
// groups of a day and of an ISO week (its days merged) are in fact_groups;
// fact_days_stale lists the days whose groups must be rebuilt (FactDayStore). No calendar
// fingerprint in meta yet: every day is stale until the first rebuild.
constexpr std::string_view kFactDays[] = {
    "ALTER TABLE case_facts ADD COLUMN grouped INTEGER NOT NULL DEFAULT 1",
    "UPDATE case_facts SET grouped = 0 WHERE kind = 10 OR at = 0 OR (kind = 1 AND case_id IN"
    " (SELECT case_id FROM case_facts WHERE kind = 1 GROUP BY case_id HAVING count(*) > 1))",
    "CREATE INDEX case_facts_loose ON case_facts(at) WHERE grouped = 0",
    "CREATE TABLE fact_groups ("
    " days INTEGER NOT NULL," // 1: a day's group; 7: an ISO week's, day = its Monday
    " day INTEGER NOT NULL,"  // Julian day
    " unit_id INTEGER NOT NULL,"
    " arrived_from INTEGER NOT NULL,"
    " field TEXT NOT NULL,"
    " counts BLOB NOT NULL,"
    " to_accept BLOB NOT NULL,"
    " to_answer BLOB NOT NULL,"
    " PRIMARY KEY (days, day, unit_id, arrived_from, field)) WITHOUT ROWID",
    "CREATE TABLE fact_days_stale (day INTEGER PRIMARY KEY) WITHOUT ROWID",
};

// Issue 6's "to review" queue (CaseWriter's isToReview): answered cases the
// citizen was not satisfied with; the cached ones get it from their JSON.
// Status rank 4 is Answered (CaseColumns' statusRank).
constexpr std::string_view kToReview[] = {
    "ALTER TABLE cases ADD COLUMN to_review INTEGER NOT NULL DEFAULT 0",
    "UPDATE cases SET to_review = 1"
    " WHERE status = 4 AND json_extract(json, '$.rating') = 'not_satisfied'",
    "CREATE INDEX cases_to_review_received ON cases(to_review, received_at)",
};

// Issue 7's narrow row: a case's whole JSON (its history: ~2.7 KB a case)
// goes to a table of its own, read only where the whole case is needed
// (CaseStore::caseById, FactsBackfill). A queue or search page of 200 rows
// then reads a few pages of list columns instead of overflow pages of JSON,
// and SQLite's page cache holds rows that are shown. The cases already cached
// move in the background (CaseJsonMove, from the id in meta): in this
// migration the move took minutes at 1,000,000 cases with the desk frozen.
// The row's json column stays (SQLite drops a column only by rewriting every
// row) and holds an empty blob once the JSON moved.
constexpr std::string_view kNarrowRow[] = {
    "CREATE TABLE case_json (id INTEGER PRIMARY KEY, json BLOB NOT NULL)",
    "INSERT INTO meta (key, value) SELECT 'json_move_after', '0' WHERE EXISTS (SELECT 1 FROM "
    "cases)",
};

// Issue 9: the server sends the reporter's phone masked and the full number
// only in a reveal's answer, which the desk keeps in memory. The numbers a
// desk cached before are masked in place with the same rule
// (pakn_masked_phone: domain/PhoneMask.h, registered by migrateCache), in
// case_json and in the rows whose JSON has not moved there yet. SQLite
// overwrites the freed bytes (secure_delete), so the file keeps no copy.
constexpr std::string_view kMaskedPhones[] = {
    "PRAGMA secure_delete = ON",
    "UPDATE case_json SET json = CAST(json_set(json, '$.reporterPhone',"
    " pakn_masked_phone(json_extract(json, '$.reporterPhone'))) AS BLOB)"
    " WHERE json_extract(json, '$.reporterPhone') <> ''",
    "UPDATE cases SET json = CAST(json_set(json, '$.reporterPhone',"
    " pakn_masked_phone(json_extract(json, '$.reporterPhone'))) AS BLOB)"
    " WHERE CASE WHEN length(json) > 0 THEN json_extract(json, '$.reporterPhone') END <> ''",
};

// Issue 7: the indexes a first sync dropped to build once at its end
// (DeferredIndexes), by name with their CREATE statement. While a row is
// here the index does not exist: a later migration that drops an index of
// cases or case_facts must say IF EXISTS.
constexpr std::string_view kDeferredIndexes[] = {
    "CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)",
};

// Issue 7: a first sync into an empty cache stages its cases' facts here and
// moves them into case_facts, in that table's order, at its end (StagedFacts):
// the columns of case_facts and the case's version the facts were made from.
constexpr std::string_view kStagedFacts[] = {
    "CREATE TABLE case_facts_staged ("
    " version INTEGER NOT NULL,"
    " seq INTEGER NOT NULL,"
    " at INTEGER NOT NULL,"
    " case_id INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " unit_id INTEGER NOT NULL,"
    " other_unit_id INTEGER NOT NULL,"
    " officer_id INTEGER NOT NULL,"
    " field TEXT NOT NULL,"
    " due INTEGER NOT NULL,"
    " started_at INTEGER NOT NULL,"
    " rating INTEGER,"
    " grouped INTEGER NOT NULL)",
};

// Issue 7: a new cache's pages are 16 KiB (CacheDatabase); its search index
// writes leaves of nearly a page, fewer and larger than FTS5's 4 KB default
// (a tenth less work to build it in a first sync). A cache of 4 KiB pages
// keeps the default, which fits its pages.
constexpr std::string_view kSearchLeafSize[] = {
    "INSERT INTO cases_fts (cases_fts, rank) SELECT 'pgsz', 16000"
    " WHERE (SELECT page_size FROM pragma_page_size()) >= 16384",
};

constexpr std::array kMigrations = {
    CacheMigration{1, kInitialSchema},
    CacheMigration{2, kLocalDrafts},
    CacheMigration{3, kReferenceData},
    CacheMigration{4, kWorkbenchQueues},
    CacheMigration{5, kDeadlineShownAndFirstSync},
    CacheMigration{6, kCaseFacts},
    CacheMigration{7, kFactDays},
    CacheMigration{8, kToReview}, // c4-deskintake (issue 6)
    CacheMigration{9, kNarrowRow},
    CacheMigration{10, kMaskedPhones},
    CacheMigration{11, kDeferredIndexes},
    CacheMigration{12, kStagedFacts},
    CacheMigration{13, kSearchLeafSize},
};

constexpr bool numberedFromOneWithoutGaps()
{
    for (std::size_t i = 0; i < kMigrations.size(); ++i)
        if (kMigrations[i].version != int(i) + 1 || kMigrations[i].statements.empty())
            return false;
    return true;
}
static_assert(numberedFromOneWithoutGaps(), "cache migrations must be numbered 1, 2, 3, ...");

void maskedPhoneFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray masked = maskedPhone(QString::fromUtf8(text ? text : "")).toUtf8();
    sqlite3_result_text(context, masked.constData(), int(masked.size()), SQLITE_TRANSIENT);
}

// pakn_masked_phone(text) for the migrations, on this connection.
bool registerPhoneMask(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = sqliteHandleOf(db, error);
    if (!handle)
        return false;
    if (sqlite3_create_function_v2(handle, "pakn_masked_phone", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   &maskedPhoneFunction, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

std::span<const CacheMigration> cacheMigrations()
{
    return kMigrations;
}

int storedSchemaVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                               "'schema_version'")) ||
        !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrateCache(const QSqlDatabase &db, int target, QString *error)
{
    const int current = storedSchemaVersion(db, error);
    if (current < 0)
        return false;
    if (current >= qMin(target, kMigrations.back().version) &&
        current <= kMigrations.back().version)
        return true; // the usual case: no write lock needed
    if (!registerPhoneMask(db, error))
        return false;
    int firstStored = -1; // the version found before this call's first migration
    int migratedTo = -1;
    for (const CacheMigration &m : kMigrations) {
        if (m.version > target)
            break;
        SqlTransaction tx(db);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        // Read under the write lock: the GUI's and the sync thread's connections
        // may open an old file at the same moment, and only one may migrate it.
        const int stored = storedSchemaVersion(db, error);
        if (stored < 0)
            return false;
        if (stored > kMigrations.back().version) {
            *error = CacheDatabase::tr(
                         "The cache was written by a newer version of PAKN Desk (schema %1, this "
                         "version knows up to %2).")
                         .arg(stored)
                         .arg(kMigrations.back().version);
            return false;
        }
        if (m.version <= stored)
            continue; // nothing written; the guard ends the transaction
        if (firstStored < 0)
            firstStored = stored;
        for (std::string_view statement : m.statements) {
            const QString sql = QLatin1String(statement.data(), qsizetype(statement.size()));
            if (!exec(db, sql, error)) {
                *error = CacheDatabase::tr("Migration %1 of the cache failed: %2")
                             .arg(m.version)
                             .arg(*error);
                return false; // tx rolls back
            }
        }
        if (!exec(db, QStringLiteral("DELETE FROM schema_version"), error) ||
            !exec(db,
                  QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(m.version),
                  error))
            return false;
        if (!tx.commit()) {
            *error = tx.error();
            return false;
        }
        migratedTo = m.version;
    }
    if (migratedTo > 0) // one line, not one per step: a new cache takes every step
        qCDebug(lcCache) << "cache schema migrated from version" << firstStored << "to"
                         << migratedTo;
    return true;
}

} // namespace pakn
