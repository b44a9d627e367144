#include "TestCases.h"

#include "cache/LocalActions.h"
#include "cache/Outbox.h"

#include <QUuid>

using namespace pakn;
using namespace testdata;

namespace {

QJsonObject text(const QString &t)
{
    return {{QStringLiteral("text"), t}};
}

// A cache holding officer Lan's (or another user's) view of a few Kim Mã cases.
struct Workbench
{
    explicit Workbench(const Account &me = officer())
    {
        QString error;
        store.setMe(me);
        store.replaceUnits(units());
        store.replaceAccounts({officer(), leader()});
        Case awaiting = makeCase(2, CaseStatus::AwaitingApproval);
        awaiting.replyDraft = QStringLiteral("Phường đã cho vá ổ gà.");
        if (!store.applyFeedPage(pageOf({makeCase(1), awaiting, makeCase(3, CaseStatus::Closed),
                                         makeCase(4, CaseStatus::PendingAcceptance)},
                                        4),
                                 &error))
            qFatal("%s", qPrintable(error));
    }
    CacheFixture cache;
    CaseStore store{cache.db()};
    Outbox outbox{cache.db()};
    WorkflowRules rules;
    LocalActions actions{cache.db(), rules, QStringLiteral("pakn-desk test")};
};

} // namespace

class TestLocalActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void performChangesTheCaseAndQueuesIt()
    {
        Workbench w;
        const ActionOutcome o =
            w.actions.perform(1, CaseAction::SubmitReply, text(QStringLiteral("Đã xử lý xong.")));
        QVERIFY2(o.ok(), qPrintable(o.message));

        const Case c = *w.store.caseById(1);
        QCOMPARE(c.status, CaseStatus::AwaitingApproval);
        QCOMPARE(c.replyDraft, QStringLiteral("Đã xử lý xong."));
        QCOMPARE(c.version, 3); // the server's version: only the server bumps it
        QCOMPARE(c.history.size(), 2);
        QCOMPARE(c.history.last().action, QStringLiteral("submit_reply"));
        QCOMPARE(c.history.last().actorName, officer().displayName);
        QCOMPARE(c.history.last().client, QStringLiteral("pakn-desk test"));

        const QList<CaseRow> rows =
            w.store.page({Queue::AwaitingApproval, {}, CaseColumn::Id, Qt::AscendingOrder}, {}, 10);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.first().pending);
        QVERIFY(!rows.last().pending);

        const QList<OutboxEntry> queued = w.outbox.pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().caseId, 1);
        QCOMPARE(queued.first().action, CaseAction::SubmitReply);
        QCOMPARE(queued.first().params, text(QStringLiteral("Đã xử lý xong.")));
        QCOMPARE(queued.first().baseVersion, 3);
        QVERIFY(!QUuid::fromString(queued.first().key).isNull());
        QCOMPARE(queued.first().attempts, 0);
        QVERIFY(queued.first().nextAttemptAt <= QDateTime::currentDateTimeUtc());
    }

    void aSecondActionIsBasedOnTheSameServerVersion()
    {
        Workbench w;
        QVERIFY(
            w.actions.perform(1, CaseAction::Note, text(QStringLiteral("Đã liên hệ người dân.")))
                .ok());
        QVERIFY(
            w.actions.perform(1, CaseAction::DraftReply, text(QStringLiteral("Dự thảo."))).ok());
        const QList<OutboxEntry> queued = w.outbox.pendingFor(1);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).action, CaseAction::Note);
        QCOMPARE(queued.at(1).action, CaseAction::DraftReply);
        QCOMPARE(queued.at(0).baseVersion, 3);
        QCOMPARE(queued.at(1).baseVersion, 3);
        QVERIFY(queued.at(0).key != queued.at(1).key);
        QCOMPARE(w.store.caseById(1)->history.size(), 3);
    }

    void aRefusedActionWritesNothing_data()
    {
        QTest::addColumn<bool>("asLeader");
        QTest::addColumn<CaseId>("caseId");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        QTest::newRow("officer approves")
            << false << CaseId(2) << CaseAction::Approve << QJsonObject() << "forbidden";
        QTest::newRow("reply to a closed case") << false << CaseId(3) << CaseAction::SubmitReply
                                                << text(QStringLiteral("x")) << "wrong_status";
        QTest::newRow("note without text") << false << CaseId(1) << CaseAction::Note
                                           << text(QStringLiteral("  ")) << "invalid_params";
        QTest::newRow("transfer to an unknown unit")
            << true << CaseId(1) << CaseAction::Transfer
            << QJsonObject{{QStringLiteral("unitId"), 999},
                           {QStringLiteral("reason"), QStringLiteral("r")}}
            << "invalid_params";
        QTest::newRow("assign an unknown officer")
            << true << CaseId(1) << CaseAction::Assign
            << QJsonObject{{QStringLiteral("officerId"), 777}} << "invalid_params";
        QTest::newRow("a case not in the cache") << false << CaseId(99) << CaseAction::Note
                                                 << text(QStringLiteral("x")) << "invalid_params";
    }
    void aRefusedActionWritesNothing()
    {
        QFETCH(bool, asLeader);
        QFETCH(CaseId, caseId);
        QFETCH(CaseAction, action);
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        Workbench w(asLeader ? leader() : officer());
        const auto before = w.store.caseById(caseId);
        const ActionOutcome o = w.actions.perform(caseId, action, params);
        QVERIFY(!o.ok());
        QCOMPARE(o.code(), code);
        QCOMPARE(w.store.caseById(caseId), before);
        QCOMPARE(w.outbox.count(), 0);
        QCOMPARE(w.store.page({Queue::All, {}, CaseColumn::Id, Qt::AscendingOrder}, {}, 10).size(),
                 4);
        for (const CaseRow &r :
             w.store.page({Queue::All, {}, CaseColumn::Id, Qt::AscendingOrder}, {}, 10))
            QVERIFY(!r.pending);
    }

    void namesAreResolvedFromTheCache()
    {
        Workbench w(leader());
        QVERIFY(w.actions.perform(1, CaseAction::Assign, {{QStringLiteral("officerId"), 9}}).ok());
        QCOMPARE(w.store.caseById(1)->assigneeName, officer().displayName);
        QVERIFY(w.actions
                    .perform(4, CaseAction::Transfer,
                             {{QStringLiteral("unitId"), 6},
                              {QStringLiteral("reason"), QStringLiteral("Không thuộc địa bàn")}})
                    .ok());
        QCOMPARE(w.store.caseById(4)->unitName, QStringLiteral("Phường Ngọc Hà"));
        QCOMPARE(w.store.caseById(4)->history.last().detail,
                 QStringLiteral("Phường Ngọc Hà: Không thuộc địa bàn"));
    }

    void allowedFollowsTheWorkflowTable()
    {
        Workbench officerBench;
        const QList<CaseAction> mine = officerBench.actions.allowed(1);
        QVERIFY(mine.contains(CaseAction::SubmitReply));
        QVERIFY(mine.contains(CaseAction::Note));
        QVERIFY(!mine.contains(CaseAction::Approve));
        QVERIFY(officerBench.actions.allowed(99).isEmpty());
        Workbench leaderBench(leader());
        QVERIFY(leaderBench.actions.allowed(2).contains(CaseAction::Approve));
        QVERIFY(leaderBench.actions.allowed(4).contains(CaseAction::Accept));
    }

    void approvingSendsTheDraftTheLeaderSaw()
    {
        Workbench w(leader());
        QVERIFY(w.actions.perform(2, CaseAction::Approve, {}).ok());
        QCOMPARE(w.outbox.pending().first().params, text(QStringLiteral("Phường đã cho vá ổ gà.")));
        QCOMPARE(w.store.caseById(2)->replyPublished, QStringLiteral("Phường đã cho vá ổ gà."));
    }

    void sendingAReplyClearsItsLocalDraft()
    {
        Workbench w;
        QVERIFY(w.store.setLocalDraft(1, QStringLiteral("Bản nháp cũ")));
        QVERIFY(w.actions.perform(1, CaseAction::DraftReply, text(QStringLiteral("Bản nháp mới")))
                    .ok());
        QCOMPARE(w.store.localDraft(1), QString());
    }

    void reapplyPendingPutsQueuedActionsOnTheServerCopy()
    {
        Workbench w;
        QVERIFY(w.actions.perform(1, CaseAction::Note, text(QStringLiteral("Đã gọi điện."))).ok());
        QVERIFY(
            w.actions.perform(1, CaseAction::SubmitReply, text(QStringLiteral("Trả lời."))).ok());

        Case server = makeCase(1);
        server.version = 4;
        CaseEvent note;
        note.id = 77;
        note.at = kBase.addDays(1);
        note.actorName = leader().displayName;
        note.action = QStringLiteral("note");
        note.detail = QStringLiteral("Lãnh đạo nhắc xử lý");
        server.history.append(note);

        const Case local = w.actions.reapplyPending(server);
        QCOMPARE(local.version, 4);
        QCOMPARE(local.status, CaseStatus::AwaitingApproval);
        QCOMPARE(local.history.size(), 4);
        QCOMPARE(local.history.at(1), note);
        QCOMPARE(local.history.at(2).detail, QStringLiteral("Đã gọi điện."));
        QCOMPARE(local.history.at(3).action, QStringLiteral("submit_reply"));

        // Through a feed page: the local actions survive and the row stays pending.
        QString error;
        QVERIFY(w.store.applyFeedPage(pageOf({server}, 10), &error,
                                      [&](const Case &c) { return w.actions.reapplyPending(c); }));
        QCOMPARE(*w.store.caseById(1), local);

        // An action that no longer applies (the case was closed meanwhile) is left out.
        server.status = CaseStatus::Closed;
        const Case closed = w.actions.reapplyPending(server);
        QCOMPARE(closed.status, CaseStatus::Closed);
        QCOMPARE(closed.history.size(), 2);
    }

    void checkRejudgesAQueuedAction()
    {
        Workbench w;
        Case c = makeCase(1);
        QVERIFY(w.actions.check(c, CaseAction::SubmitReply, text(QStringLiteral("x"))).ok());
        c.status = CaseStatus::Answered;
        QCOMPARE(w.actions.check(c, CaseAction::SubmitReply, text(QStringLiteral("x"))).code(),
                 QStringLiteral("wrong_status"));
        QVERIFY(w.actions.check(c, CaseAction::Note, text(QStringLiteral("x"))).ok());
    }

    // --- the outbox itself ---

    void backoffDoublesUpToFiveMinutes()
    {
        using std::chrono::seconds;
        QCOMPARE(Outbox::backoff(1), seconds(2));
        QCOMPARE(Outbox::backoff(2), seconds(4));
        QCOMPARE(Outbox::backoff(5), seconds(32));
        QCOMPARE(Outbox::backoff(8), seconds(256));
        QCOMPARE(Outbox::backoff(9), seconds(300));
        QCOMPARE(Outbox::backoff(40), seconds(300));
    }

    void failuresDelayTheEntryAndOnlyItsCase()
    {
        Workbench w;
        QString error;
        const qint64 a1 =
            w.outbox.enqueue(1, CaseAction::Note, text(QStringLiteral("a1")), 3, &error);
        const qint64 a2 =
            w.outbox.enqueue(1, CaseAction::Note, text(QStringLiteral("a2")), 3, &error);
        const qint64 b1 =
            w.outbox.enqueue(4, CaseAction::Note, text(QStringLiteral("b1")), 3, &error);
        QVERIFY(a1 > 0 && a2 > a1 && b1 > a2);
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
        QCOMPARE(w.outbox.next(now)->id, a1);

        QVERIFY(w.outbox.recordFailure(a1, QStringLiteral("offline"), now));
        const OutboxEntry failed = w.outbox.pendingFor(1).first();
        QCOMPARE(failed.attempts, 1);
        QCOMPARE(failed.lastError, QStringLiteral("offline"));
        QCOMPARE(failed.nextAttemptAt, now.addSecs(2));
        QCOMPARE(w.outbox.next(now)->id, b1); // a2 waits behind a1: same case
        QCOMPARE(*w.outbox.nextAttemptAt(),
                 QDateTime::fromMSecsSinceEpoch(
                     w.outbox.pending().last().createdAt.toMSecsSinceEpoch(), Qt::UTC));
        QVERIFY(w.outbox.remove(b1));
        QVERIFY(!w.outbox.next(now));
        QCOMPARE(*w.outbox.nextAttemptAt(), now.addSecs(2));
        QCOMPARE(w.outbox.next(now.addSecs(2))->id, a1);

        QVERIFY(w.outbox.recordFailure(a1, QStringLiteral("offline"), now));
        QCOMPARE(w.outbox.pendingFor(1).first().nextAttemptAt, now.addSecs(4));
    }

    void rebaseAndNewKeys()
    {
        Workbench w;
        QString error;
        const qint64 a =
            w.outbox.enqueue(1, CaseAction::Note, text(QStringLiteral("a")), 3, &error);
        w.outbox.enqueue(1, CaseAction::Note, text(QStringLiteral("b")), 3, &error);
        w.outbox.enqueue(4, CaseAction::Note, text(QStringLiteral("c")), 3, &error);
        const qint64 older =
            w.outbox.enqueue(1, CaseAction::Assign, {{QStringLiteral("officerId"), 5}}, 2, &error);
        QVERIFY(w.outbox.rebase(1, 3, 7));
        QCOMPARE(w.outbox.pendingFor(1).at(0).baseVersion, 7);
        QCOMPARE(w.outbox.pendingFor(1).at(1).baseVersion, 7);
        QCOMPARE(w.outbox.pendingFor(1).at(2).id, older);
        QCOMPARE(w.outbox.pendingFor(1).at(2).baseVersion, 2); // decided on an older version
        QCOMPARE(w.outbox.pendingFor(4).at(0).baseVersion, 3);
        const QString oldKey = w.outbox.pendingFor(1).first().key;
        QVERIFY(w.outbox.resendOn(a, 9));
        QVERIFY(w.outbox.pendingFor(1).first().key != oldKey);
        QCOMPARE(w.outbox.pendingFor(1).first().baseVersion, 9);
        QCOMPARE(w.outbox.pendingFor(1).at(1).baseVersion, 7); // only that entry moves
        QCOMPARE(w.outbox.queuedCaseIds(), (QSet<CaseId>{1, 4}));
        QCOMPARE(w.outbox.count(), 4);
        QVERIFY(w.outbox.clear(&error));
        QCOMPARE(w.outbox.count(), 0);
    }

    void theOutboxSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            auto cache = CacheDatabase::open(path, QStringLiteral("before"), &error);
            QVERIFY(cache);
            CaseStore store(cache->db());
            store.setMe(officer());
            QVERIFY(store.applyFeedPage(pageOf({makeCase(1)}, 1), &error));
            WorkflowRules rules;
            LocalActions actions(cache->db(), rules, QStringLiteral("t"));
            QVERIFY(actions.perform(1, CaseAction::Note, text(QStringLiteral("x"))).ok());
        }
        auto cache = CacheDatabase::open(path, QStringLiteral("after"), &error);
        QVERIFY(cache);
        QCOMPARE(Outbox(cache->db()).count(), 1);
        QVERIFY(CaseStore(cache->db())
                    .page({Queue::All, {}, CaseColumn::Id, Qt::AscendingOrder}, {}, 1)
                    .first()
                    .pending);
    }
};

QTEST_GUILESS_MAIN(TestLocalActions)
#include "tst_localactions.moc"
