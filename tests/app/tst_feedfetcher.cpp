// FeedFetcher against a scripted peer: pages are handed over in order and at
// most two ahead of the ones stored; a dropped fetch hands over nothing more;
// a failure ends the fetch. Each case comes with its DerivedRow.

#include "ScriptedPeer.h"
#include "TestCases.h"
#include "cache/CaseWriter.h"
#include "sync/FeedFetcher.h"

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
    void pagesComeInOrderAtMostTwoAhead()
    {
        Bench b(5);
        b.fetcher->fetch(0, 1);
        QTRY_COMPARE(b.deliveries.size(), 2);
        b.fetcher->stored();
        b.fetcher->stored();
        QTRY_COMPARE(b.deliveries.size(), 4);
        // Every page asked for was handed over: nothing was asked beyond the two waiting.
        QCOMPARE(b.feedRequests(), 4);
        b.fetcher->stored();
        QTRY_COMPARE(b.deliveries.size(), 5);
        QCOMPARE(b.cursors(), (QList<qint64>{1, 2, 3, 4, 5}));
        const FeedChange &change = b.deliveries.last().page->changes.first();
        QCOMPARE(change.item->id, 5);
        // Each case comes with what the cache derives from it, worked out here.
        QVERIFY(change.derived);
        QCOMPARE(change.derived->folded, searchTextOf(*change.item));
        QCOMPARE(change.derived->factsKey, factsKeyOf(*change.item));
        QCOMPARE(change.derived->facts, caseFactsOf(*change.item));
        QVERIFY(b.peer.request().contains("Authorization: Bearer token"));
        // The last page ends the fetch: nothing more is asked, however many are stored.
        b.fetcher->stored();
        b.fetcher->stored();
        b.fetcher->fetch(4, 1); // and a new fetch starts from its own cursor
        QTRY_COMPARE(b.deliveries.size(), 6);
        QCOMPARE(b.cursors().last(), 5);
        QCOMPARE(b.feedRequests(), 6);
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
