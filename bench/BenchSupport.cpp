#include "BenchSupport.h"

#include "Login.h"
#include "ServerProcess.h"
#include "net/ApiPayloads.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace pakn::bench {

bool logIn(ClientProfile &profile, const ServerProcess &server, const QString &login)
{
    profile.endpoint.baseUrl = server.url();
    profile.endpoint.fingerprint = server.fingerprint();
    profile.login = login;
    profile.tokenStorage = TokenStorage::File; // later runs of the benchmark read it
    SessionCredentials credentials(profile);
    Login attempt(credentials, QStringLiteral("bench"));
    QEventLoop loop;
    bool loggedIn = false;
    QObject::connect(&attempt, &Login::succeeded, &loop, [&] {
        loggedIn = true;
        loop.quit();
    });
    QObject::connect(&attempt, &Login::failed, &loop, [&](const QString &m) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(m));
        loop.quit();
    });
    attempt.start(QStringLiteral("demo"));
    loop.exec();
    return loggedIn;
}

bool syncOnce(const ClientProfile &profile)
{
    SyncEngine engine(profile.cachePath(), profile.endpoint, profile.readToken(),
                      QStringLiteral("bench"));
    QEventLoop loop;
    bool done = false;
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&](SyncState s, const QString &m) {
        if (s == SyncState::Offline || s == SyncState::Error || s == SyncState::AuthFailed) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(m));
            loop.quit();
        }
    });
    engine.start();
    QTimer::singleShot(0, &engine, &SyncEngine::syncNow);
    loop.exec();
    return done;
}

int fetchFeedOnly(const ClientProfile &profile, int pageSize)
{
    ApiClient api(profile.endpoint);
    api.setToken(profile.readToken());
    QEventLoop loop;
    int changes = 0;
    std::function<void(qint64)> next = [&](qint64 after) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(after));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        api.getBytes(QStringLiteral("feed"), query, [&](const ApiResult &r) {
            QString error; // decoded as FeedFetcher does (one page after the other here)
            const auto page = r.ok() ? feedPageFromBytes(r.bytes, &error) : std::nullopt;
            if (!page) {
                std::fprintf(stderr, "feed failed: %s %s\n", qPrintable(r.message),
                             qPrintable(error));
                changes = -1;
                return loop.quit();
            }
            changes += int(page->changes.size());
            if (!page->more)
                return loop.quit();
            next(page->cursor);
        });
    };
    next(0);
    loop.exec();
    return changes;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

QString medianAndP95(const QList<double> &ms)
{
    return QStringLiteral("%1 ms / %2 ms")
        .arg(percentile(ms, 0.5), 0, 'f', 2)
        .arg(percentile(ms, 0.95), 0, 'f', 2);
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void row(const char *what, const QString &value)
{
    std::printf("| %s | %s |\n", what, value.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace pakn::bench
