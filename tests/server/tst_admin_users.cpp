// Account administration over the API: disabling ends the sessions at once
// and refuses logins, a password reset ends sessions, create and set-role,
// and an administrator cannot lock themselves out.

#include "AdminTestSupport.h"

#include <QTest>

using namespace admintest;

class TestAdminUsers : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;

    HttpResult command(const QString &login, const QString &what, const QJsonObject &body = {})
    {
        return m_client->post(QStringLiteral("admin/users/%1/%2").arg(login, what), body, m_admin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(50);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(*m_server);
        m_admin = m_client->login(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void disablingEndsTheSessionsAtOnce()
    {
        const QByteArray token = m_client->login(QStringLiteral("officer2"));
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 200);

        const HttpResult disabled = command(QStringLiteral("officer2"), QStringLiteral("disable"));
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json[QStringLiteral("user")][QStringLiteral("disabled")].toBool(), true);
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 401);
        const HttpResult refused = m_client->post(
            QStringLiteral("login"), {{QStringLiteral("login"), QStringLiteral("officer2")},
                                      {QStringLiteral("password"), QStringLiteral("demo")}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("bad_credentials"));

        QCOMPARE(command(QStringLiteral("officer2"), QStringLiteral("enable")).status, 200);
        // The old token stays dead; a new login works.
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 401);
        QVERIFY(!m_client->login(QStringLiteral("officer2")).isEmpty());
    }

    void resetPasswordEndsSessions()
    {
        const QByteArray token = m_client->login(QStringLiteral("leader2"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(command(QStringLiteral("leader2"), QStringLiteral("reset-password"),
                         {{QStringLiteral("password"), QStringLiteral("short")}})
                     .status,
                 422);
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 200); // nothing happened
        const HttpResult reset =
            command(QStringLiteral("leader2"), QStringLiteral("reset-password"),
                    {{QStringLiteral("password"), QStringLiteral("new-secret-1")}});
        QCOMPARE(reset.status, 200);
        QVERIFY(!reset.json.contains(QStringLiteral("password"))); // not echoed
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 401);
        QVERIFY(m_client->login(QStringLiteral("leader2")).isEmpty());
        QVERIFY(
            !m_client->login(QStringLiteral("leader2"), QStringLiteral("new-secret-1")).isEmpty());

        // Without a password the server makes one up and shows it once.
        const HttpResult generated =
            command(QStringLiteral("leader2"), QStringLiteral("reset-password"));
        QCOMPARE(generated.status, 200);
        const QString password = generated.json.value(QStringLiteral("password")).toString();
        QVERIFY(password.size() >= 12);
        QVERIFY(!m_client->login(QStringLiteral("leader2"), password).isEmpty());
    }

    void createAndChangeRole()
    {
        const qint64 kimMa = unitId(*m_client, m_admin, QString::fromUtf8("Phường Kim Mã"));
        const qint64 baDinh = unitId(*m_client, m_admin, QString::fromUtf8("Quận Ba Đình"));
        const QJsonObject body{{QStringLiteral("login"), QStringLiteral("officer.moi")},
                               {QStringLiteral("displayName"), QString::fromUtf8("Đỗ Thị Mai")},
                               {QStringLiteral("role"), QStringLiteral("officer")},
                               {QStringLiteral("unitId"), kimMa},
                               {QStringLiteral("password"), QStringLiteral("mat-khau-moi")}};
        const HttpResult created = m_client->post(QStringLiteral("admin/users"), body, m_admin);
        QCOMPARE(created.status, 200);
        QVERIFY(!created.json.contains(QStringLiteral("password"))); // not echoed
        const QByteArray token =
            m_client->login(QStringLiteral("officer.moi"), QStringLiteral("mat-khau-moi"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_client->post(QStringLiteral("admin/users"), body, m_admin).status, 409);
        QJsonObject badRole = body;
        badRole.insert(QStringLiteral("login"), QStringLiteral("other"));
        badRole.insert(QStringLiteral("role"), QStringLiteral("emperor"));
        QCOMPARE(m_client->post(QStringLiteral("admin/users"), badRole, m_admin).status, 422);
        QJsonObject badLogin = body;
        badLogin.insert(QStringLiteral("login"), QStringLiteral("Bad Login/1"));
        QCOMPARE(m_client->post(QStringLiteral("admin/users"), badLogin, m_admin).status, 422);

        const HttpResult role = command(QStringLiteral("officer.moi"), QStringLiteral("role"),
                                        {{QStringLiteral("role"), QStringLiteral("supervisor")},
                                         {QStringLiteral("unitId"), baDinh}});
        QCOMPARE(role.status, 200);
        // The running session sees the new role at once.
        const HttpResult me = m_client->get(QStringLiteral("me"), token);
        QCOMPARE(me.json[QStringLiteral("user")][QStringLiteral("role")].toString(),
                 QStringLiteral("supervisor"));
        QCOMPARE(me.json[QStringLiteral("user")][QStringLiteral("unitId")].toInteger(), baDinh);
        QCOMPARE(command(QStringLiteral("nobody"), QStringLiteral("disable")).status, 404);
    }

    void anAdministratorCannotDisableThemselves()
    {
        const HttpResult r = command(QStringLiteral("admin"), QStringLiteral("disable"));
        QCOMPARE(r.status, 409);
        QCOMPARE(m_client->get(QStringLiteral("me"), m_admin).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAdminUsers)
#include "tst_admin_users.moc"
