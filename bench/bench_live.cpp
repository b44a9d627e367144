// Issue 7 "a change on one desk visible on another within a second": the time
// from desk A's action being answered by the server to desk B's cache holding
// it, B learning of it through the long poll (FeedWatcher) — against, in the
// same run, B told at once by the benchmark itself and syncing (the floor a
// push could reach). Real server over loopback HTTPS, real caches.
// Usage: bench_live [CHANGES] [CASES] (default 50, 2000). Needs PAKN_SERVER_BIN.
// Prints a Markdown table.

#include "BenchSupport.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "net/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

namespace {

QElapsedTimer benchClock; // one clock for A's answers and B's rounds

// Runs the event loop until `done()` holds; false after `timeoutMs`.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

// Posts a note on case `id` as A: the new version, or -1. When the answer
// comes, `answeredAt` and `wanted` (the new version) are set at once: B's
// round may end in the same pass of the event loop.
qint64 note(ApiClient &api, qint64 id, qint64 version, int n, qint64 *answeredAt, qint64 *wanted)
{
    qint64 answered = -1;
    bool done = false;
    api.post(QStringLiteral("cases/%1/actions").arg(id),
             {{QStringLiteral("action"), QStringLiteral("note")},
              {QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
              {QStringLiteral("baseVersion"), version},
              {QStringLiteral("params"),
               QJsonObject{{QStringLiteral("text"), QStringLiteral("Đo độ trễ %1").arg(n)}}}},
             [&](const ApiResult &r) {
                 *answeredAt = benchClock.nsecsElapsed();
                 done = true;
                 if (!r.ok()) {
                     std::fprintf(stderr, "action failed: %s\n", qPrintable(r.message));
                     return;
                 }
                 answered = r.body.value(QStringLiteral("case"))
                                .toObject()
                                .value(QStringLiteral("version"))
                                .toInteger(-1);
                 *wanted = answered;
             });
    waitFor([&] { return done; }, 60000);
    return answered;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int changes = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    const int cases = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    ServerProcess server(cases);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // A: the Kim Mã officer, who acts; B: the Kim Mã leader, whose desk must see it.
    QTemporaryDir dirA, dirB;
    ClientProfile a(dirA.path()), b(dirB.path());
    if (!logIn(a, server, QStringLiteral("officer")) ||
        !logIn(b, server, QStringLiteral("leader")) || !syncOnce(b))
        return 1;
    auto cache = CacheDatabase::open(b.cachePath(), QStringLiteral("bench-reader"), &error);
    if (!cache)
        return 1;
    const CaseStore seenByB(cache->db());
    CaseQuery assigned;
    assigned.queue = Queue::All;
    qint64 id = 0;
    for (const CaseRow &row : seenByB.page(assigned, {}, 1000))
        if (row.status == CaseStatus::InProgress) {
            id = row.id;
            break;
        }
    if (!id)
        return 1;
    qint64 version = seenByB.caseById(id)->version;

    ApiClient api(a.endpoint);
    api.setToken(a.readToken());
    SyncEngine engine(b.cachePath(), b.endpoint, b.readToken(), QStringLiteral("bench"));
    engine.start();

    // B's cache is checked at the end of each of its rounds: when it first
    // holds A's latest version, that is the time the change arrived.
    qint64 wanted = -1, arrivedAt = -1;
    QObject::connect(&engine, &SyncEngine::roundFinished, [&] {
        if (arrivedAt < 0 && wanted > 0 && seenByB.caseById(id)->version >= wanted)
            arrivedAt = benchClock.nsecsElapsed();
    });
    benchClock.start();
    // One change, timed from A's answer until B's cache has its version.
    const auto measure = [&](bool live, int n) -> double {
        arrivedAt = -1;
        wanted = -1;
        qint64 answeredAt = 0;
        version = note(api, id, version, n, &answeredAt, &wanted);
        if (version < 0)
            return -1;
        if (!live)
            engine.syncNow(); // B told at once: the floor
        if (!waitFor([&] { return arrivedAt >= 0; }, 60000))
            return -1;
        return double(arrivedAt - answeredAt) / 1e6;
    };
    QList<double> told, watched;
    for (int i = 0; i < changes; ++i)
        told.append(measure(false, i));
    engine.setLiveFeed(true);
    measure(true, -1); // warm-up: the first wait and its connection
    for (int i = 0; i < changes; ++i)
        watched.append(measure(true, i));
    if (told.contains(-1) || watched.contains(-1)) {
        std::fprintf(stderr, "a change did not arrive\n");
        return 1;
    }
    std::printf("| figure (%d changes, %d demo cases) | p50 / p95 |\n|---|---|\n", changes, cases);
    row("B told at once, syncs (baseline)", medianAndP95(told));
    row("B through the long poll (GET /feed/wait)", medianAndP95(watched));
    row("ratio of the medians, long poll / baseline",
        QString::number(percentile(watched, 0.5) / percentile(told, 0.5), 'f', 2));
    return 0;
}
