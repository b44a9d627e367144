// Issue 9, security: failed logins are throttled per account and per source
// address (429 with Retry-After, "try again in N minutes"), in the database;
// a chosen password follows the policy (length, not the login, not a common
// one); POST /logout/everywhere ends every session of the account.

#include "AdminTestSupport.h"

#include <QJsonDocument>
#include <QTest>

namespace {
constexpr int perAccount = 3;
constexpr int perAddress = 8;
constexpr qint64 window = 600; // seconds
} // namespace

class TestApiLoginThrottle : public QObject
{
    Q_OBJECT

    TestServer m_server{10};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;

    HttpResult login(const QString &login, const QString &password,
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        const QJsonObject body{{QStringLiteral("login"), login},
                               {QStringLiteral("password"), password}};
        return m_client->postRaw(QStringLiteral("login"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), {}, headers);
    }

    static QJsonObject change(const QString &current, const QString &next)
    {
        return {{QStringLiteral("currentPassword"), current},
                {QStringLiteral("newPassword"), next}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.config().loginLimits = {perAccount, perAddress, std::chrono::seconds(window)};
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_admin = m_client->login(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }

    void init() { m_server.advance(window + 1); } // every test starts with a clean slate

    void anAccountIsRefusedAfterItsFailures()
    {
        for (int i = 0; i < perAccount; ++i)
            QCOMPARE(login(i % 2 ? QStringLiteral("officer") : QStringLiteral("OFFICER"),
                           QStringLiteral("wrong-guess"))
                         .status,
                     401);
        // Even the right password: the guesser must not learn it was right.
        const HttpResult refused = login(QStringLiteral("officer"), QStringLiteral("demo"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_attempts"));
        QCOMPARE(refused.header("Retry-After"), QByteArray::number(window));
        const QJsonObject e = refused.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("retryAfter")).toInteger(), window);
        QVERIFY2(
            e.value(QStringLiteral("message")).toString().contains(QStringLiteral("10 minute")),
            refused.body.constData());
        // Other accounts are not concerned.
        QVERIFY(!m_client->login(QStringLiteral("leader")).isEmpty());

        m_server.advance(window / 2);
        const HttpResult later = login(QStringLiteral("officer"), QStringLiteral("demo"));
        QCOMPARE(later.status, 429);
        QCOMPARE(later.header("Retry-After"), QByteArray::number(window - window / 2));
        m_server.advance(window - window / 2);
        QVERIFY(!m_client->login(QStringLiteral("officer")).isEmpty());
    }

    void aSuccessStartsTheCountAgain()
    {
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < perAccount - 1; ++i)
                QCOMPARE(login(QStringLiteral("leader"), QStringLiteral("wrong")).status, 401);
            QVERIFY(!m_client->login(QStringLiteral("leader")).isEmpty());
        }
    }

    void unknownLoginsAreThrottledAlike()
    {
        for (int i = 0; i < perAccount; ++i)
            QCOMPARE(login(QStringLiteral("nobody.here"), QStringLiteral("guess")).status, 401);
        QCOMPARE(login(QStringLiteral("nobody.here"), QStringLiteral("guess")).status, 429);
    }

    void theFailuresAreInTheDatabase()
    {
        // What every instance sharing the database counts.
        for (int i = 0; i < perAccount; ++i)
            QCOMPARE(login(QStringLiteral("officer2"), QStringLiteral("wrong")).status, 401);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        QCOMPARE(login(QStringLiteral("officer2"), QStringLiteral("demo")).status, 429);
    }

    void anAddressIsRefusedAfterItsFailures()
    {
        for (int i = 0; i < perAddress; ++i)
            QCOMPARE(login(QStringLiteral("guess%1").arg(i), QStringLiteral("guess")).status, 401);
        const HttpResult refused = login(QStringLiteral("supervisor"), QStringLiteral("demo"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray::number(window));
        // Behind the local nginx front, its X-Real-IP is the source.
        const HttpResult proxied = login(QStringLiteral("supervisor"), QStringLiteral("demo"),
                                         {{"X-Real-IP", "203.0.113.7"}});
        QCOMPARE(proxied.status, 200);
        m_server.advance(window);
        QCOMPARE(login(QStringLiteral("supervisor"), QStringLiteral("demo")).status, 200);
    }

    void aChosenPasswordFollowsThePolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("why");
        QTest::newRow("short") << QStringLiteral("a1b2c3") << QStringLiteral("at least 8");
        QTest::newRow("the login") << QStringLiteral("Coordinator-2025") << QStringLiteral("login");
        QTest::newRow("common") << QStringLiteral("Password123") << QStringLiteral("common");
        QTest::newRow("common vi") << QStringLiteral("matkhau123") << QStringLiteral("common");
    }

    void aChosenPasswordFollowsThePolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, why);
        const QByteArray token = m_client->login(QStringLiteral("coordinator"));
        QVERIFY(!token.isEmpty());
        const HttpResult r = m_client->post(QStringLiteral("password"),
                                            change(QStringLiteral("demo"), password), token);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.contains(why.toUtf8()), r.body.constData());
        // The same rules when an administrator sets one.
        const HttpResult created = m_client->post(
            QStringLiteral("admin/users"),
            {{QStringLiteral("login"), QStringLiteral("coordinator")}, // refused before "taken"
             {QStringLiteral("displayName"), QStringLiteral("Người thử")},
             {QStringLiteral("role"), QStringLiteral("coordinator")},
             {QStringLiteral("unitId"),
              admintest::unitId(*m_client, m_admin, QString::fromUtf8("Thành phố Hà Nội"))},
             {QStringLiteral("password"), password}},
            m_admin);
        QCOMPARE(created.status, 422);
        QVERIFY2(created.body.contains(why.toUtf8()), created.body.constData());
        QCOMPARE(m_client->login(QStringLiteral("coordinator")).isEmpty(), false);
    }

    void wrongCurrentPasswordsCountAsFailures()
    {
        const QByteArray token = m_client->login(QStringLiteral("supervisor"));
        QVERIFY(!token.isEmpty());
        for (int i = 0; i < perAccount; ++i)
            QCOMPARE(m_client
                         ->post(QStringLiteral("password"),
                                change(QStringLiteral("guess-%1").arg(i),
                                       QStringLiteral("a-new-secret-1")),
                                token)
                         .status,
                     403);
        const HttpResult refused =
            m_client->post(QStringLiteral("password"),
                           change(QStringLiteral("demo"), QStringLiteral("a-new-secret-1")), token);
        QCOMPARE(refused.status, 429);
        QCOMPARE(login(QStringLiteral("supervisor"), QStringLiteral("demo")).status, 429);
    }

    void logoutEverywhereEndsEverySession()
    {
        const QByteArray desk = m_client->login(QStringLiteral("officer"));
        const QByteArray laptop = m_client->login(QStringLiteral("officer"));
        const QByteArray other = m_client->login(QStringLiteral("leader"));
        QVERIFY(!desk.isEmpty() && !laptop.isEmpty() && !other.isEmpty());
        QCOMPARE(m_client->post(QStringLiteral("logout/everywhere"), {}, laptop).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("me"), desk).status, 401);
        QCOMPARE(m_client->get(QStringLiteral("me"), laptop).status, 401);
        QCOMPARE(m_client->get(QStringLiteral("me"), other).status, 200);
        QCOMPARE(m_client->post(QStringLiteral("logout/everywhere"), {}, laptop).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestApiLoginThrottle)
#include "tst_api_login_throttle.moc"
