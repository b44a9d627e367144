#include "ScriptedPeer.h"
#include "net/ApiClient.h"

#include <QTest>

using namespace pakn;

namespace {

QByteArray http(int status, const QByteArray &body,
                const QByteArray &type = QByteArrayLiteral("application/json"))
{
    return ScriptedPeer::http(status, body, type);
}

const QByteArray kToken = "s3cret-token-value";

ServerEndpoint loopback(const QUrl &url)
{
    ServerEndpoint e;
    e.baseUrl = url;
    e.allowPlainLoopback = true;
    return e;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    ApiResult call(ApiClient &api, const QString &path, const QJsonObject *post = nullptr)
    {
        std::optional<ApiResult> result;
        const auto done = [&](const ApiResult &r) { result = r; };
        if (post)
            api.post(path, *post, done);
        else
            api.get(path, {}, done);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        if (!result)
            return {ApiResult::Kind::BadResponse, 0, {}, QStringLiteral("no answer"), {}};
        if (result->message.contains(QLatin1String(kToken)))
            qFatal("the token leaked into a message");
        return *result;
    }

private Q_SLOTS:
    void aJsonAnswerIsOkAndTheRequestCarriesTheToken()
    {
        ScriptedPeer peer;
        peer.answer(http(200, R"({"units":[]})"));
        ApiClient api(loopback(peer.url()));
        api.setToken(kToken);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QStringLiteral("3"));
        std::optional<ApiResult> result;
        api.get(QStringLiteral("feed"), query, [&](const ApiResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->httpStatus, 200);
        QVERIFY(result->body.value(QStringLiteral("units")).isArray());
        QVERIFY(peer.request().startsWith("GET /api/v1/feed?after=3 HTTP/1.1"));
        QVERIFY(peer.request().contains(QByteArray(QByteArray("Authorization: Bearer ") + kToken)));
    }

    void postSendsJsonUnderTheBasePath()
    {
        ScriptedPeer peer;
        peer.answer(http(200, R"({"case":{}})"));
        ApiClient api(loopback(peer.url(QStringLiteral("/pakn/"))));
        const QJsonObject body{{QStringLiteral("action"), QStringLiteral("note")}};
        QVERIFY(call(api, QStringLiteral("cases/7/actions"), &body).ok());
        QVERIFY(peer.request().startsWith("POST /pakn/api/v1/cases/7/actions HTTP/1.1"));
        QVERIFY(peer.request().toLower().contains("content-type: application/json"));
        QVERIFY(peer.request().endsWith(R"({"action":"note"})"));
    }

    void answersAreClassified_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<ApiResult::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("html instead of json") << http(200, "<html>hi</html>", "text/html")
                                              << ApiResult::Kind::BadResponse << 200 << QString();
        QTest::newRow("truncated json") << http(200, R"({"changes": [{"seq": 1,)")
                                        << ApiResult::Kind::BadResponse << 200 << QString();
        QTest::newRow("json array")
            << http(200, "[1,2]") << ApiResult::Kind::BadResponse << 200 << QString();
        QTest::newRow("empty body")
            << http(200, "") << ApiResult::Kind::BadResponse << 200 << QString();
        QTest::newRow("error with json")
            << http(404, R"({"error":{"code":"not_found","message":"No such case"}})")
            << ApiResult::Kind::HttpError << 404 << QStringLiteral("not_found");
        QTest::newRow("error with html") << http(502, "<h1>Bad Gateway</h1>", "text/html")
                                         << ApiResult::Kind::HttpError << 502 << QString();
        QTest::newRow("redirect not followed")
            << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://evil.example/\r\nContent-Length: "
                          "0\r\nConnection: close\r\n\r\n")
            << ApiResult::Kind::BadResponse << 302 << QString();
    }
    void answersAreClassified()
    {
        QFETCH(QByteArray, raw);
        QFETCH(ApiResult::Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        ScriptedPeer peer;
        peer.answer(raw);
        ApiClient api(loopback(peer.url()));
        api.setToken(kToken);
        const ApiResult r = call(api, QStringLiteral("units"));
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.errorCode, code);
        QVERIFY(!r.message.isEmpty());
        if (status == 404)
            QCOMPARE(r.message, QStringLiteral("No such case"));
        if (status == 502)
            QVERIFY(r.message.contains(QLatin1String("502")));
    }

    void aConflictKeepsTheServersCase()
    {
        ScriptedPeer peer;
        peer.answer(
            http(409, R"({"error":{"code":"conflict","message":"stale"},"case":{"id":7}})"));
        ApiClient api(loopback(peer.url()));
        const QJsonObject body;
        const ApiResult r = call(api, QStringLiteral("cases/7/actions"), &body);
        QCOMPARE(r.kind, ApiResult::Kind::HttpError);
        QCOMPARE(r.errorCode, QStringLiteral("conflict"));
        QCOMPARE(
            r.body.value(QStringLiteral("case")).toObject().value(QStringLiteral("id")).toInt(), 7);
    }

    void unreachableSilentOrHangingUpIsOffline()
    {
        QUrl closed;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closed = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        }
        ApiClient refused(loopback(closed));
        QCOMPARE(call(refused, QStringLiteral("units")).kind, ApiResult::Kind::Offline);

        ScriptedPeer silent;
        silent.setMode(ScriptedPeer::Mode::Silent);
        ApiClient waiting(loopback(silent.url()));
        waiting.setTimeout(300);
        const ApiResult timedOut = call(waiting, QStringLiteral("units"));
        QCOMPARE(timedOut.kind, ApiResult::Kind::Offline);

        ScriptedPeer rude;
        rude.setMode(ScriptedPeer::Mode::HangUp);
        ApiClient hungUp(loopback(rude.url()));
        QCOMPARE(call(hungUp, QStringLiteral("units")).kind, ApiResult::Kind::Offline);
    }

    void anUnusableEndpointAnswersLaterWithoutSending()
    {
        ScriptedPeer peer;
        ServerEndpoint plain;
        plain.baseUrl = peer.url(); // http, but not allowed
        ApiClient api(plain);
        bool called = false;
        ApiResult result;
        api.get(QStringLiteral("units"), {}, [&](const ApiResult &r) {
            called = true;
            result = r;
        });
        QVERIFY(!called); // never from inside get()
        QTRY_VERIFY(called);
        QCOMPARE(result.kind, ApiResult::Kind::TlsError);
        QVERIFY(result.message.contains(QLatin1String("https")));
        QVERIFY(peer.request().isEmpty());

        ServerEndpoint badCa = loopback(peer.url());
        badCa.baseUrl.setScheme(QStringLiteral("https"));
        badCa.caFile = QStringLiteral("/nonexistent/ca.pem");
        ApiClient noCa(badCa);
        QCOMPARE(call(noCa, QStringLiteral("units")).kind, ApiResult::Kind::TlsError);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
