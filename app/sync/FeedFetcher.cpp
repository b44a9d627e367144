#include "sync/FeedFetcher.h"

#include "cache/DerivedRow.h"
#include "net/ApiPayloads.h"
#include "sync/ReadyPages.h"

namespace pakn {

// Everything here runs on the fetcher's thread.
class FeedFetcher::Worker : public QObject
{
public:
    // By value: the worker keeps no share of a page it hands over.
    using Hand = std::function<void(quint64 generation, Delivery)>;

    Worker(ServerEndpoint endpoint, QByteArray token, Hand hand)
        : m_endpoint(std::move(endpoint)), m_token(std::move(token)), m_hand(std::move(hand))
    {}

    void fetch(quint64 generation, qint64 cursor, int pageSize)
    {
        if (!m_api) { // made here, so that its network manager lives on this thread
            m_api = std::make_unique<ApiClient>(m_endpoint);
            m_api->setToken(m_token);
        }
        m_generation = generation;
        m_cursor = cursor;
        m_pageSize = pageSize;
        m_ready = {};
        m_failure.reset();
        m_handed = false;
        m_ended = false;
        ask();
    }

    void stored(quint64 generation)
    {
        if (generation != m_generation || !m_handed)
            return;
        m_handed = false;
        handOver();
        ask();
    }

    void cancel(quint64 generation)
    {
        if (generation == m_generation)
            m_ended = true;
    }

private:
    void ask()
    {
        if (m_ended || m_asking || m_ready.changes() >= qsizetype(kAhead) * m_pageSize)
            return;
        m_asking = true;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(m_cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        const quint64 generation = m_generation;
        const qint64 after = m_cursor;
        m_api->getBytes(
            QStringLiteral("feed"), query, [this, generation, after](const ApiResult &r) {
                m_asking = false;
                if (generation == m_generation && !m_ended)
                    answered(after, r);
                ask(); // a newer fetch may have started while this answer was on the way
            });
    }

    void answered(qint64 after, const ApiResult &r)
    {
        Delivery d;
        if (!r.ok())
            return fail(r);
        QString error;
        d.page = feedPageFromBytes(r.bytes, &error);
        if (!d.page)
            return fail(ApiResult::badResponse(
                FeedFetcher::tr("The server sent a malformed change feed page: %1").arg(error)));
        // A page that neither moves the cursor forward nor ends the feed would
        // loop for ever; one that moves it back would re-apply old changes.
        if (d.page->cursor < after || (d.page->more && d.page->cursor == after))
            return fail(ApiResult::badResponse(
                FeedFetcher::tr("The server's change feed did not advance (cursor %1 after %2).")
                    .arg(d.page->cursor)
                    .arg(after)));
        // What the cache derives from each case, worked out here rather than
        // on the thread that stores the page.
        for (FeedChange &change : d.page->changes)
            if (change.item)
                change.derived = derivedRowOf(*change.item);
        m_cursor = d.page->cursor;
        m_ended = !d.page->more;
        m_ready.add(std::move(*d.page));
        handOver();
    }

    void fail(const ApiResult &r)
    {
        m_ended = true;
        m_failure = r;
        handOver();
    }

    // Hands over every page decoded since the last delivery as one, once
    // that one is stored; a failure after them.
    void handOver()
    {
        if (m_handed)
            return;
        if (!m_ready.isEmpty()) {
            m_handed = true;
            m_hand(m_generation, Delivery{m_ready.take(), {}});
        } else if (m_failure) {
            m_hand(m_generation, Delivery{std::nullopt, *std::exchange(m_failure, std::nullopt)});
        }
    }

    ServerEndpoint m_endpoint;
    QByteArray m_token;
    Hand m_hand;
    std::unique_ptr<ApiClient> m_api;
    quint64 m_generation = 0;
    qint64 m_cursor = 0;
    int m_pageSize = 0;
    ReadyPages m_ready;                 // decoded, not yet handed over
    std::optional<ApiResult> m_failure; // handed over after m_ready
    bool m_handed = false;              // a delivery is being stored
    bool m_asking = false;
    bool m_ended = true;
};

FeedFetcher::FeedFetcher(ServerEndpoint endpoint, QByteArray token, Deliver deliver,
                         QObject *parent)
    : QObject(parent), m_deliver(std::move(deliver))
{
    // The worker hands each delivery to this object's thread, where a
    // delivery of a dropped fetch is left unopened (and one still queued when
    // this object goes is dropped with it). Once used, the page goes back to
    // be freed where it was decoded: glibc frees memory of another thread's
    // arena under that arena's lock, and the two threads fought over it for
    // a tenth of the fetcher's time in a first sync.
    m_worker =
        new Worker(std::move(endpoint), std::move(token), [this](quint64 generation, Delivery d) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, d = std::move(d)]() mutable {
                    if (generation == m_generation)
                        m_deliver(d);
                    giveBack(std::move(d));
                },
                Qt::QueuedConnection);
        });
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("pakn-feed"));
    m_thread.start();
}

void FeedFetcher::giveBack(Delivery &&used)
{
    // Moved, not copied: a copy would share the page, and whichever thread
    // let go of it last would free it (the storing thread, as often as not).
    QMetaObject::invokeMethod(
        m_worker, [page = std::move(used.page)] {}, Qt::QueuedConnection);
}

FeedFetcher::~FeedFetcher()
{
    m_thread.quit();
    m_thread.wait();
}

void FeedFetcher::fetch(qint64 cursor, int pageSize)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, generation, cursor, pageSize] {
        w->fetch(generation, cursor, pageSize);
    });
}

void FeedFetcher::stored()
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, generation = m_generation] { w->stored(generation); });
}

void FeedFetcher::cancel()
{
    const quint64 generation = m_generation++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, generation] { w->cancel(generation); });
}

} // namespace pakn
