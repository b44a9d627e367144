#include "storage/Migrations.h"

#include "ServerLogging.h"
#include "storage/Dialect.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <span>

namespace pakn::server {

namespace {

struct Migration
{
    int version;
    const char *description;
    std::span<const char *const> statements;
};

// Times are UTC milliseconds since the epoch (BIGINT): portable, and they sort.
constexpr const char *initialSchema[] = {
    "CREATE TABLE units (id %ID%, parent_id BIGINT NOT NULL DEFAULT 0, name TEXT NOT NULL,"
    " kind TEXT NOT NULL)",
    "CREATE TABLE accounts (id %ID%, login TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
    " role TEXT NOT NULL, unit_id BIGINT NOT NULL REFERENCES units(id),"
    " display_name TEXT NOT NULL, disabled SMALLINT NOT NULL DEFAULT 0)",
    "CREATE INDEX accounts_unit ON accounts(unit_id)",
    "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,"
    " account_id BIGINT NOT NULL REFERENCES accounts(id), client TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
    "CREATE INDEX sessions_expiry ON sessions(expires_at)",
    // unit_id 0 means "not routed yet", so it cannot reference units.
    "CREATE TABLE cases (id %ID%, version BIGINT NOT NULL, seq BIGINT NOT NULL,"
    " title TEXT NOT NULL, description TEXT NOT NULL, reporter_name TEXT NOT NULL,"
    " reporter_phone TEXT NOT NULL, channel TEXT NOT NULL, received_at BIGINT NOT NULL,"
    " field TEXT NOT NULL, urgency TEXT NOT NULL, address TEXT NOT NULL,"
    " latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,"
    " unit_id BIGINT NOT NULL DEFAULT 0, assignee_id BIGINT NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL, accept_deadline BIGINT, answer_deadline BIGINT,"
    " reply_draft TEXT NOT NULL, reply_published TEXT NOT NULL, answered_at BIGINT,"
    " updated_at BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX cases_seq ON cases(seq)",
    "CREATE INDEX cases_unit_seq ON cases(unit_id, seq)",
    // Append-only: the code never updates or deletes a row of case_events.
    "CREATE TABLE case_events (id %ID%, case_id BIGINT NOT NULL REFERENCES cases(id),"
    " at BIGINT NOT NULL, actor_id BIGINT NOT NULL, actor_name TEXT NOT NULL,"
    " action TEXT NOT NULL, detail TEXT NOT NULL, client TEXT NOT NULL)",
    "CREATE INDEX case_events_case ON case_events(case_id, id)",
    // A tombstone for the feed: at `seq` the case left old_unit_id.
    "CREATE TABLE feed_removals (seq BIGINT PRIMARY KEY,"
    " case_id BIGINT NOT NULL REFERENCES cases(id), old_unit_id BIGINT NOT NULL)",
    "CREATE INDEX feed_removals_unit ON feed_removals(old_unit_id, seq)",
    "CREATE TABLE idempotency (account_id BIGINT NOT NULL, idem_key TEXT NOT NULL,"
    " http_status INTEGER NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL,"
    " PRIMARY KEY (account_id, idem_key))",
    // One row. Writers take the next seq by updating it inside their
    // transaction, which also serializes them (the row stays locked until
    // commit), so seq values become visible in order and the feed never skips.
    "CREATE TABLE feed_sequence (id INTEGER PRIMARY KEY, last_seq BIGINT NOT NULL)",
    "INSERT INTO feed_sequence (id, last_seq) VALUES (1, 0)",
};

// Merged units stay (old history names them) but stop being routing targets.
constexpr const char *unitMerging[] = {
    "ALTER TABLE units ADD COLUMN merged_into BIGINT NOT NULL DEFAULT 0",
};

// Reference data (ReferenceRepository): the calendar, the deadline rules, the
// fields and the reply templates. The one row of reference_revision appears
// when the defaults are seeded; every change bumps its revision.
constexpr const char *referenceData[] = {
    "CREATE TABLE reference_revision (id INTEGER PRIMARY KEY, revision BIGINT NOT NULL,"
    " accept_hours INTEGER NOT NULL)",
    "CREATE TABLE office_hours (start_minute INTEGER PRIMARY KEY, end_minute INTEGER NOT NULL)",
    // day as 'YYYY-MM-DD'; working 0 for a holiday, 1 for a make-up working day
    "CREATE TABLE calendar_days (day TEXT PRIMARY KEY, working SMALLINT NOT NULL,"
    " name TEXT NOT NULL)",
    "CREATE TABLE case_fields (code TEXT PRIMARY KEY, position INTEGER NOT NULL,"
    " name_vi TEXT NOT NULL, name_en TEXT NOT NULL, active SMALLINT NOT NULL)",
    // field '' is the general rule for the urgency
    "CREATE TABLE answer_rules (field TEXT NOT NULL, urgency TEXT NOT NULL,"
    " hours INTEGER NOT NULL, PRIMARY KEY (field, urgency))",
    "CREATE TABLE reply_templates (id BIGINT PRIMARY KEY, field TEXT NOT NULL,"
    " title TEXT NOT NULL, body TEXT NOT NULL)",
};

// The whole lifecycle (DOMAIN.md): acceptance time, extensions, ratings,
// merges, reopening; what changed as values on each event; and the history
// made append-only in the database itself, not only by convention.
constexpr const char *fullWorkflow[] = {
    "ALTER TABLE cases ADD COLUMN accepted_at BIGINT",
    "ALTER TABLE cases ADD COLUMN rating TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN rated_at BIGINT",
    "ALTER TABLE cases ADD COLUMN merged_into BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN closed_at BIGINT",
    "ALTER TABLE cases ADD COLUMN extensions TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE case_events ADD COLUMN data TEXT NOT NULL DEFAULT ''",
    "sqlite:CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events"
    " BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
    "sqlite:CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events"
    " BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
    "postgresql:CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'case history is append-only'; END$$",
    "postgresql:CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events"
    " FOR EACH ROW EXECUTE FUNCTION case_events_append_only()",
};

// Attachments (docs/API.md, "Attachments"): the description of each file; the
// bytes live on disk (AttachmentFiles). Withdrawn ones keep their row (the
// history names them) with removed_at set. `ordinal` keeps upload order when
// two uploads share a millisecond. Plain SQL both SQLite and PostgreSQL run, so
// no statement needs a "sqlite:"/"postgresql:" prefix.
constexpr const char *attachments[] = {
    "CREATE TABLE attachments (id TEXT PRIMARY KEY,"
    " case_id BIGINT NOT NULL REFERENCES cases(id), ordinal INTEGER NOT NULL,"
    " purpose TEXT NOT NULL, file_name TEXT NOT NULL, content_type TEXT NOT NULL,"
    " size BIGINT NOT NULL, sha256 TEXT NOT NULL, width INTEGER NOT NULL DEFAULT 0,"
    " height INTEGER NOT NULL DEFAULT 0, uploaded_at BIGINT NOT NULL,"
    " uploaded_by BIGINT NOT NULL, uploaded_by_name TEXT NOT NULL,"
    " removed_at BIGINT, removed_by BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX attachments_case ON attachments(case_id, ordinal)",
};

// The figures (docs/METRICS.md): the facts each case's history gives
// (domain/CaseFacts.h), one row per fact, rewritten with the case in the same
// transaction, so a period is read as a range of `at` and overdue cases as a
// range of Open facts' `due`. `ordinal` keeps the history order. A database
// from before gets its facts built once at start-up (CaseFactBackfill), which
// the row in case_facts_backfill asks for and the backfill removes when done.
// Also the ranking weights of the reference data (ReferenceData::ranking).
constexpr const char *caseFacts[] = {
    "CREATE TABLE case_facts (case_id BIGINT NOT NULL REFERENCES cases(id),"
    " ordinal INTEGER NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL,"
    " unit_id BIGINT NOT NULL, other_unit_id BIGINT NOT NULL, officer_id BIGINT NOT NULL,"
    " field TEXT NOT NULL, due BIGINT, started_at BIGINT, rating TEXT NOT NULL,"
    " PRIMARY KEY (case_id, ordinal))",
    "CREATE INDEX case_facts_at ON case_facts(at)",
    "CREATE INDEX case_facts_open_due ON case_facts(kind, due)",
    "CREATE TABLE case_facts_backfill (id INTEGER PRIMARY KEY, next_case_id BIGINT NOT NULL)",
    "INSERT INTO case_facts_backfill (id, next_case_id) VALUES (1, 0)",
    "ALTER TABLE reference_revision ADD COLUMN ranking_on_time DOUBLE PRECISION NOT NULL"
    " DEFAULT 0.6",
    "ALTER TABLE reference_revision ADD COLUMN ranking_satisfaction DOUBLE PRECISION NOT NULL"
    " DEFAULT 0.4",
};

// Open311 client applications (Open311ClientRepository): one API key each,
// stored as its SHA-256 hex.
constexpr const char *open311Clients[] = {
    "CREATE TABLE open311_clients (id %ID%, name TEXT NOT NULL UNIQUE,"
    " key_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL)",
};

// The Zalo channel (server/zalo/ZaloStore.h): event ids already handled, the
// messages of reports still being gathered, each citizen's last message, and
// the citizen of each Zalo case.
constexpr const char *zaloChannel[] = {
    "CREATE TABLE zalo_seen_events (msg_id TEXT PRIMARY KEY, received_at BIGINT NOT NULL)",
    "CREATE TABLE zalo_pending (id %ID%, user_id TEXT NOT NULL, at BIGINT NOT NULL,"
    " text TEXT NOT NULL, image_url TEXT NOT NULL, latitude DOUBLE PRECISION,"
    " longitude DOUBLE PRECISION, send SMALLINT NOT NULL DEFAULT 0)",
    "CREATE INDEX zalo_pending_user ON zalo_pending(user_id, id)",
    "CREATE TABLE zalo_citizens (user_id TEXT PRIMARY KEY, last_message_at BIGINT NOT NULL)",
    "CREATE TABLE zalo_cases (case_id BIGINT PRIMARY KEY REFERENCES cases(id),"
    " user_id TEXT NOT NULL)",
    "CREATE INDEX zalo_cases_user ON zalo_cases(user_id)",
};

// The OA's current tokens (one row), shared by every server instance: Zalo's
// refresh tokens are single-use, so a token one instance refreshed must be
// the one the others use.
constexpr const char *zaloTokens[] = {
    "CREATE TABLE zalo_tokens (id INTEGER PRIMARY KEY, access_token TEXT NOT NULL,"
    " refresh_token TEXT NOT NULL, updated_at BIGINT NOT NULL)",
};

// Each case's feed JSON, ready to send (CaseFeedJson); filled for the cases
// already there at start-up (Database::migrate).
constexpr const char *caseFeedJson[] = {
    "sqlite:ALTER TABLE cases ADD COLUMN feed_json BLOB",
    "postgresql:ALTER TABLE cases ADD COLUMN feed_json BYTEA",
    "ALTER TABLE cases ADD COLUMN feed_json_seq BIGINT",
};

// The units' revision, moved by every unit write (UnitTreeSnapshot).
constexpr const char *unitRevision[] = {
    "CREATE TABLE unit_revision (id INTEGER PRIMARY KEY, revision BIGINT NOT NULL)",
    "INSERT INTO unit_revision (id, revision) VALUES (1, 1)",
};

// An account given a password the server made up (first install, reset) must
// choose its own at its first login: the made-up one is in apt's log.
constexpr const char *passwordChange[] = {
    "ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
};

// Failed logins by account and by source address (LoginThrottle), shared by every instance.
constexpr const char *loginFailures[] = {
    "CREATE TABLE login_failures (kind TEXT NOT NULL, subject TEXT NOT NULL,"
    " failed_at BIGINT NOT NULL)",
    "CREATE INDEX login_failures_subject ON login_failures(kind, subject, failed_at)",
};

// The administration's history (AdminEventRepository), append-only like case_events.
constexpr const char *adminHistory[] = {
    "CREATE TABLE admin_events (id %ID%, at BIGINT NOT NULL, actor_id BIGINT NOT NULL,"
    " actor_name TEXT NOT NULL, client TEXT NOT NULL, action TEXT NOT NULL,"
    " summary TEXT NOT NULL)",
    "sqlite:CREATE TRIGGER admin_events_no_update BEFORE UPDATE ON admin_events"
    " BEGIN SELECT RAISE(ABORT, 'the administration history is append-only'); END",
    "sqlite:CREATE TRIGGER admin_events_no_delete BEFORE DELETE ON admin_events"
    " BEGIN SELECT RAISE(ABORT, 'the administration history is append-only'); END",
    "postgresql:CREATE FUNCTION admin_events_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'the administration history is append-only'; END$$",
    "postgresql:CREATE TRIGGER admin_events_append_only BEFORE UPDATE OR DELETE ON admin_events"
    " FOR EACH ROW EXECUTE FUNCTION admin_events_append_only()",
};

// The feed JSON now carries the reporter's phone masked: the stored bytes
// (written with the full number) are dropped and rewritten at start-up
// (Database::migrate refills every case whose feed_json_seq is not its seq).
constexpr const char *maskedPhoneFeedJson[] = {
    "UPDATE cases SET feed_json = NULL, feed_json_seq = NULL",
};

constexpr std::array<Migration, 15> migrationList = {{
    {1, "initial schema", initialSchema},
    {2, "merged units", unitMerging},
    {3, "reference data", referenceData},
    {4, "full workflow", fullWorkflow},
    {5, "attachments", attachments},
    {6, "case facts", caseFacts},
    {7, "open311 clients", open311Clients},
    {8, "zalo channel", zaloChannel},
    {9, "zalo tokens", zaloTokens},
    {10, "case feed json", caseFeedJson},
    {11, "unit revision", unitRevision},
    {12, "password change", passwordChange},
    {13, "login failures", loginFailures},
    {14, "admin history", adminHistory},
    {15, "masked phone in feed json", maskedPhoneFeedJson},
}};

constexpr bool numberedInOrder()
{
    for (std::size_t i = 0; i < migrationList.size(); ++i)
        if (migrationList[i].version != int(i) + 1)
            return false;
    return true;
}
static_assert(numberedInOrder(), "migrations must be numbered 1, 2, 3, … in order");

std::optional<QString> dialectPrefix(const QString &sql)
{
    for (const char *prefix : {"sqlite", "postgresql"})
        if (sql.startsWith(QLatin1String(prefix) + QLatin1Char(':')))
            return QString::fromLatin1(prefix);
    return std::nullopt;
}

} // namespace

int Migrations::latestVersion()
{
    return migrationList.back().version;
}

int Migrations::currentVersion(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")) ||
        !q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

bool Migrations::run(QSqlDatabase db, QString *error)
{
    return run(db, error, latestVersion());
}

bool Migrations::run(QSqlDatabase db, QString *error, int version)
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this server "
                                "knows (%2); use a newer pakn-server")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    const QString id = Dialect::autoId(db);
    const QString dialect = Dialect::name(db);
    for (const Migration &m : migrationList) {
        if (m.version <= current || m.version > version)
            continue;
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.errorText();
            return false;
        }
        QSqlQuery q(db);
        for (const char *statement : m.statements) {
            QString sql = QString::fromLatin1(statement);
            // "sqlite:" and "postgresql:" statements run on that database only.
            if (const auto only = dialectPrefix(sql)) {
                if (*only != dialect)
                    continue;
                sql = sql.mid(only->size() + 1);
            }
            sql.replace(QStringLiteral("%ID%"), id);
            if (!q.exec(sql)) {
                *error = QStringLiteral("migration %1 (%2) failed: %3")
                             .arg(m.version)
                             .arg(QLatin1String(m.description), q.lastError().text());
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(m.version);
        if (!q.exec() || !transaction.commit()) {
            *error = q.lastError().text() + transaction.errorText();
            return false;
        }
        qCInfo(lcStorage) << "database migrated to schema version" << m.version;
    }
    return true;
}

} // namespace pakn::server
