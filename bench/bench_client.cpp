// Client baselines with a real server: initial sync of N demo cases over
// loopback HTTPS beside the raw SQLite insert of the same rows, folded search latency (p50/p95) on
// the filled cache, and the client's resident memory. Usage: bench_client [N] [PROFILE_DIR] [RUNS]
// (default 100000; with PROFILE_DIR the synced profile is kept there, for
// bench/desk_startup.sh, "" for none; RUNS first syncs, 1 by default).
// Needs PAKN_SERVER_BIN (path to pakn-server). Prints a Markdown table.

#include "BenchSupport.h"
#include "RawSqliteBaseline.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

namespace {

// One first sync into `profile`, with its raw-insert baseline, as table rows.
bool syncRun(ClientProfile &profile, const ServerProcess &server)
{
    if (!logIn(profile, server, QStringLiteral("coordinator"))) // sees every case
        return false;
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = cpuSeconds();
    if (!syncOnce(profile))
        return false;
    const double syncSeconds = clock.elapsed() / 1000.0;
    row("client: initial sync over loopback HTTPS",
        QStringLiteral("%1 s").arg(syncSeconds, 0, 'f', 1));
    // The wall time depends on what else runs on the machine; the client's own CPU less so.
    row("client: CPU time of the sync (the client's threads, not the server's)",
        QStringLiteral("%1 s").arg(cpuSeconds() - cpuBefore, 0, 'f', 1));
    row("client: resident memory right after the sync (bench process)",
        QStringLiteral("%1 MiB").arg(rssKiB() / 1024));
    // Issue 7's baseline, in the same run: the same rows inserted with the C API.
    QTemporaryDir scratch;
    if (const auto raw =
            rawInsertOfCases(profile.cachePath(), scratch.filePath(QStringLiteral("raw.sqlite"))))
        row("baseline: the same cases rows inserted with SQLite's C API, one transaction",
            QStringLiteral("%1 s for %2 rows (the sync took %3× as long)")
                .arg(raw->seconds, 0, 'f', 2)
                .arg(raw->rows)
                .arg(raw->seconds > 0 ? syncSeconds / raw->seconds : 0, 0, 'f', 1));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    std::printf("| figure (%d demo cases) | value |\n|---|---|\n", cases);

    QElapsedTimer clock;
    clock.start();
    ServerProcess server(cases);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    row("server: seed demo data and start",
        QStringLiteral("%1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1));

    QTemporaryDir dir;
    const QString kept = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    ClientProfile profile(kept.isEmpty() ? dir.path() : kept);
    // RUNS > 1: further first syncs into new profiles from the same server,
    // each beside its own raw insert, without seeding again.
    const int runs = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 1;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir again;
        ClientProfile another(again.path());
        if (!syncRun(run == 0 ? profile : another, server))
            return 1;
    }
    clock.restart();
    const int fetched = fetchFeedOnly(profile, 1000);
    row("the same feed fetched and decoded again, nothing stored (server, TLS, JSON)",
        QStringLiteral("%1 s for %2 cases").arg(clock.elapsed() / 1000.0, 0, 'f', 1).arg(fetched));
    row("client: resident memory after the baseline and the feed again (bench process)",
        QStringLiteral("%1 MiB").arg(rssKiB() / 1024));

    auto db = CacheDatabase::open(profile.cachePath(), QStringLiteral("bench"), &error);
    if (!db)
        return 1;
    const CaseStore store(db->db());
    CaseQuery all;
    all.queue = Queue::All;
    row("client: cases in cache", QString::number(store.count(all)));

    const QStringList oneWord = {QStringLiteral("duong"), QStringLiteral("rac"),
                                 QStringLiteral("ngap"),  QStringLiteral("kim"),
                                 QStringLiteral("den"),   QStringLiteral("lan"),
                                 QStringLiteral("cay"),   QStringLiteral("ho")};
    const QStringList twoWords = {QStringLiteral("duong lang"), QStringLiteral("kim ma"),
                                  QStringLiteral("rac thai"),   QStringLiteral("ngap ung"),
                                  QStringLiteral("den duong"),  QStringLiteral("dong anh"),
                                  QStringLiteral("via he"),     QStringLiteral("o ga")};
    for (const auto &[label, queries] :
         {std::pair{"search, 1 word: first page of 200 (p50 / p95)", oneWord},
          std::pair{"search, 2 words: first page of 200 (p50 / p95)", twoWords}}) {
        QList<double> ms;
        for (int round = 0; round < 10; ++round)
            for (const QString &q : queries) {
                CaseQuery query = all;
                query.search = q;
                QElapsedTimer t;
                t.start();
                const auto rows = store.page(query, {}, 200);
                ms.append(t.nsecsElapsed() / 1e6);
                Q_UNUSED(rows);
            }
        row(label, medianAndP95(ms));
    }
    return 0;
}
