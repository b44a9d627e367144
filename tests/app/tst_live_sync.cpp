// p2-live: a change made on one desk reaches another desk's cache by itself,
// through the long poll on the server's feed (FeedWatcher), against the real
// pakn-server over HTTPS with two profiles and their caches; and the watch
// comes back after the server restarts.

#include "SyncClient.h"

using namespace synctest;

class TestLiveSync : public QObject
{
    Q_OBJECT

    ServerProcess m_server{120};

    // A notes one of its cases and syncs (A's own round sends it); B, which
    // only watches, must then hold the note without being asked to sync.
    void noteReachesTheOtherDesk(Client &a, Client &b, const QString &note)
    {
        const CaseId id = officersCase(a);
        QVERIFY(id > 0);
        QVERIFY(a.actions->perform(id, CaseAction::Note, text(note)).ok());
        QCOMPARE(runRound(*a.engine).actionsSent, 1);
        QTRY_COMPARE_WITH_TIMEOUT(eventsWith(*b.store->caseById(id), QStringLiteral("note"), note),
                                  1, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void anActionShowsUpOnTheOtherDeskWithoutASync()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        auto leader = syncedClient(m_server, QStringLiteral("leader")); // same unit, Kim Mã
        QVERIFY(officer && leader);
        QSignalSpy rounds(leader->engine.get(), &SyncEngine::roundFinished);
        QSignalSpy live(leader->engine.get(), &SyncEngine::liveChanged);
        leader->engine->setLiveFeed(true);
        noteReachesTheOtherDesk(*officer, *leader, QStringLiteral("Đã gọi điện cho người dân"));
        QVERIFY(!rounds.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), 10000);
        QCOMPARE(live.first().at(0).toBool(), true);
        // The watch goes on after the round it started.
        noteReachesTheOtherDesk(*officer, *leader, QStringLiteral("Lần thứ hai"));
    }

    void theWatchRecoversAfterTheServerRestarts()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        auto leader = syncedClient(m_server, QStringLiteral("leader"));
        QVERIFY(officer && leader);
        QSignalSpy live(leader->engine.get(), &SyncEngine::liveChanged);
        leader->engine->setLiveFeed(true);
        noteReachesTheOtherDesk(*officer, *leader, QStringLiteral("Trước khi khởi động lại"));

        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() && !live.last().at(0).toBool(), 10000);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The watcher's own backoff (1 s doubling) finds the server again: no
        // round of the leader's is asked for.
        noteReachesTheOtherDesk(*officer, *leader, QStringLiteral("Sau khi khởi động lại"));
        QTRY_VERIFY_WITH_TIMEOUT(live.last().at(0).toBool(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLiveSync)
#include "tst_live_sync.moc"
