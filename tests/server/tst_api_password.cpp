// A password the server made up (first install, reset) is one-time: its
// session may only change it; POST /api/v1/password changes the caller's own
// password and ends the account's other sessions.

#include "AdminTestSupport.h"

#include <QTest>

namespace {
const QString newPassword = QStringLiteral("chosen-by-me-1");

QJsonObject change(const QString &current, const QString &next)
{
    return {{QStringLiteral("currentPassword"), current}, {QStringLiteral("newPassword"), next}};
}
} // namespace

class TestApiPassword : public QObject
{
    Q_OBJECT

    TestServer m_server{20};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;
    qint64 m_unit = 0;

    // Creates `login` through the admin API; returns its generated password
    // (empty when `password` was given).
    QString create(const QString &login, const QString &password = {})
    {
        QJsonObject body{{QStringLiteral("login"), login},
                         {QStringLiteral("displayName"), QStringLiteral("Người thử")},
                         {QStringLiteral("role"), QStringLiteral("officer")},
                         {QStringLiteral("unitId"), m_unit}};
        if (!password.isEmpty())
            body.insert(QStringLiteral("password"), password);
        const HttpResult r = m_client->post(QStringLiteral("admin/users"), body, m_admin);
        if (r.status != 200)
            qWarning() << r.body;
        return r.json.value(QStringLiteral("password")).toString();
    }

    HttpResult login(const QString &login, const QString &password)
    {
        return m_client->post(QStringLiteral("login"), {{QStringLiteral("login"), login},
                                                        {QStringLiteral("password"), password}});
    }

    // What the administrators' list says of `login`.
    bool mustChange(const QString &login)
    {
        const HttpResult r = m_client->get(QStringLiteral("admin/users"), m_admin);
        for (const QJsonValue &v : r.json.value(QStringLiteral("users")).toArray())
            if (v[QStringLiteral("login")].toString() == login)
                return v[QStringLiteral("mustChangePassword")].toBool();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_admin = m_client->login(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
        m_unit = admintest::unitId(*m_client, m_admin, QString::fromUtf8("Phường Kim Mã"));
        QVERIFY(m_unit > 0);
    }

    void aGeneratedPasswordAllowsOnlyItsChange()
    {
        const QString generated = create(QStringLiteral("moi1"));
        QVERIFY(!generated.isEmpty());
        const HttpResult first = login(QStringLiteral("moi1"), generated);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("passwordChangeRequired")).toBool(), true);
        QVERIFY(mustChange(QStringLiteral("moi1")));
        const QByteArray token = first.json.value(QStringLiteral("token")).toString().toLatin1();

        for (const QString &path : {QStringLiteral("me"), QStringLiteral("feed")}) {
            const HttpResult refused = m_client->get(path, token);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorCode(), QStringLiteral("password_change_required"));
        }

        // Bad changes change nothing.
        const HttpResult wrong =
            m_client->post(QStringLiteral("password"),
                           change(QStringLiteral("not-it-at-all"), newPassword), token);
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.errorCode(), QStringLiteral("wrong_password"));
        QCOMPARE(m_client
                     ->post(QStringLiteral("password"), change(generated, QStringLiteral("short")),
                            token)
                     .status,
                 422);
        QCOMPARE(
            m_client->post(QStringLiteral("password"), change(generated, generated), token).status,
            422);
        QCOMPARE(
            m_client->postRaw(QStringLiteral("password"), "{\"newPassword\": 1}", token).status,
            400);
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 403);

        const HttpResult changed =
            m_client->post(QStringLiteral("password"), change(generated, newPassword), token);
        QVERIFY2(changed.status == 200, changed.body.constData());
        QCOMPARE(m_client->get(QStringLiteral("me"), token).status, 200); // the session goes on
        QVERIFY(!mustChange(QStringLiteral("moi1")));

        // The generated password (the copy in apt's log) is now worthless.
        QCOMPARE(login(QStringLiteral("moi1"), generated).status, 401);
        const HttpResult again = login(QStringLiteral("moi1"), newPassword);
        QCOMPARE(again.status, 200);
        QVERIFY(!again.json.contains(QStringLiteral("passwordChangeRequired")));
    }

    void aChosenPasswordNeedsNoChange()
    {
        QVERIFY(create(QStringLiteral("moi2"), QStringLiteral("given-by-admin")).isEmpty());
        const HttpResult r = login(QStringLiteral("moi2"), QStringLiteral("given-by-admin"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(QStringLiteral("passwordChangeRequired")));
    }

    void aGeneratedResetMustBeChangedAndEndsOtherSessions()
    {
        const HttpResult reset = m_client->post(
            QStringLiteral("admin/users/officer2/reset-password"), QJsonObject(), m_admin);
        QCOMPARE(reset.status, 200);
        const QString generated = reset.json.value(QStringLiteral("password")).toString();
        const QByteArray mine = m_client->login(QStringLiteral("officer2"), generated);
        const QByteArray someoneElse = m_client->login(QStringLiteral("officer2"), generated);
        QVERIFY(!mine.isEmpty() && !someoneElse.isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("me"), someoneElse).status, 403);

        QCOMPARE(
            m_client->post(QStringLiteral("password"), change(generated, newPassword), mine).status,
            200);
        QCOMPARE(m_client->get(QStringLiteral("me"), mine).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("me"), someoneElse).status, 401);
    }

    void anyoneMayChangeTheirOwnPassword()
    {
        const QByteArray token = m_client->login(QStringLiteral("leader"));
        const QByteArray other = m_client->login(QStringLiteral("leader"));
        QCOMPARE(m_client
                     ->post(QStringLiteral("password"), change(QStringLiteral("demo"), newPassword),
                            token)
                     .status,
                 200);
        QCOMPARE(m_client->get(QStringLiteral("me"), other).status, 401);
        QVERIFY(m_client->login(QStringLiteral("leader")).isEmpty());
        QVERIFY(!m_client->login(QStringLiteral("leader"), newPassword).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiPassword)
#include "tst_api_password.moc"
