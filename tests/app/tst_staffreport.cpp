// The client's side of staff intake: what StaffReport sends (empty members
// left out, the channel's code, the key), ApiClient::createCase decoding the
// new case, a 400 naming the member to fix, an answer that is not a case, and
// an unreachable server reported as Offline (the form keeps the report).

#include "ScriptedPeer.h"
#include "domain/JsonCodec.h"
#include "net/ApiClient.h"

#include <QJsonDocument>
#include <QTest>

using namespace pakn;

namespace {

ServerEndpoint loopback(const QUrl &url)
{
    ServerEndpoint e;
    e.baseUrl = url;
    e.allowPlainLoopback = true;
    return e;
}

StaffReport hotline()
{
    StaffReport r;
    r.channel = Channel::Hotline;
    r.description = QStringLiteral("Đèn đường tắt");
    r.reporterPhone = QStringLiteral("0912 345 678");
    r.title = QStringLiteral("   "); // blank: left to the server
    return r;
}

QJsonObject requestJson(const QByteArray &request)
{
    return QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

class TestStaffReport : public QObject
{
    Q_OBJECT

    struct Answer
    {
        ApiResult result;
        std::optional<Case> created;
        bool arrived = false;
    };
    Answer create(ApiClient &api, const StaffReport &report, const QString &key)
    {
        Answer a;
        api.createCase(report, key, [&](const ApiResult &r, const std::optional<Case> &c) {
            a = {r, c, true};
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(a.arrived, 10000); }();
        return a;
    }

private Q_SLOTS:
    void theBodyLeavesOutWhatIsEmpty()
    {
        StaffReport r = hotline();
        r.channel = Channel::WalkIn;
        r.latitude = 21.03;
        r.longitude = 105.82;
        const QJsonObject body = r.requestBody(QStringLiteral("k-1"));
        QCOMPARE(body,
                 (QJsonObject{{QStringLiteral("key"), QStringLiteral("k-1")},
                              {QStringLiteral("channel"), QStringLiteral("walk_in")},
                              {QStringLiteral("description"), QStringLiteral("Đèn đường tắt")},
                              {QStringLiteral("reporterPhone"), QStringLiteral("0912 345 678")},
                              {QStringLiteral("latitude"), 21.03},
                              {QStringLiteral("longitude"), 105.82}}));
        QVERIFY(StaffReport::newKey() != StaffReport::newKey());
        QVERIFY(!StaffReport::newKey().isEmpty());
    }

    void theNewCaseIsDecoded()
    {
        Case c;
        c.id = 901;
        c.version = 1;
        c.title = QStringLiteral("Đèn đường tắt");
        c.description = c.title;
        c.channel = Channel::Hotline;
        c.receivedAt = QDateTime(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC);
        c.updatedAt = c.receivedAt;
        ScriptedPeer peer;
        peer.answer(ScriptedPeer::http(
            201, QJsonDocument(QJsonObject{{QStringLiteral("case"), toJson(c)}}).toJson()));
        ApiClient api(loopback(peer.url()));
        const Answer a = create(api, hotline(), QStringLiteral("k-2"));
        QVERIFY2(a.result.ok(), qPrintable(a.result.message));
        QVERIFY(a.created);
        QCOMPARE(a.created->id, 901);
        QCOMPARE(a.created->channel, Channel::Hotline);
        QVERIFY(peer.request().startsWith("POST /api/v1/cases HTTP/1.1"));
        QCOMPARE(requestJson(peer.request()).value(QStringLiteral("key")).toString(),
                 QStringLiteral("k-2"));
    }

    void aRefusalNamesTheMember()
    {
        ScriptedPeer peer;
        peer.answer(ScriptedPeer::http(
            400,
            R"({"error":{"code":"bad_request","message":"not a phone","field":"reporterPhone"}})"));
        ApiClient api(loopback(peer.url()));
        const Answer a = create(api, hotline(), QStringLiteral("k-3"));
        QVERIFY(!a.created);
        QCOMPARE(a.result.kind, ApiResult::Kind::HttpError);
        QCOMPARE(a.result.httpStatus, 400);
        QCOMPARE(a.result.errorField, QStringLiteral("reporterPhone"));
        QCOMPARE(a.result.message, QStringLiteral("not a phone"));
    }

    void anAnswerThatIsNotACaseIsABadResponse()
    {
        ScriptedPeer peer;
        peer.answer(ScriptedPeer::http(201, R"({"case":{"id":"x"}})"));
        ApiClient api(loopback(peer.url()));
        const Answer a = create(api, hotline(), QStringLiteral("k-4"));
        QVERIFY(!a.created);
        QCOMPARE(a.result.kind, ApiResult::Kind::BadResponse);
    }

    void anUnreachableServerIsOffline()
    {
        QUrl closed;
        {
            ScriptedPeer gone; // listens, then closes: nothing answers on its port
            closed = gone.url();
        }
        ApiClient api(loopback(closed));
        const Answer a = create(api, hotline(), QStringLiteral("k-5"));
        QVERIFY(!a.created);
        QCOMPARE(a.result.kind, ApiResult::Kind::Offline);
    }
};

QTEST_GUILESS_MAIN(TestStaffReport)
#include "tst_staffreport.moc"
