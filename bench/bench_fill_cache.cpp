// Fills a client profile's cache with N cases quickly, for start-up figures at
// city scale (bench/desk_startup.sh): the demo server seeds a million cases
// far too slowly, so a real server seeds a few thousand, the coordinator (who
// sees every case) logs in and syncs them, and the synced cases are then
// copied under new ids — with their real titles, texts, units and histories —
// through CaseStore::applyFeedPage, many pages per transaction, the path the
// sync engine itself takes. The profile stays logged in (its token no longer
// matters: the server is gone, so the desk starts offline).
// Usage: bench_fill_cache N PROFILE_DIR [SEED_CASES]   Needs PAKN_SERVER_BIN.

#include "BenchSupport.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/SqlTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_fill_cache N PROFILE_DIR [SEED_CASES]\n");
        return 2;
    }
    const qint64 wanted = QByteArray(argv[1]).toLongLong();
    const int seed = argc > 3 ? QByteArray(argv[3]).toInt() : 5000;
    QElapsedTimer clock;
    clock.start();

    QString error;
    {
        ServerProcess server(seed);
        if (!server.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ClientProfile profile(QString::fromLocal8Bit(argv[2]));
        if (!logIn(profile, server, QStringLiteral("coordinator")) || !syncOnce(profile))
            return 1;
    }
    std::fprintf(stderr, "seeded and synced %d cases in %.1f s\n", seed, clock.elapsed() / 1e3);

    const ClientProfile profile(QString::fromLocal8Bit(argv[2]));
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
                c.receivedAt = c.receivedAt.addSecs(-60 * minutes);
                c.updatedAt = c.updatedAt.addSecs(-60 * minutes);
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
