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
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

namespace {

// Runs the event loop until `done()` holds, checked whenever `engine` ends a
// round; false after `timeoutMs`.
bool waitForRound(SyncEngine &engine, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

// Posts a note on case `id` as A; the new version, or -1.
qint64 note(ApiClient &api, qint64 id, qint64 version, int n)
{
    QEventLoop loop;
    qint64 answered = -1;
    api.post(QStringLiteral("cases/%1/actions").arg(id),
             {{QStringLiteral("action"), QStringLiteral("note")},
              {QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
              {QStringLiteral("baseVersion"), version},
              {QStringLiteral("params"),
               QJsonObject{{QStringLiteral("text"), QStringLiteral("Đo độ trễ %1").arg(n)}}}},
             [&](const ApiResult &r) {
                 if (r.ok())
                     answered = r.body.value(QStringLiteral("case"))
                                    .toObject()
                                    .value(QStringLiteral("version"))
                                    .toInteger(-1);
                 else
                     std::fprintf(stderr, "action failed: %s\n", qPrintable(r.message));
                 loop.quit();
             });
    loop.exec();
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

    // One change, timed from A's answer until B's cache has its version.
    const auto measure = [&](bool live, int n) -> double {
        version = note(api, id, version, n);
        if (version < 0)
            return -1;
        QElapsedTimer clock;
        clock.start();
        if (!live)
            engine.syncNow(); // B told at once: the floor
        const bool seen = waitForRound(
            engine, [&] { return seenByB.caseById(id)->version >= version; }, 60000);
        return seen ? double(clock.nsecsElapsed()) / 1e6 : -1;
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
