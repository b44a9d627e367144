// Offline actions that meet someone else's change, against the real
// pakn-server: two leaders racing on accept and on assign, approve against
// send back, a reply drafted on a case transferred meanwhile, a note resent on
// the new version, and one action whose answers are lost three times. Every
// client talks through a DroppingProxy, which shows what went over the wire
// (status codes, keys, base versions) and loses answers on purpose.

#include "DroppingProxy.h"
#include "SyncClient.h"

#include "net/ApiPayloads.h"

#include <QJsonDocument>

using namespace synctest;

namespace {

QJsonObject requestBody(const DroppingProxy::Exchange &e)
{
    return QJsonDocument::fromJson(e.body()).object();
}

int eventsOf(const Case &c, const QString &action)
{
    return int(std::count_if(c.history.cbegin(), c.history.cend(),
                             [&](const CaseEvent &e) { return e.action == action; }));
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

    ServerProcess m_server{200};
    DroppingProxy m_proxy;
    QSet<CaseId> m_used; // each test works on cases no earlier test touched

    std::unique_ptr<Client> client(const QString &login)
    {
        return syncedClient(m_server, login, m_proxy.url());
    }

    static QByteArray actionsOf(CaseId id)
    {
        return QByteArrayLiteral("POST /api/v1/cases/") + QByteArray::number(id) +
               QByteArrayLiteral("/actions");
    }

    // The HTTP statuses the server gave to the actions on the case, in order.
    QList<int> statusesFor(CaseId id) const
    {
        QList<int> statuses;
        for (const DroppingProxy::Exchange &e : m_proxy.exchangesFor(actionsOf(id)))
            statuses.append(e.status);
        return statuses;
    }

    // A case in `status` in the client's cache that no earlier test used.
    CaseId unusedCase(const Client &c, CaseStatus status, UserId assignee = -1)
    {
        for (const CaseRow &row : c.store->page(queue(Queue::All), {}, 1000)) {
            if (row.status != status || m_used.contains(row.id))
                continue;
            if (assignee >= 0 && c.store->caseById(row.id)->assigneeId != assignee)
                continue;
            m_used.insert(row.id);
            return row.id;
        }
        return 0;
    }

    static UserId idOf(const Client &c, const QString &login)
    {
        for (const Account &a : c.store->accounts())
            if (a.login == login)
                return a.id;
        return 0;
    }

    // The case as the server has it now, read with the client's own session.
    static ApiResult serverCase(const Client &c, CaseId id)
    {
        ApiClient api(c.profile.endpoint);
        api.setToken(c.profile.readToken());
        std::optional<ApiResult> answer;
        api.get(QStringLiteral("cases/%1").arg(id), {}, [&](const ApiResult &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return {ApiResult::Kind::Offline, 0, {}, QStringLiteral("no answer"), {}};
        return *answer;
    }

    static Case serverCopy(const Client &c, CaseId id)
    {
        const ApiResult r = serverCase(c, id);
        QString error;
        const auto decoded = r.ok() ? caseFromAnswer(r.body, &error) : std::nullopt;
        if (!decoded)
            qWarning("case %lld not read: %s %s", id, qPrintable(r.message), qPrintable(error));
        return decoded.value_or(Case{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
        QVERIFY2(m_proxy.start(m_server, &error), qPrintable(error));
    }

    void twoLeadersRaceOnAccept()
    {
        auto leader = client(QStringLiteral("leader"));
        auto deputy = client(QStringLiteral("deputy"));
        QVERIFY(leader && deputy);
        const CaseId id = unusedCase(*leader, CaseStatus::PendingAcceptance);
        QVERIFY(id > 0);
        // Both accept on their caches before either syncs.
        QVERIFY(leader->actions->perform(id, CaseAction::Accept, {}).ok());
        QVERIFY(deputy->actions->perform(id, CaseAction::Accept, {}).ok());
        QCOMPARE(deputy->store->caseById(id)->status, CaseStatus::InProgress);

        QCOMPARE(runRound(*leader->engine).actionsSent, 1);
        QSignalSpy rejected(deputy->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*deputy->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(r.actionsSent, 0);
        QCOMPARE(statusesFor(id), (QList<int>{200, 409}));

        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toLongLong(), id);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("accept"));
        const QString message = rejected.first().at(2).toString();
        QVERIFY2(message.contains(leader->store->me()->displayName), qPrintable(message));

        const Case server = serverCopy(*deputy, id);
        QCOMPARE(eventsOf(server, QStringLiteral("accept")), 1);
        QCOMPARE(server.history.last().actorName, leader->store->me()->displayName);
        QVERIFY(*deputy->store->caseById(id) == server);
        QVERIFY(*leader->store->caseById(id) == server);
        QCOMPARE(deputy->outboxCount(), 0);
    }

    void theFirstAssignmentStands()
    {
        auto leader = client(QStringLiteral("leader"));
        auto deputy = client(QStringLiteral("deputy"));
        QVERIFY(leader && deputy);
        // An accepted case nobody is assigned to yet.
        const CaseId id = unusedCase(*leader, CaseStatus::PendingAcceptance);
        QVERIFY(id > 0);
        QVERIFY(leader->actions->perform(id, CaseAction::Accept, {}).ok());
        QCOMPARE(runRound(*leader->engine).actionsSent, 1);
        QCOMPARE(runRound(*deputy->engine).state, SyncState::Idle);
        QCOMPARE(deputy->store->caseById(id)->assigneeId, 0);

        const UserId lan = idOf(*leader, QStringLiteral("officer"));
        const UserId tung = idOf(*leader, QStringLiteral("officer3"));
        QVERIFY(lan && tung);
        QVERIFY(
            leader->actions->perform(id, CaseAction::Assign, {{QStringLiteral("officerId"), lan}})
                .ok());
        QVERIFY(
            deputy->actions->perform(id, CaseAction::Assign, {{QStringLiteral("officerId"), tung}})
                .ok());
        QCOMPARE(runRound(*leader->engine).actionsSent, 1);
        QSignalSpy rejected(deputy->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*deputy->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(r.actionsSent, 0);
        // Assigning is still allowed on the new version, but a decision is not resent.
        QCOMPARE(statusesFor(id), (QList<int>{200, 200, 409}));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("assign"));
        const QString message = rejected.first().at(2).toString();
        QVERIFY2(message.contains(leader->store->me()->displayName), qPrintable(message));

        const Case server = serverCopy(*deputy, id);
        QCOMPARE(server.assigneeId, lan);
        QCOMPARE(eventsOf(server, QStringLiteral("assign")), 1);
        QVERIFY(*deputy->store->caseById(id) == server);
        QCOMPARE(leader->store->caseById(id)->assigneeId, lan);
        QCOMPARE(deputy->outboxCount(), 0);
    }

    void aDecisionQueuedBehindALostRaceIsDroppedToo()
    {
        auto leader = client(QStringLiteral("leader"));
        auto deputy = client(QStringLiteral("deputy"));
        QVERIFY(leader && deputy);
        const CaseId id = unusedCase(*leader, CaseStatus::PendingAcceptance);
        QVERIFY(id > 0);
        const UserId lan = idOf(*leader, QStringLiteral("officer"));
        const UserId tung = idOf(*leader, QStringLiteral("officer3"));
        // Each accepts and assigns on their cache; the leader syncs first.
        QVERIFY(leader->actions->perform(id, CaseAction::Accept, {}).ok());
        QVERIFY(
            leader->actions->perform(id, CaseAction::Assign, {{QStringLiteral("officerId"), lan}})
                .ok());
        QVERIFY(deputy->actions->perform(id, CaseAction::Accept, {}).ok());
        QVERIFY(
            deputy->actions->perform(id, CaseAction::Assign, {{QStringLiteral("officerId"), tung}})
                .ok());
        QCOMPARE(runRound(*leader->engine).actionsSent, 2);

        QSignalSpy rejected(deputy->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*deputy->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(r.actionsSent, 0);
        // The deputy's assignment was decided on her own acceptance, not on the
        // leader's assignment: it must not slip in behind the dropped accept.
        QCOMPARE(statusesFor(id), (QList<int>{200, 200, 409, 409}));
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(1).at(1).toString(), QStringLiteral("assign"));
        const Case server = serverCopy(*deputy, id);
        QCOMPARE(server.assigneeId, lan);
        QCOMPARE(eventsOf(server, QStringLiteral("assign")), 1);
        QVERIFY(*deputy->store->caseById(id) == server);
        QCOMPARE(deputy->outboxCount(), 0);
    }

    void anUneditedApprovalThatLosesLeavesNoDraft()
    {
        auto leader = client(QStringLiteral("leader"));
        auto deputy = client(QStringLiteral("deputy"));
        QVERIFY(leader && deputy);
        const CaseId id = unusedCase(*leader, CaseStatus::AwaitingApproval);
        QVERIFY(id > 0);
        QVERIFY(!leader->store->caseById(id)->replyDraft.isEmpty());
        QVERIFY(leader->actions->perform(id, CaseAction::Approve, {}).ok());
        QVERIFY(deputy->actions
                    ->perform(id, CaseAction::SendBack,
                              {{QStringLiteral("comment"), QStringLiteral("Thiếu căn cứ.")}})
                    .ok());
        QCOMPARE(runRound(*deputy->engine).actionsSent, 1);

        QSignalSpy rejected(leader->engine.get(), &SyncEngine::actionRejected);
        QCOMPARE(runRound(*leader->engine).state, SyncState::Idle);
        QCOMPARE(rejected.size(), 1);
        // The officer's draft is still the case's draft on the server: nothing
        // of the leader's was lost, so there is nothing to keep or to claim.
        const QString message = rejected.first().at(2).toString();
        QVERIFY2(!message.contains(QLatin1String("local draft")), qPrintable(message));
        QCOMPARE(leader->store->localDraft(id), QString());
        QCOMPARE(leader->store->caseById(id)->status, CaseStatus::InProgress);
    }

    void sendBackFirstKeepsTheApproversEditAsADraft()
    {
        auto leader = client(QStringLiteral("leader"));
        auto deputy = client(QStringLiteral("deputy"));
        QVERIFY(leader && deputy);
        const CaseId id = unusedCase(*leader, CaseStatus::AwaitingApproval);
        QVERIFY(id > 0);
        const QString edited = QStringLiteral("Kính gửi ông/bà, UBND phường Kim Mã đã xử lý xong.");
        QVERIFY(leader->actions->perform(id, CaseAction::Approve, text(edited)).ok());
        QVERIFY(deputy->actions
                    ->perform(id, CaseAction::SendBack,
                              {{QStringLiteral("comment"), QStringLiteral("Cần bổ sung ảnh.")}})
                    .ok());

        QCOMPARE(runRound(*deputy->engine).actionsSent, 1);
        QSignalSpy rejected(leader->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*leader->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(statusesFor(id), (QList<int>{200, 409}));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("approve"));
        const QString message = rejected.first().at(2).toString();
        QVERIFY2(message.contains(deputy->store->me()->displayName), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("local draft")), qPrintable(message));
        QCOMPARE(leader->store->localDraft(id), edited);

        const Case server = serverCopy(*leader, id);
        QCOMPARE(server.status, CaseStatus::InProgress);
        QCOMPARE(eventsOf(server, QStringLiteral("send_back")), 1);
        QCOMPARE(eventsOf(server, QStringLiteral("approve")), 0);
        QVERIFY(server.replyPublished.isEmpty());
        QVERIFY(*leader->store->caseById(id) == server);
        QCOMPARE(leader->outboxCount(), 0);
    }

    void approveFirstDropsTheSendBack()
    {
        auto leader = client(QStringLiteral("leader"));
        auto deputy = client(QStringLiteral("deputy"));
        QVERIFY(leader && deputy);
        const CaseId id = unusedCase(*leader, CaseStatus::AwaitingApproval);
        QVERIFY(id > 0);
        const QString draft = leader->store->caseById(id)->replyDraft;
        QVERIFY(leader->actions->perform(id, CaseAction::Approve, {}).ok());
        QVERIFY(deputy->actions
                    ->perform(id, CaseAction::SendBack,
                              {{QStringLiteral("comment"), QStringLiteral("Chưa đạt.")}})
                    .ok());

        QCOMPARE(runRound(*leader->engine).actionsSent, 1);
        QSignalSpy rejected(deputy->engine.get(), &SyncEngine::actionRejected);
        QCOMPARE(runRound(*deputy->engine).state, SyncState::Idle);
        QCOMPARE(statusesFor(id), (QList<int>{200, 409}));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("send_back"));
        QVERIFY2(rejected.first().at(2).toString().contains(leader->store->me()->displayName),
                 qPrintable(rejected.first().at(2).toString()));
        QCOMPARE(deputy->store->localDraft(id), QString()); // a comment is no reply

        const Case server = serverCopy(*deputy, id);
        QCOMPARE(server.status, CaseStatus::Answered);
        QCOMPARE(server.replyPublished, draft);
        QCOMPARE(eventsOf(server, QStringLiteral("send_back")), 0);
        QVERIFY(*deputy->store->caseById(id) == server);
        QCOMPARE(deputy->outboxCount(), 0);
    }

    void aReplyOnACaseTransferredMeanwhileStaysADraft()
    {
        auto officer = client(QStringLiteral("officer"));
        auto leader = client(QStringLiteral("leader"));
        QVERIFY(officer && leader);
        const CaseId id = unusedCase(*officer, CaseStatus::InProgress, officer->store->me()->id);
        QVERIFY(id > 0);
        const QString reply = QStringLiteral("Kính gửi ông/bà, phường đã cho thu dọn rác thải.");
        QVERIFY(officer->actions->perform(id, CaseAction::SubmitReply, text(reply)).ok());

        UnitId ngocHa = 0;
        for (const Unit &u : leader->store->units())
            if (u.name == QStringLiteral("Phường Ngọc Hà"))
                ngocHa = u.id;
        QVERIFY(ngocHa > 0);
        QVERIFY(
            leader->actions
                ->perform(id, CaseAction::Transfer,
                          {{QStringLiteral("unitId"), ngocHa},
                           {QStringLiteral("reason"), QStringLiteral("Thuộc địa bàn Ngọc Hà.")}})
                .ok());
        QCOMPARE(runRound(*leader->engine).actionsSent, 1);

        QSignalSpy rejected(officer->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*officer->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(statusesFor(id), (QList<int>{200, 404}));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("submit_reply"));
        const QString message = rejected.first().at(2).toString();
        QVERIFY2(message.contains(QLatin1String("transferred")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("local draft")), qPrintable(message));
        QVERIFY(!officer->store->caseById(id));
        QCOMPARE(officer->store->localDraft(id), reply);
        QCOMPARE(officer->outboxCount(), 0);
        QCOMPARE(serverCase(*officer, id).httpStatus, 404);
    }

    void aStaleNoteIsResentOnceOnTheNewVersion()
    {
        auto officer = client(QStringLiteral("officer"));
        auto leader = client(QStringLiteral("leader"));
        QVERIFY(officer && leader);
        const CaseId id = unusedCase(*officer, CaseStatus::InProgress, officer->store->me()->id);
        QVERIFY(id > 0);
        const qint64 version = officer->store->caseById(id)->version;
        const QString note = QStringLiteral("Đã hẹn kiểm tra hiện trường chiều nay.");
        QVERIFY(officer->actions->perform(id, CaseAction::Note, text(note)).ok());
        QVERIFY(leader->actions
                    ->perform(id, CaseAction::Note, text(QStringLiteral("Lãnh đạo: ưu tiên.")))
                    .ok());
        QCOMPARE(runRound(*leader->engine).actionsSent, 1);

        QSignalSpy rejected(officer->engine.get(), &SyncEngine::actionRejected);
        const Round r = runRound(*officer->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(r.actionsSent, 1);
        QVERIFY(rejected.isEmpty());
        const QList<DroppingProxy::Exchange> sent = m_proxy.exchangesFor(actionsOf(id));
        QCOMPARE(statusesFor(id), (QList<int>{200, 409, 200}));
        const QJsonObject stale = requestBody(sent.at(1));
        const QJsonObject resent = requestBody(sent.at(2));
        QCOMPARE(stale.value(QStringLiteral("baseVersion")).toInteger(), version);
        QCOMPARE(resent.value(QStringLiteral("baseVersion")).toInteger(), version + 1);
        // The server keeps its 409 under the old key: the resend needs a new one.
        QVERIFY(resent.value(QStringLiteral("key")) != stale.value(QStringLiteral("key")));

        const Case server = serverCopy(*leader, id);
        QCOMPARE(eventsWith(server, QStringLiteral("note"), note), 1);
        QCOMPARE(server.history.last().detail, note);
        QVERIFY(*officer->store->caseById(id) == server);
        QCOMPARE(officer->outboxCount(), 0);
    }

    void anActionWhoseAnswersAreLostIsAppliedOnce()
    {
        auto officer = client(QStringLiteral("officer"));
        QVERIFY(officer);
        const CaseId id = unusedCase(*officer, CaseStatus::InProgress, officer->store->me()->id);
        QVERIFY(id > 0);
        const QString note = QStringLiteral("Ghi chú gửi khi mạng chập chờn.");
        QVERIFY(officer->actions->perform(id, CaseAction::Note, text(note)).ok());
        const QString key = Outbox(officer->cache->db()).pending().first().key;

        m_proxy.dropAnswers(actionsOf(id));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const Round lost = runRound(*officer->engine);
            QCOMPARE(lost.state, SyncState::Offline);
            const QList<OutboxEntry> queued = Outbox(officer->cache->db()).pending();
            QCOMPARE(queued.size(), 1);
            QCOMPARE(queued.first().key, key);
            QCOMPARE(queued.first().attempts, attempt);
            // The server did apply it, once, although the client never heard.
            QCOMPARE(eventsWith(serverCopy(*officer, id), QStringLiteral("note"), note), 1);
        }
        m_proxy.stopDropping();
        const Round r = runRound(*officer->engine);
        QCOMPARE(r.state, SyncState::Idle);
        QCOMPARE(r.actionsSent, 1);
        QCOMPARE(officer->outboxCount(), 0);

        const QList<DroppingProxy::Exchange> sent = m_proxy.exchangesFor(actionsOf(id));
        QVERIFY(sent.size() >= 4);
        for (const DroppingProxy::Exchange &e : sent) {
            QCOMPARE(requestBody(e).value(QStringLiteral("key")).toString(), key);
            QCOMPARE(e.status, 200); // the first answer, then its replays
        }
        QVERIFY(!sent.last().dropped);
        QVERIFY(std::count_if(sent.cbegin(), sent.cend(),
                              [](const auto &e) { return e.dropped; }) >= 3);
        const Case server = serverCopy(*officer, id);
        QCOMPARE(eventsWith(server, QStringLiteral("note"), note), 1);
        QVERIFY(*officer->store->caseById(id) == server);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
