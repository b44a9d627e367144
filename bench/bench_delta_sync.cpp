// Delta sync on a kept-alive connection (issue 7 target: p95 ≤ 20 ms): a
// client that has synced N demo cases keeps one SyncEngine running; another
// session changes K cases (a note each) on the real server, then the engine
// runs one round (outbox, scope, reference with ETag, feed) and stores the
// changes. Timed: syncNow() until roundFinished, ROUNDS times, for K = 1 and
// 5, and a round with no change at all as the baseline. The engine lives on
// the main thread here, as in `pakn`; the desk runs it on its own thread.
// Usage: bench_delta_sync [N] [ROUNDS] (default 2000, 100). Needs PAKN_SERVER_BIN.

#include "BenchSupport.h"
#include "ServerProcess.h"
#include "net/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>

using namespace pakn;
using namespace pakn::bench;

namespace {

// Runs `start` and waits for `done` to be called; false when `start` reported a failure.
template <typename Start> bool waitFor(Start start)
{
    QEventLoop loop;
    bool ok = false;
    start([&](bool succeeded) {
        ok = succeeded;
        loop.quit();
    });
    loop.exec();
    return ok;
}

// One note on case `id` by `api`'s session, at its current version.
bool addNote(ApiClient &api, qint64 id)
{
    qint64 version = 0;
    if (!waitFor([&](auto done) {
            api.get(QStringLiteral("cases/%1").arg(id), {}, [&, done](const ApiResult &r) {
                version = r.body.value(QStringLiteral("case"))
                              .toObject()
                              .value(QStringLiteral("version"))
                              .toInteger();
                done(r.ok());
            });
        }))
        return false;
    const QJsonObject body{
        {QStringLiteral("action"), QStringLiteral("note")},
        {QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("baseVersion"), version},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("Đã liên hệ lại với người dân")}}}};
    return waitFor([&](auto done) {
        api.post(QStringLiteral("cases/%1/actions").arg(id), body,
                 [done](const ApiResult &r) { done(r.ok()); });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 100;
    std::printf("| figure (%d demo cases, %d rounds each) | p50 / p95 |\n|---|---|\n", cases,
                rounds);
    ServerProcess server(cases);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir watcherDir, editorDir;
    ClientProfile watcher(watcherDir.path()), editor(editorDir.path());
    if (!logIn(watcher, server, QStringLiteral("coordinator")) ||
        !logIn(editor, server, QStringLiteral("coordinator")) || !syncOnce(watcher))
        return 1;
    ApiClient api(editor.endpoint);
    api.setToken(editor.readToken());

    SyncEngine engine(watcher.cachePath(), watcher.endpoint, watcher.readToken(),
                      QStringLiteral("bench"));
    engine.start();
    int changed = 0;
    const auto round = [&] {
        QEventLoop loop;
        bool ok = false;
        auto finished =
            QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](int casesChanged) {
                changed = casesChanged;
                ok = true;
                loop.quit();
            });
        auto failed = QObject::connect(&engine, &SyncEngine::stateChanged, &loop,
                                       [&](SyncState s, const QString &m) {
                                           if (s == SyncState::Offline || s == SyncState::Error ||
                                               s == SyncState::AuthFailed) {
                                               std::fprintf(stderr, "%s\n", qPrintable(m));
                                               loop.quit();
                                           }
                                       });
        QElapsedTimer t;
        t.start();
        engine.syncNow();
        loop.exec();
        QObject::disconnect(finished);
        QObject::disconnect(failed);
        return ok ? t.nsecsElapsed() / 1e6 : -1.0;
    };
    if (round() < 0) // warms the connection up: every timed round reuses it
        return 1;

    // Cases the coordinator may note: the new ones, which stay with the coordinators.
    QList<qint64> ids;
    if (!waitFor([&](auto done) {
            api.get(QStringLiteral("feed"), {}, [&, done](const ApiResult &r) {
                for (const QJsonValue &c : r.body.value(QStringLiteral("changes")).toArray()) {
                    const QJsonObject item = c.toObject().value(QStringLiteral("case")).toObject();
                    if (item.value(QStringLiteral("status")).toString() == QLatin1String("new"))
                        ids.append(item.value(QStringLiteral("id")).toInteger());
                }
                done(r.ok() && !ids.isEmpty());
            });
        })) {
        std::fprintf(stderr, "no new case to change\n");
        return 1;
    }
    for (const int k : {0, 1, 5}) {
        QList<double> ms;
        for (int i = 0; i < rounds; ++i) {
            for (int n = 0; n < k; ++n)
                if (!addNote(api, ids.at(QRandomGenerator::global()->bounded(ids.size()))))
                    return 1;
            const double took = round();
            if (took < 0 || changed > k || (k > 0 && changed == 0))
                return 1;
            ms.append(took);
        }
        row(k == 0 ? "a round with no change (baseline)"
                   : qPrintable(QStringLiteral("a round bringing %1 changed case(s)").arg(k)),
            medianAndP95(ms));
    }
    return 0;
}
