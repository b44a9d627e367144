#include "ServerTestSupport.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

namespace {
QJsonObject credentials(const QString &login, const QString &password)
{
    return {{QStringLiteral("login"), login},
            {QStringLiteral("password"), password},
            {QStringLiteral("client"), QStringLiteral("tst_api_auth")}};
}

QStringList loginsOf(const HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("users")).toArray())
        out.append(v.toObject().value(QStringLiteral("login")).toString());
    return out;
}
} // namespace

class TestApiAuth : public QObject
{
    Q_OBJECT

    TestServer m_server{60};
    std::unique_ptr<TestClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
    }

    void loginGivesATokenForTwelveHours()
    {
        const HttpResult r =
            m_client->post(QStringLiteral("login"),
                           credentials(QStringLiteral("officer"), QStringLiteral("demo")));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.contentType, QByteArrayLiteral("application/json; charset=utf-8"));
        QVERIFY(!r.json.value(QStringLiteral("token")).toString().isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("expiresAt")).toString(),
                 m_server.now().addSecs(12 * 3600).toString(Qt::ISODateWithMs));
        const QJsonObject user = r.json.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("login")).toString(), QStringLiteral("officer"));
        QCOMPARE(user.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Lê Thị Lan"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("officer"));
        QVERIFY(!r.body.contains("password"));
    }

    void wrongPasswordAndUnknownUserGetTheSameAnswer()
    {
        const HttpResult wrong = m_client->post(
            QStringLiteral("login"), credentials(QStringLiteral("officer"), QStringLiteral("sai")));
        const HttpResult unknown =
            m_client->post(QStringLiteral("login"),
                           credentials(QStringLiteral("khong-co"), QStringLiteral("demo")));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("bad_credentials"));
        QCOMPARE(unknown.status, wrong.status);
        QCOMPARE(unknown.body, wrong.body);
    }

    void malformedLoginsAreBadRequests()
    {
        QCOMPARE(m_client->postRaw(QStringLiteral("login"), "{not json").status, 400);
        QCOMPARE(m_client->postRaw(QStringLiteral("login"), "[1,2]").errorCode(),
                 QStringLiteral("bad_request"));
        QCOMPARE(
            m_client
                ->post(QStringLiteral("login"), {{QStringLiteral("login"), QStringLiteral("x")}})
                .status,
            400);
    }

    void missingOrGarbageTokensAreRefused()
    {
        const HttpResult none = m_client->get(QStringLiteral("me"));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("unauthenticated"));
        QCOMPARE(m_client->get(QStringLiteral("me"), "garbage").status, 401);
        QCOMPARE(m_client->get(QStringLiteral("feed"), "x").status, 401);
    }

    void meUnitsAndUsersFollowTheCaller()
    {
        const QByteArray officer = m_client->login(QStringLiteral("officer"));
        QVERIFY(!officer.isEmpty());
        const HttpResult me = m_client->get(QStringLiteral("me"), officer);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")),
                 QJsonValue(QStringLiteral("officer")));

        const HttpResult units = m_client->get(QStringLiteral("units"), officer);
        QCOMPARE(units.status, 200);
        const QJsonArray list = units.json.value(QStringLiteral("units")).toArray();
        QVERIFY(list.size() > 40);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : list)
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(byName.value(QStringLiteral("Thành phố Hà Nội"))
                     .value(QStringLiteral("parentId"))
                     .toInt(),
                 0);
        const QJsonObject kimMa = byName.value(QStringLiteral("Phường Kim Mã"));
        QCOMPARE(kimMa.value(QStringLiteral("kind")).toString(), QStringLiteral("ward"));
        QCOMPARE(kimMa.value(QStringLiteral("parentId")),
                 byName.value(QStringLiteral("Quận Ba Đình")).value(QStringLiteral("id")));

        QStringList mine = loginsOf(m_client->get(QStringLiteral("users"), officer));
        mine.sort();
        QCOMPARE(mine, (QStringList{QStringLiteral("deputy"), QStringLiteral("leader"),
                                    QStringLiteral("officer"), QStringLiteral("officer3")}));
        const QStringList district = loginsOf(
            m_client->get(QStringLiteral("users"), m_client->login(QStringLiteral("supervisor"))));
        QVERIFY(district.contains(QStringLiteral("officer2")));
        QVERIFY(district.contains(QStringLiteral("leader.phuong-cong-vi")));
        QVERIFY(!district.contains(QStringLiteral("officer.so-y-te")));
        const QStringList all = loginsOf(
            m_client->get(QStringLiteral("users"), m_client->login(QStringLiteral("coordinator"))));
        QVERIFY(all.contains(QStringLiteral("officer.so-y-te")));
        QVERIFY(all.size() > district.size());
    }

    void logoutEndsTheToken()
    {
        const QByteArray token = m_client->login(QStringLiteral("leader"));
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 200);
        const HttpResult out = m_client->post(QStringLiteral("logout"), {}, token);
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json, QJsonObject());
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 401);
    }

    void unknownRoutesAndOversizedBodiesGetJsonErrors()
    {
        const HttpResult missing = m_client->get(QStringLiteral("nothing-here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(missing.contentType, QByteArrayLiteral("application/json; charset=utf-8"));
        QCOMPARE(m_client->get(QStringLiteral("login")).status, 404); // wrong method

        const QByteArray big(1536 * 1024, 'x');
        const HttpResult tooLarge = m_client->postRaw(QStringLiteral("login"), big);
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.errorCode(), QStringLiteral("too_large"));
    }

    void aHugeBodyIsCutOffAndTheServerCarriesOn()
    {
        // Beyond twice the limit the connection is cut before the body is buffered.
        const QByteArray huge(5 * 1024 * 1024, 'x');
        const HttpResult r = m_client->postRaw(QStringLiteral("login"), huge);
        QVERIFY2(r.status == 413 || !r.networkError.isEmpty(), r.body.constData());
        QVERIFY(!m_client->login(QStringLiteral("officer")).isEmpty());
    }

    void idleConnectionsAreClosed()
    {
        TestServer quick(0);
        quick.config().idleConnectionTimeout = std::chrono::seconds(1);
        QString error;
        QVERIFY2(quick.start(&error), qPrintable(error));
        QSslSocket socket;
        socket.ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, quick.certificate())});
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy closed(&socket, &QSslSocket::disconnected);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(quick.url({}).port()));
        QVERIFY(encrypted.wait(10000));
        QVERIFY(closed.wait(10000)); // the server hung up on a client that said nothing
    }

    void connectionCloseIsHonoured()
    {
        const HttpResult r = m_client->postRaw(
            QStringLiteral("login"), R"({"login":"officer","password":"demo","client":"close"})",
            {}, {{QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}});
        QCOMPARE(r.status, 200);
    }

    // Last: it moves the clock past every session issued so far.
    void expiredTokensAreRefused()
    {
        const QByteArray token = m_client->login(QStringLiteral("coordinator"));
        m_server.advance(12 * 3600 - 1);
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 200);
        m_server.advance(1);
        const HttpResult r = m_client->get(QStringLiteral("me"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthenticated"));
    }
};

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_api_auth.moc"
