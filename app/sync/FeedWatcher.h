#pragma once

// Keeps one long poll (GET /feed/wait) open on the server so that a change
// made elsewhere starts a sync round within a second instead of at the next
// periodic round. It only says "changed"; the round itself is the normal
// sync (SyncEngine), which then tells the watcher its new cursor.
//
// Errors back off (1 s doubling to 60 s); a server without the endpoint
// (404) or a session that ended (401) stops it quietly, leaving the periodic
// interval to do the work. Lives on the sync thread with its own ApiClient,
// whose timeout outlasts the wait.

#include "net/ApiClient.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace pakn {

class FeedWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int waitSeconds = 25;
    static constexpr int maxBackoffMs = 60000;

    FeedWatcher(ServerEndpoint endpoint, QByteArray token, QObject *parent = nullptr);
    ~FeedWatcher() override;

    // The cache holds the feed up to `cursor`: wait for anything after it.
    // Also the sign that the server is reachable again: any backoff ends.
    void watchFrom(qint64 cursor);
    void stop();
    // A wait is open (or just answered) on a server that has the endpoint.
    bool isLive() const { return m_live; }
    // A wait is open or a retry is due (false when stopped or given up).
    bool isWatching() const { return m_waiting || m_retry.isActive(); }

Q_SIGNALS:
    void changed();
    void liveChanged(bool live);

private:
    void ask();
    void answered(const ApiResult &result);
    void cancel();
    void setLive(bool live);

    ServerEndpoint m_endpoint;
    QByteArray m_token;
    std::unique_ptr<ApiClient> m_api;
    QTimer m_retry;
    qint64 m_cursor = -1;
    int m_generation = 0; // answers of an abandoned wait are ignored
    int m_failures = 0;
    bool m_waiting = false;
    bool m_stopped = true;
    bool m_unsupported = false;
    bool m_live = false;
};

} // namespace pakn
