#include "sync/FeedWatcher.h"

#include "ClientLogging.h"

namespace pakn {

FeedWatcher::FeedWatcher(ServerEndpoint endpoint, QByteArray token, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_token(std::move(token))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &FeedWatcher::ask);
}

FeedWatcher::~FeedWatcher() = default;

void FeedWatcher::watchFrom(qint64 cursor)
{
    if (m_unsupported)
        return;
    m_stopped = false;
    m_failures = 0;
    if (m_waiting && cursor == m_cursor)
        return;
    m_cursor = cursor;
    // A wait from an older cursor would answer at once for what the cache has
    // just stored; a fresh one waits for what is really new.
    cancel();
    ask();
}

void FeedWatcher::stop()
{
    m_stopped = true;
    cancel();
    setLive(false);
}

void FeedWatcher::cancel()
{
    m_retry.stop();
    if (m_waiting) {
        // Dropping the client aborts its request; the server forgets the wait.
        m_api.reset();
        m_waiting = false;
    }
    ++m_generation;
}

void FeedWatcher::ask()
{
    if (m_stopped || m_cursor < 0)
        return;
    if (!m_api) {
        m_api = std::make_unique<ApiClient>(m_endpoint);
        m_api->setToken(m_token);
        m_api->setTimeout((waitSeconds + 15) * 1000);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(m_cursor));
    query.addQueryItem(QStringLiteral("timeout"), QString::number(waitSeconds));
    m_waiting = true;
    const int generation = ++m_generation;
    m_api->get(QStringLiteral("feed/wait"), query, [this, generation](const ApiResult &r) {
        if (generation == m_generation)
            answered(r);
    });
}

void FeedWatcher::answered(const ApiResult &result)
{
    m_waiting = false;
    // An answer without "changed" (not this endpoint) is an error: asking
    // again at once would loop.
    if (result.ok() && result.body.value(QStringLiteral("changed")).isBool()) {
        m_failures = 0;
        setLive(true);
        if (result.body.value(QStringLiteral("changed")).toBool())
            Q_EMIT changed(); // the round that follows calls watchFrom() with its cursor
        else
            ask();
        return;
    }
    if (result.kind == ApiResult::Kind::HttpError &&
        (result.httpStatus == 404 || result.httpStatus == 401)) {
        // An older server, or a session that ended (the sync round reports that).
        qCInfo(lcSync) << "no live feed from the server:" << result.httpStatus;
        m_unsupported = result.httpStatus == 404;
        stop();
        return;
    }
    setLive(false);
    const int delay = std::min(maxBackoffMs, 1000 << std::min(m_failures, 6));
    ++m_failures;
    qCDebug(lcSync) << "feed wait failed:" << result.message << "- again in" << delay << "ms";
    m_retry.start(delay);
}

void FeedWatcher::setLive(bool live)
{
    if (std::exchange(m_live, live) != live)
        Q_EMIT liveChanged(live);
}

} // namespace pakn
