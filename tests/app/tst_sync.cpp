// Sync against the real pakn-server (demo data, loopback HTTPS): the first
// sync, the outbox online, offline and across a restart, conflicts between
// two users, an ended session, and the controller's thread.

#include "SyncClient.h"

#include "sync/SyncController.h"

using namespace synctest;

class TestSync : public QObject
{
    Q_OBJECT

    ServerProcess m_server{200};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void theFirstSyncFillsExactlyTheScope()
    {
        auto coordinator = syncedClient(m_server, QStringLiteral("coordinator"));
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(coordinator && officer);
        QCOMPARE(coordinator->store->count(queue(Queue::All)), 200);
        QVERIFY(officer->store->cursor() > 0);

        const UnitId kimMa = officer->store->me()->unitId;
        QSet<CaseId> expected;
        for (const CaseRow &row : coordinator->store->page(queue(Queue::All), {}, 1000))
            if (coordinator->store->caseById(row.id)->unitId == kimMa)
                expected.insert(row.id);
        QSet<CaseId> cached;
        for (const CaseRow &row : officer->store->page(queue(Queue::All), {}, 1000))
            cached.insert(row.id);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(cached, expected);
        QVERIFY(officer->store->count(queue(Queue::AssignedToMe)) > 0);
        // Search works on what arrived (every Kim Mã case names its unit).
        CaseQuery search = queue(Queue::All);
        search.search = QStringLiteral("KIM MA");
        QCOMPARE(officer->store->count(search), expected.size());

        const Round again = runRound(*officer->engine);
        QCOMPARE(again.state, SyncState::Idle);
        QCOMPARE(again.casesChanged, 0);
    }

    void anActionGoesThroughTheOutbox()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(officer);
        const CaseId id = officersCase(*officer);
        QVERIFY(id > 0);
        const qint64 version = officer->store->caseById(id)->version;
        const QString note = QStringLiteral("Đã liên hệ người phản ánh qua điện thoại.");
        QVERIFY(officer->actions->perform(id, CaseAction::Note, text(note)).ok());
        QCOMPARE(officer->outboxCount(), 1);

        QSignalSpy pending(officer->engine.get(), &SyncEngine::pendingCountChanged);
        const Round r = runRound(*officer->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(r.actionsSent, 1);
        QCOMPARE(officer->outboxCount(), 0);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().at(0).toInt(), 0);
        const Case c = *officer->store->caseById(id);
        QCOMPARE(c.version, version + 1);
        QCOMPARE(eventsWith(c, QStringLiteral("note"), note), 1);
        QVERIFY(c.history.last().id > 0); // the server's event, not the local one
        for (const CaseRow &row : officer->store->page(queue(Queue::All), {}, 1000))
            QVERIFY(!row.pending);
    }

    void offlineActionsAreSentOnceWhenTheServerIsBack()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(officer);
        const CaseId id = officersCase(*officer);
        QVERIFY(id > 0);
        m_server.stop();
        const QString note = QStringLiteral("Ghi chú khi mất kết nối");
        QVERIFY(officer->actions->perform(id, CaseAction::Note, text(note)).ok());
        const Round offline = runRound(*officer->engine);
        QCOMPARE(offline.state, SyncState::Offline);
        QVERIFY(!offline.message.isEmpty());
        QCOMPARE(officer->outboxCount(), 1);
        QCOMPARE(Outbox(officer->cache->db()).pending().first().attempts, 1);
        QVERIFY(officer->store->page(queue(Queue::All), {}, 1000).size() > 0); // still usable
        QCOMPARE(eventsWith(*officer->store->caseById(id), QStringLiteral("note"), note), 1);

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The engine retries by itself while the server is unreachable.
        QTRY_COMPARE_WITH_TIMEOUT(officer->outboxCount(), 0, 30000);
        const Round after = runRound(*officer->engine);
        QCOMPARE(after.state, SyncState::Idle);
        const Case c = *officer->store->caseById(id);
        QCOMPARE(eventsWith(c, QStringLiteral("note"), note), 1);
        QVERIFY(c.history.last().id > 0);
    }

    void aMoveToAnotherUnitBringsThatUnitsCases()
    {
        auto officer2 = syncedClient(m_server, QStringLiteral("officer2"));
        auto admin = syncedClient(m_server, QStringLiteral("admin"));
        QVERIFY(officer2 && admin);
        const auto unitNamed = [&](const QString &name) {
            for (const Unit &u : admin->store->units())
                if (u.name == name)
                    return u.id;
            return UnitId(0);
        };
        const UnitId ngocHa = unitNamed(QStringLiteral("Phường Ngọc Hà"));
        const UnitId kimMa = unitNamed(QStringLiteral("Phường Kim Mã"));
        QVERIFY(ngocHa && kimMa);
        const auto casesOf = [](const CaseStore &store, UnitId unit) {
            int n = 0;
            for (const CaseRow &r : store.page(queue(Queue::All), {}, 100000))
                n += store.caseById(r.id)->unitId == unit;
            return n;
        };
        const int kimMaCases = casesOf(*admin->store, kimMa);
        QVERIFY(kimMaCases > 0);
        QCOMPARE(casesOf(*officer2->store, kimMa), 0);
        QVERIFY(casesOf(*officer2->store, ngocHa) > 0);

        // An administrator moves officer2 from Ngọc Hà to Kim Mã.
        ApiClient api(admin->profile.endpoint);
        api.setToken(admin->profile.readToken());
        const auto moveOfficer2To = [&api](UnitId unit) {
            std::optional<ApiResult> answer;
            api.post(QStringLiteral("admin/users/officer2/role"),
                     {{QStringLiteral("role"), QStringLiteral("officer")},
                      {QStringLiteral("unitId"), unit}},
                     [&answer](const ApiResult &r) { answer = r; });
            // No answer within the wait leaves `answer` empty: reported as not ok below.
            if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
                return ApiResult{ApiResult::Kind::Offline, 0, {}, QStringLiteral("no answer"), {}};
            return *answer;
        };
        const ApiResult moved = moveOfficer2To(kimMa);
        QVERIFY2(moved.ok(), qPrintable(moved.message));

        // The next round notices, and the cache holds exactly the new unit's cases.
        QSignalSpy scope(officer2->engine.get(), &SyncEngine::scopeChanged);
        QCOMPARE(runRound(*officer2->engine).state, SyncState::Idle);
        QCOMPARE(scope.size(), 1);
        QCOMPARE(officer2->store->me()->unitId, kimMa);
        QCOMPARE(casesOf(*officer2->store, ngocHa), 0);
        QCOMPARE(casesOf(*officer2->store, kimMa), kimMaCases);
        QCOMPARE(officer2->store->count(queue(Queue::All)), kimMaCases);

        // Put officer2 back for the other tests.
        const ApiResult back = moveOfficer2To(ngocHa);
        QVERIFY2(back.ok(), qPrintable(back.message));
    }

    void aRefusedActionKeepsTheReplyAsALocalDraft()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        auto leader = syncedClient(m_server, QStringLiteral("leader"));
        QVERIFY(officer && leader);
        const CaseId id = officersCase(*officer);
        QVERIFY(id > 0);
        const QString reply = QStringLiteral("Kính gửi ông/bà, UBND phường đã cho vá ổ gà.");
        const QString note = QStringLiteral("Đã chụp ảnh hiện trường.");
        QVERIFY(officer->actions->perform(id, CaseAction::SubmitReply, text(reply)).ok());
        QVERIFY(officer->actions->perform(id, CaseAction::Note, text(note)).ok());

        // Meanwhile the leader answers the case himself.
        QVERIFY(leader->actions
                    ->perform(id, CaseAction::SubmitReply,
                              text(QStringLiteral("Trả lời của lãnh đạo.")))
                    .ok());
        QVERIFY(leader->actions->perform(id, CaseAction::Approve, {}).ok());
        const Round leaderRound = runRound(*leader->engine);
        QCOMPARE(leaderRound.actionsSent, 2);
        QCOMPARE(leader->store->caseById(id)->status, CaseStatus::Answered);

        QSignalSpy rejected(officer->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*officer->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toLongLong(), id);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("submit_reply"));
        QVERIFY2(rejected.first().at(2).toString().contains(QLatin1String("local draft")),
                 qPrintable(rejected.first().at(2).toString()));
        QCOMPARE(officer->store->localDraft(id), reply);
        QCOMPARE(officer->outboxCount(), 0);
        QCOMPARE(r.actionsSent, 1); // the note still applied to the answered case
        const Case c = *officer->store->caseById(id);
        QCOMPARE(c.status, CaseStatus::Answered);
        QCOMPARE(c.replyPublished, QStringLiteral("Trả lời của lãnh đạo."));
        QCOMPARE(eventsWith(c, QStringLiteral("submit_reply"), reply), 0);
        QCOMPARE(eventsWith(c, QStringLiteral("note"), note), 1);
    }

    void anEndedSessionStopsSyncing()
    {
        Client c(m_server, QStringLiteral("officer"));
        QVERIFY(logIn(c.profile, QStringLiteral("demo")).ok);
        c.makeEngine("not-a-valid-token");
        const Round r = runRound(*c.engine);
        QCOMPARE(r.state, SyncState::AuthFailed);
        QSignalSpy states(c.engine.get(), &SyncEngine::stateChanged);
        c.engine->syncNow();
        QCOMPARE(states.size(), 0); // no more rounds with this token
    }

    void theControllerSyncsOnItsOwnThread()
    {
        Client c(m_server, QStringLiteral("officer"));
        QVERIFY(logIn(c.profile, QStringLiteral("demo")).ok);
        SyncController controller(c.profile.cachePath(), c.profile.endpoint, c.profile.readToken(),
                                  kClient);
        QSignalSpy finished(&controller, &SyncController::roundFinished);
        QSignalSpy pending(&controller, &SyncController::pendingCountChanged);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY(finished.first().at(0).toInt() > 0);
        QCOMPARE(controller.state(), SyncState::Idle);
        QVERIFY(controller.lastSync().isValid());
        QVERIFY(!pending.isEmpty());

        c.openCache();
        const CaseId id = officersCase(c);
        QVERIFY(c.actions->perform(id, CaseAction::Note, text(QStringLiteral("qua luồng đồng bộ")))
                    .ok());
        controller.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.outboxCount(), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(pending.last().at(0).toInt(), 0, 30000);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
