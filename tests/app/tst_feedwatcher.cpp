// FeedWatcher (p2-live) against a scripted peer: "changed" is signalled,
// "no change" waits again, errors back off and recover, and a server without
// GET /feed/wait (404) or a session that ended (401) stops it quietly.

#include "ScriptedPeer.h"
#include "sync/FeedWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace pakn;

namespace {
struct Bench
{
    Bench()
    {
        ServerEndpoint endpoint;
        endpoint.baseUrl = peer.url();
        endpoint.allowPlainLoopback = true;
        watcher = std::make_unique<FeedWatcher>(endpoint, "token");
    }
    qsizetype waits() const
    {
        qsizetype n = 0;
        for (const QByteArray &r : peer.requests())
            n += r.startsWith("GET /api/v1/feed/wait?") ? 1 : 0;
        return n;
    }
    ScriptedPeer peer;
    std::unique_ptr<FeedWatcher> watcher;
};

QByteArray changed(bool yes)
{
    return ScriptedPeer::http(200, yes ? R"({"changed":true})" : R"({"changed":false})");
}
} // namespace

class TestFeedWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aChangeIsSignalledOnce()
    {
        Bench b;
        b.peer.route("GET /api/v1/feed/wait?after=7&timeout=25", changed(true));
        QSignalSpy spy(b.watcher.get(), &FeedWatcher::changed);
        QSignalSpy live(b.watcher.get(), &FeedWatcher::liveChanged);
        b.watcher->watchFrom(7);
        QTRY_COMPARE(spy.size(), 1);
        QVERIFY(b.peer.request().contains("Authorization: Bearer token"));
        QCOMPARE(live.size(), 1);
        QVERIFY(b.watcher->isLive());
        // It waits for the round's new cursor before asking again.
        QVERIFY(!b.watcher->isWatching());
        QCOMPARE(b.waits(), 1);
    }

    void noChangeWaitsAgainFromTheSameCursor()
    {
        Bench b;
        b.peer.answer(changed(false));
        QSignalSpy spy(b.watcher.get(), &FeedWatcher::changed);
        b.watcher->watchFrom(3);
        QTRY_VERIFY(b.waits() >= 3);
        QVERIFY(spy.isEmpty());
        for (const QByteArray &r : b.peer.requests())
            QVERIFY(r.startsWith("GET /api/v1/feed/wait?after=3&"));
        b.watcher->stop();
        QVERIFY(!b.watcher->isWatching());
    }

    void errorsBackOffAndRecover()
    {
        Bench b;
        b.peer.setMode(ScriptedPeer::Mode::HangUp);
        QSignalSpy spy(b.watcher.get(), &FeedWatcher::changed);
        b.watcher->watchFrom(5);
        QTRY_VERIFY_WITH_TIMEOUT(b.waits() >= 2, 10000); // again after 1 s
        QVERIFY(b.watcher->isWatching());
        QVERIFY(!b.watcher->isLive());
        b.peer.setMode(ScriptedPeer::Mode::Answer);
        b.peer.answer(changed(true));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000); // after the 2 s backoff
    }

    void anAnswerWithoutChangedIsAnError()
    {
        Bench b;
        b.peer.answer(ScriptedPeer::http(200, R"({"changes":[],"cursor":4,"more":false})"));
        QSignalSpy spy(b.watcher.get(), &FeedWatcher::changed);
        b.watcher->watchFrom(4);
        // Asked again after the backoff, never taken for a change.
        QTRY_VERIFY_WITH_TIMEOUT(b.waits() >= 2, 10000);
        QVERIFY(b.watcher->isWatching());
        QVERIFY(spy.isEmpty());
        QVERIFY(!b.watcher->isLive());
    }

    void aServerWithoutTheEndpointIsLeftToTheInterval_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("older server") << 404;
        QTest::newRow("session ended") << 401;
    }
    void aServerWithoutTheEndpointIsLeftToTheInterval()
    {
        QFETCH(int, status);
        Bench b;
        b.peer.answer(ScriptedPeer::http(
            status, R"({"error":{"code":"not_found","message":"No such endpoint"}})"));
        QSignalSpy spy(b.watcher.get(), &FeedWatcher::changed);
        b.watcher->watchFrom(1);
        QTRY_VERIFY(!b.watcher->isWatching());
        QCOMPARE(b.waits(), 1);
        QVERIFY(spy.isEmpty());
        QVERIFY(!b.watcher->isLive());
        if (status == 404) {
            b.watcher->watchFrom(2); // a later round does not bring it back
            QVERIFY(!b.watcher->isWatching());
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedWatcher)
#include "tst_feedwatcher.moc"
