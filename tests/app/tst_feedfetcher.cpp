// FeedFetcher against a scripted peer: pages are handed over in order, those
// decoded while one is stored as one, at most two pages ahead of the ones
// stored; a dropped fetch hands over nothing more; a failure ends the fetch,
// after the pages before it. Each case comes with its DerivedRow.

#include "ScriptedPeer.h"
#include "TestCases.h"
#include "cache/CaseWriter.h"
#include "sync/FeedFetcher.h"
#include "sync/ReadyPages.h"

#include "domain/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace testdata;

namespace {

// Page k (1-based) of `pages` holds case k and ends at cursor k.
QByteArray feedPage(qint64 k, qint64 pages)
{
    const QJsonObject change{{QStringLiteral("seq"), k},
                             {QStringLiteral("case"), toJson(makeCase(k))}};
    return ScriptedPeer::http(
        200, QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}},
                                       {QStringLiteral("cursor"), k},
                                       {QStringLiteral("more"), k < pages}})
                 .toJson(QJsonDocument::Compact));
}

struct Bench
{
    explicit Bench(qint64 pages)
    {
        for (qint64 k = 1; k <= pages; ++k)
            peer.route("GET /api/v1/feed?after=" + QByteArray::number(k - 1) + "&",
                       feedPage(k, pages));
        ServerEndpoint endpoint;
        endpoint.baseUrl = peer.url();
        endpoint.allowPlainLoopback = true;
        fetcher = std::make_unique<FeedFetcher>(
            endpoint, "token", [this](const FeedFetcher::Delivery &d) { deliveries.append(d); });
    }
    qsizetype feedRequests() const
    {
        qsizetype n = 0;
        for (const QByteArray &r : peer.requests())
            n += r.startsWith("GET /api/v1/feed?") ? 1 : 0;
        return n;
    }
    QList<qint64> cursors() const
    {
        QList<qint64> out;
        for (const FeedFetcher::Delivery &d : deliveries)
            out.append(d.page ? d.page->cursor : -1);
        return out;
    }
    ScriptedPeer peer;
    QList<FeedFetcher::Delivery> deliveries;
    std::unique_ptr<FeedFetcher> fetcher;
};

} // namespace

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesComeInOrderThoseDecodedMeanwhileTogether()
    {
        Bench b(7);
        b.fetcher->fetch(0, 1);
        QTRY_COMPARE(b.deliveries.size(), 1); // the first page as soon as it is decoded
        // While it is stored the next two are fetched, and nothing is handed over.
        QTRY_COMPARE(b.feedRequests(), 3);
        QCOMPARE(b.deliveries.size(), 1);
        b.fetcher->stored();
        QTRY_COMPARE(b.deliveries.size(), 2);
        // What was decoded when the first was stored, at most the two: no
        // page beyond them had been asked for.
        QVERIFY2(b.cursors().last() == 2 || b.cursors().last() == 3,
                 qPrintable(QString::number(b.cursors().last())));
        for (int stored = 2; b.deliveries.last().page->more; ++stored) {
            b.fetcher->stored();
            QTRY_COMPARE(b.deliveries.size(), stored + 1);
        }
        // Every case once, in order; each delivery ends at its last case's cursor.
        QList<CaseId> ids;
        for (const FeedFetcher::Delivery &d : std::as_const(b.deliveries)) {
            QVERIFY(d.page && !d.page->changes.isEmpty());
            for (const FeedChange &change : d.page->changes)
                ids.append(change.item->id);
            QCOMPARE(d.page->cursor, d.page->changes.last().item->id);
        }
        QCOMPARE(ids, (QList<CaseId>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(b.feedRequests(), 7);
        const FeedChange &change = b.deliveries.last().page->changes.last();
        // Each case comes with what the cache derives from it, worked out here.
        QVERIFY(change.derived);
        QCOMPARE(change.derived->folded, searchTextOf(*change.item));
        QCOMPARE(change.derived->factsKey, factsKeyOf(*change.item));
        QCOMPARE(change.derived->facts, caseFactsOf(*change.item));
        QVERIFY(b.peer.request().contains("Authorization: Bearer token"));
        // The last page ends the fetch: nothing more is asked, however many are stored.
        b.fetcher->stored();
        b.fetcher->stored();
        const qsizetype before = b.deliveries.size();
        b.fetcher->fetch(6, 1); // and a new fetch starts from its own cursor
        QTRY_COMPARE(b.deliveries.size(), before + 1);
        QCOMPARE(b.cursors().last(), 7);
        QCOMPARE(b.feedRequests(), 8);
    }

    void readyPagesBecomeOne()
    {
        ReadyPages ready;
        QVERIFY(ready.isEmpty());
        const auto page = [](std::initializer_list<qint64> seqs, qint64 cursor, bool more) {
            FeedPage p;
            for (const qint64 seq : seqs)
                p.changes.append(FeedChange{seq, makeCase(seq), 0, {}, {}});
            p.cursor = cursor;
            p.more = more;
            return p;
        };
        ready.add(page({1, 2}, 2, true));
        ready.add(page({}, 2, true)); // a page of nothing still moves nothing back
        ready.add(page({5}, 9, false));
        QVERIFY(!ready.isEmpty());
        QCOMPARE(ready.changes(), 3);
        const FeedPage all = ready.take();
        QVERIFY(ready.isEmpty());
        QCOMPARE(ready.changes(), 0);
        QCOMPARE(all.changes.size(), 3);
        QCOMPARE(all.changes.at(0).seq, 1);
        QCOMPARE(all.changes.at(2).item->id, 5);
        QCOMPARE(all.cursor, 9);
        QVERIFY(!all.more);
        // A page that ends nothing waits as it came: an empty one too.
        ready.add(page({}, 12, false));
        QVERIFY(!ready.isEmpty());
        QCOMPARE(ready.take().cursor, 12);
    }

    void aDroppedFetchHandsOverNothingMore()
    {
        Bench b(3);
        b.fetcher->fetch(0, 1);
        b.fetcher->fetch(2, 1); // before the first answer: that fetch is dropped
        QTRY_COMPARE(b.deliveries.size(), 1);
        QCOMPARE(b.cursors(), (QList<qint64>{3}));
        b.fetcher->fetch(0, 1);
        b.fetcher->cancel();
        b.fetcher->fetch(1, 1);
        QTRY_VERIFY(b.deliveries.size() >= 2); // page 3 follows page 2
        QCOMPARE(b.cursors().mid(0, 2), (QList<qint64>{3, 2}));
    }

    void aFailureEndsTheFetch()
    {
        Bench b(3);
        b.peer.route("GET /api/v1/feed?after=1&", ScriptedPeer::http(200, "{\"changes\": ["));
        b.fetcher->fetch(0, 1);
        QTRY_COMPARE(b.deliveries.size(), 1);
        QTRY_COMPARE(b.feedRequests(), 2);
        // The failure comes after the page before it is stored.
        b.fetcher->stored();
        QTRY_COMPARE(b.deliveries.size(), 2);
        QCOMPARE(b.cursors(), (QList<qint64>{1, -1}));
        QCOMPARE(b.deliveries.last().failure.kind, ApiResult::Kind::BadResponse);
        QVERIFY2(b.deliveries.last().failure.message.contains(QStringLiteral("malformed")),
                 qPrintable(b.deliveries.last().failure.message));
        b.fetcher->stored();
        b.fetcher->stored();
        // A session that ended is handed over as the server said it.
        b.peer.route("GET /api/v1/feed?after=1&",
                     ScriptedPeer::http(401, "{\"error\":\"unauthorized\",\"message\":\"no\"}"));
        b.fetcher->fetch(1, 1);
        QTRY_COMPARE(b.deliveries.size(), 3);
        QCOMPARE(b.deliveries.last().failure.httpStatus, 401);
        QCOMPARE(b.feedRequests(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
