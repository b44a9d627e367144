#pragma once

// Fetches and decodes the change feed's pages on a thread of its own, so that
// the sync thread only stores them: while one page is written to the cache
// the next is on the wire or being decoded (JSON parse, Case, the case's JSON
// bytes to cache, what the cache derives from it: DerivedRow). Pages are
// handed over in order, one delivery at a time (the owner calls stored()
// after each): the pages decoded while one is stored are handed over as one
// (ReadyPages), and about kAhead pages' changes at most wait, so memory
// stays a few pages however long the feed. A failure (offline, refused,
// malformed, a cursor that does not advance) ends the fetch. Its own
// ApiClient, hence its own HTTPS connection to the server.

#include "cache/CaseStore.h"
#include "net/ApiClient.h"

#include <QObject>
#include <QThread>
#include <functional>

namespace pakn {

class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAhead = 2;

    // A decoded page, or why the fetch stopped (`page` empty).
    struct Delivery
    {
        std::optional<FeedPage> page;
        ApiResult failure;
    };
    using Deliver = std::function<void(const Delivery &)>;

    // `deliver` runs on the thread this fetcher was made on (the owner's).
    FeedFetcher(ServerEndpoint endpoint, QByteArray token, Deliver deliver,
                QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Starts fetching after `cursor`, `pageSize` changes a page; a fetch
    // still running is dropped (nothing more of it is delivered).
    void fetch(qint64 cursor, int pageSize);
    // The delivery is stored: the pages decoded meanwhile are handed over.
    void stored();
    // Drops the running fetch.
    void cancel();

private:
    class Worker;

    // Sends a used delivery's page back to the worker's thread to be freed.
    void giveBack(Delivery &&used);

    Deliver m_deliver;
    quint64 m_generation = 0; // a delivery of an earlier fetch is dropped
    QThread m_thread;
    Worker *m_worker; // lives on m_thread, deleted when it finishes
};

} // namespace pakn
