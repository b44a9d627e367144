// The sync engine against a scripted peer, for the answers the real server
// does not give: malformed or stuck feed pages, server faults and refusals.

#include "ScriptedPeer.h"
#include "TestCases.h"

#include "cache/LocalActions.h"
#include "cache/Outbox.h"
#include "domain/JsonCodec.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace pakn;
using namespace testdata;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray feedPage(const QList<Case> &cases, qint64 cursor, bool more)
{
    QJsonArray changes;
    qint64 seq = cursor - cases.size();
    for (const Case &c : cases)
        changes.append(
            QJsonObject{{QStringLiteral("seq"), ++seq}, {QStringLiteral("case"), toJson(c)}});
    return json({{QStringLiteral("changes"), changes},
                 {QStringLiteral("cursor"), cursor},
                 {QStringLiteral("more"), more}});
}

QByteArray ok(const QByteArray &body)
{
    return ScriptedPeer::http(200, body);
}

// A cache owned by officer Lan, a peer that knows the directory, and an
// engine between them.
struct Bench
{
    Bench()
    {
        store.setMe(officer());
        store.replaceUnits(units());
        QJsonArray unitList;
        for (const Unit &u : units())
            unitList.append(toJson(u));
        peer.route("GET /api/v1/units", ok(json({{QStringLiteral("units"), unitList}})));
        peer.route(
            "GET /api/v1/users",
            ok(json({{QStringLiteral("users"), QJsonArray{toJson(officer()), toJson(leader())}}})));
        peer.route("GET /api/v1/feed", ok(feedPage({}, 0, false)));
        peer.route("GET /api/v1/me", ok(json({{QStringLiteral("user"), toJson(officer())}})));
        ServerEndpoint endpoint;
        endpoint.baseUrl = peer.url();
        endpoint.allowPlainLoopback = true;
        engine =
            std::make_unique<SyncEngine>(cache.path(), endpoint, "token", QStringLiteral("test"));
    }
    // Runs a round; the state it ended in and its message.
    std::pair<SyncState, QString> round()
    {
        QSignalSpy states(engine.get(), &SyncEngine::stateChanged);
        QSignalSpy finished(engine.get(), &SyncEngine::roundFinished);
        engine->syncNow();
        const auto last = [&] {
            return states.isEmpty() ? SyncState::Syncing : states.last().at(0).value<SyncState>();
        };
        [&] { QTRY_VERIFY(!finished.isEmpty() || (last() != SyncState::Syncing)); }();
        return {last(), states.isEmpty() ? QString() : states.last().at(1).toString()};
    }

    CacheFixture cache;
    CaseStore store{cache.db()};
    ScriptedPeer peer;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<pakn::SyncState>("pakn::SyncState"); }

    void pagesAreStoredUntilTheFeedEnds()
    {
        Bench b;
        b.peer.route("GET /api/v1/feed?after=0", ok(feedPage({makeCase(1), makeCase(2)}, 2, true)));
        b.peer.route("GET /api/v1/feed?after=2", ok(feedPage({makeCase(3)}, 3, false)));
        QSignalSpy finished(b.engine.get(), &SyncEngine::roundFinished);
        QSignalSpy progress(b.engine.get(), &SyncEngine::feedProgress);
        QCOMPARE(b.round().first, SyncState::Idle);
        QCOMPARE(finished.first().at(0).toInt(), 3);
        // Progress after each page that has more behind it, not after the last.
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 2);
        QCOMPARE(b.store.cursor(), 3);
        QCOMPARE(b.store.count({Queue::All, {}, CaseColumn::Id, Qt::AscendingOrder}), 3);
        QVERIFY(b.peer.request().contains("Authorization: Bearer token"));
    }

    void aMalformedPageIsNotStored()
    {
        Bench b;
        QJsonObject broken = toJson(makeCase(3));
        broken.remove(QStringLiteral("title"));
        const QByteArray bad = json(
            {{QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("seq"), 3},
                                                                {QStringLiteral("case"), broken}}}},
             {QStringLiteral("cursor"), 3},
             {QStringLiteral("more"), false}});
        b.peer.route("GET /api/v1/feed?after=0", ok(feedPage({makeCase(1), makeCase(2)}, 2, true)));
        b.peer.route("GET /api/v1/feed?after=2", ok(bad));
        const auto [state, message] = b.round();
        QCOMPARE(state, SyncState::Error);
        QVERIFY2(message.contains(QLatin1String("malformed")) &&
                     message.contains(QLatin1String("title")),
                 qPrintable(message));
        QCOMPARE(b.store.cursor(), 2); // the good page stays, the bad one is not applied
        QVERIFY(b.store.caseById(2));
        QVERIFY(!b.store.caseById(3));
    }

    void aFeedThatDoesNotAdvanceStops_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("more, same cursor") << feedPage({}, 0, true);
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("cursor missing") << QByteArray(R"({"changes":[],"more":false})");
        QTest::newRow("seq beyond the cursor")
            << QByteArray(R"({"changes":[{"seq":9,"removed":4}],"cursor":2,"more":false})");
        QTest::newRow("both case and removed") << QByteArray(
            R"({"changes":[{"seq":1,"removed":4,"case":{}}],"cursor":1,"more":false})");
    }
    void aFeedThatDoesNotAdvanceStops()
    {
        QFETCH(QByteArray, page);
        Bench b;
        b.peer.route("GET /api/v1/feed", ok(page));
        const auto [state, message] = b.round();
        QCOMPARE(state, SyncState::Error);
        QVERIFY(!message.isEmpty());
        QCOMPARE(b.store.cursor(), 0);
    }

    void aServerFaultKeepsTheActionForLater()
    {
        Bench b;
        QString error;
        QVERIFY(b.store.applyFeedPage(pageOf({makeCase(1)}, 1), &error));
        WorkflowRules rules;
        LocalActions actions(b.cache.db(), rules, QStringLiteral("test"));
        QVERIFY(
            actions.perform(1, CaseAction::Note, {{QStringLiteral("text"), QStringLiteral("x")}})
                .ok());
        b.peer.route("GET /api/v1/feed", ok(feedPage({}, 1, false)));
        b.peer.route("POST /api/v1/cases/1/actions",
                     ScriptedPeer::http(500, R"({"error":{"code":"internal","message":"boom"}})"));
        QSignalSpy finished(b.engine.get(), &SyncEngine::roundFinished);
        const auto [state, message] = b.round();
        QCOMPARE(state, SyncState::Error);
        QVERIFY2(message.contains(QLatin1String("retried")), qPrintable(message));
        QCOMPARE(finished.size(), 1); // the feed was still pulled
        const QList<OutboxEntry> left = Outbox(b.cache.db()).pending();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().attempts, 1);
        QVERIFY(left.first().nextAttemptAt > QDateTime::currentDateTimeUtc());
    }

    void aRefusedReplyIsKeptAndTheCaseRefreshed()
    {
        Bench b;
        QString error;
        QVERIFY(b.store.applyFeedPage(pageOf({makeCase(1)}, 1), &error));
        WorkflowRules rules;
        LocalActions actions(b.cache.db(), rules, QStringLiteral("test"));
        QVERIFY(actions
                    .perform(1, CaseAction::SubmitReply,
                             {{QStringLiteral("text"), QStringLiteral("Văn bản trả lời")}})
                    .ok());
        QCOMPARE(b.store.caseById(1)->status, CaseStatus::AwaitingApproval);
        b.peer.route("GET /api/v1/feed", ok(feedPage({}, 1, false)));
        b.peer.route("POST /api/v1/cases/1/actions",
                     ScriptedPeer::http(
                         422, R"({"error":{"code":"invalid_params","message":"text too short"}})"));
        b.peer.route(
            "GET /api/v1/cases/1",
            ScriptedPeer::http(404, R"({"error":{"code":"not_found","message":"No such case"}})"));
        QSignalSpy rejected(b.engine.get(), &SyncEngine::actionRejected);
        QCOMPARE(b.round().first, SyncState::Idle);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.first().at(2).toString().contains(QLatin1String("text too short")));
        QCOMPARE(b.store.localDraft(1), QStringLiteral("Văn bản trả lời"));
        QCOMPARE(Outbox(b.cache.db()).count(), 0);
        QVERIFY(!b.store.caseById(1)); // no longer visible to this user
    }

    void anEndedSessionIsReported()
    {
        Bench b;
        b.peer.route(
            "GET /api/v1/units",
            ScriptedPeer::http(401, R"({"error":{"code":"unauthenticated","message":"expired"}})"));
        QCOMPARE(b.round().first, SyncState::AuthFailed);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
