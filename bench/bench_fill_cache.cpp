// Fills a client profile's cache with N cases quickly, for start-up figures at
// city scale (bench/desk_startup.sh): the demo server seeds a million cases
// far too slowly, so a real server seeds a few thousand, the coordinator (who
// sees every case) logs in and syncs them, and the synced cases are then
// copied under new ids — with their real titles, texts, units and histories —
// through CaseStore::applyFeedPage, many pages per transaction, the path the
// sync engine itself takes. The profile stays logged in (its token no longer
// matters: the server is gone, so the desk starts offline).
// With --sql the copies are made by SQL instead (INSERT … SELECT with the
// indexes dropped and rebuilt, then the search index rebuilt): the same rows
// and columns in minutes rather than twenty, for the read-side benchmarks;
// only the JSON's own times stay the template's. Either way each copy's facts
// (case_facts) move back with it, so a million cases' facts spread over about
// two years like real ones; a copy more than 30 days old has no Open fact (a
// real case that old has long been answered).
// Usage: bench_fill_cache N PROFILE_DIR [SEED_CASES] [--sql]   Needs PAKN_SERVER_BIN.

#include "BenchSupport.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseColumns.h"
#include "cache/CaseStore.h"
#include "cache/SqlTransaction.h"
#include "domain/CaseFacts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

namespace {

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
    return false;
}

// The facts of the cases one round copied (the first `count` ids up to
// maxId), moved back in time as their cases were.
bool copyFacts(QSqlQuery &q, qint64 offset, CaseId maxId, qint64 count)
{
    constexpr qint64 kMonthMs = 30LL * 24 * 3600 * 1000;
    const QString shift = QStringLiteral("60000 * (case_id + ? - ?)");
    return exec(q,
                QStringLiteral("INSERT INTO case_facts (at, case_id, seq, kind, unit_id,"
                               " other_unit_id, officer_id, field, due, started_at, rating)"
                               " SELECT at - ") +
                    shift +
                    QStringLiteral(", case_id + ?, seq, kind, unit_id, other_unit_id, officer_id,"
                                   " field, CASE due WHEN 0 THEN 0 ELSE due - ") +
                    shift +
                    QStringLiteral(" END, CASE started_at WHEN 0 THEN 0 ELSE started_at - ") +
                    shift +
                    QStringLiteral(" END, rating FROM case_facts WHERE case_id IN"
                                   " (SELECT id FROM cases WHERE id <= ? ORDER BY id LIMIT ?)"
                                   " AND NOT (kind = ? AND ") +
                    shift + QStringLiteral(" > ?)"),
                {offset, maxId, offset, offset, maxId, offset, maxId, maxId, count,
                 int(FactKind::Open), offset, maxId, kMonthMs});
}

// Copies the synced cases (ids up to maxId) round after round under new ids,
// each copy one minute further back per id, as the CaseStore path does. Each
// round commits (so the WAL is checkpointed as it goes); the indexes are
// dropped first and made once at the end, each in one sorted pass.
bool fillBySql(QSqlDatabase db, qint64 wanted, CaseId maxId)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA cache_size = -1000000")) ||
        !exec(q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
                                " tbl_name IN ('cases', 'case_facts') AND sql IS NOT NULL")))
        return false;
    QStringList names, creates;
    while (q.next()) {
        names.append(q.value(0).toString());
        creates.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : names)
        if (!exec(q, QStringLiteral("DROP INDEX ") + name))
            return false;
    const QString columns = QStringLiteral(
        "version, title, title_key, status, is_open, field, urgency, unit_id, unit_name,"
        " unit_key, assignee_id, assignee_name, assignee_key, pending, folded, channel,"
        " has_draft, last_step, extension_pending, dup_key, changed_by, possible_dup");
    if (!exec(q, QStringLiteral("SELECT count(*) FROM cases")) || !q.next())
        return false;
    qint64 made = q.value(0).toLongLong();
    q.finish();
    for (qint64 round = 1; made < wanted; ++round) {
        const qint64 offset = round * maxId;
        SqlTransaction tx(db);
        const qint64 copied = wanted - made;
        if (!exec(q,
                  QStringLiteral("INSERT INTO cases (id, received_at, answer_deadline, json, ") +
                      columns +
                      QStringLiteral(") SELECT id + ?, received_at - 60000 * (id + ? - ?),"
                                     " CASE answer_deadline WHEN ? THEN ? ELSE answer_deadline"
                                     " - 60000 * (id + ? - ?) END, x'', ") +
                      columns + QStringLiteral(" FROM cases WHERE id <= ? ORDER BY id LIMIT ?"),
                  {offset, offset, maxId, kNoDeadline, kNoDeadline, offset, maxId, maxId, copied}))
            return false;
        made += q.numRowsAffected();
        if (!exec(q,
                  QStringLiteral("INSERT INTO case_json (id, json) SELECT id + ?,"
                                 " json_set(json, '$.id', id + ?) FROM case_json"
                                 " WHERE id <= ? ORDER BY id LIMIT ?"),
                  {offset, offset, maxId, copied}))
            return false;
        if (!copyFacts(q, offset, maxId, copied))
            return false;
        if (!tx.commit())
            return false;
        std::fprintf(stderr, "\r%lld cases", static_cast<long long>(made));
    }
    std::fprintf(stderr, "\nrebuilding %lld indexes and the search index\n",
                 static_cast<long long>(creates.size()));
    for (const QString &create : creates)
        if (!exec(q, create))
            return false;
    // No ANALYZE: the desk never runs it, so the planner must choose as it does for users.
    return exec(q, QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')")) &&
           exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Moves every time of the case (its facts follow its history).
void shiftTimes(Case &c, qint64 secs)
{
    for (QDateTime *t : {&c.receivedAt, &c.updatedAt, &c.acceptDeadline, &c.answerDeadline,
                         &c.answeredAt, &c.acceptedAt, &c.ratedAt, &c.closedAt})
        if (t->isValid())
            *t = t->addSecs(secs);
    for (CaseEvent &e : c.history) {
        e.at = e.at.addSecs(secs);
        for (auto it = e.data.begin(); it != e.data.end(); ++it) {
            const QDateTime t = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
            if (t.isValid())
                it.value() = t.addSecs(secs).toUTC().toString(Qt::ISODateWithMs);
        }
    }
    for (ExtensionRequest &x : c.extensions)
        for (QDateTime *t : {&x.requestedAt, &x.proposedDeadline, &x.previousDeadline, &x.decidedAt,
                             &x.grantedDeadline})
            if (t->isValid())
                *t = t->addSecs(secs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> args;
    bool bySql = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--sql")
            bySql = true;
        else
            args.append(argv[i]);
    }
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_fill_cache N PROFILE_DIR [SEED_CASES] [--sql]\n");
        return 2;
    }
    const qint64 wanted = args.at(0).toLongLong();
    const QString profileDir = QString::fromLocal8Bit(args.at(1));
    const int seed = args.size() > 2 ? args.at(2).toInt() : 5000;
    QElapsedTimer clock;
    clock.start();

    QString error;
    {
        ServerProcess server(seed);
        if (!server.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ClientProfile profile(profileDir);
        if (!logIn(profile, server, QStringLiteral("coordinator")) || !syncOnce(profile))
            return 1;
    }
    std::fprintf(stderr, "seeded and synced %d cases in %.1f s\n", seed, clock.elapsed() / 1e3);

    const ClientProfile profile(profileDir);
    auto db = CacheDatabase::open(profile.cachePath(), QStringLiteral("fill"), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CaseStore store(db->db());
    CaseQuery all;
    all.queue = Queue::All;
    QList<Case> templates;
    CaseId maxId = 0;
    for (const CaseRow &row : store.page(all, {}, seed + 1000)) {
        if (auto c = store.caseById(row.id))
            templates.append(*c);
        maxId = qMax(maxId, row.id);
    }
    if (templates.isEmpty()) {
        std::fprintf(stderr, "the synced cache is empty\n");
        return 1;
    }

    if (bySql) {
        clock.restart();
        if (!fillBySql(db->db(), wanted, maxId))
            return 1;
        row("cases in the cache", QString::number(store.count(all)));
        row("filling by SQL", QStringLiteral("%1 s").arg(clock.elapsed() / 1e3, 0, 'f', 1));
        return 0;
    }

    // Copies go back in time one minute each, so the newest rows stay the
    // server's own and every queue has a long tail.
    constexpr int kPage = 1000;
    constexpr int kPagesPerTransaction = 50;
    const qint64 cursor = store.cursor();
    qint64 made = store.count(all);
    CaseId next = maxId + 1;
    clock.restart();
    while (made < wanted) {
        SqlTransaction tx(db->db());
        for (int p = 0; p < kPagesPerTransaction && made < wanted; ++p) {
            FeedPage page;
            page.cursor = cursor; // the server's cursor stays: nothing new from it
            for (int i = 0; i < kPage && made < wanted; ++i, ++made, ++next) {
                Case c = templates.at(int(next % templates.size()));
                const qint64 minutes = next - maxId;
                c.id = next;
                shiftTimes(c, -60 * minutes);
                page.changes.append({cursor, c, 0});
            }
            if (!store.applyFeedPage(page, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "%s\n", qPrintable(tx.error()));
            return 1;
        }
        std::fprintf(stderr, "\r%lld cases", static_cast<long long>(made));
    }
    std::fprintf(stderr, "\n");
    row("cases in the cache", QString::number(store.count(all)));
    row("filling through CaseStore", QStringLiteral("%1 s").arg(clock.elapsed() / 1e3, 0, 'f', 1));
    return 0;
}
