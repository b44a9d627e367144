// The administration's history over the API: every kind of change an
// administrator makes adds one line in its own transaction, naming who did
// what from which client; refused changes add none; no password is ever in
// it; it pages newest first; and the database refuses to change or delete it.

#include "AdminTestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace admintest;

class TestAdminHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;

    QJsonArray events(const QString &query = QStringLiteral("limit=500"))
    {
        const HttpResult r = m_client->get(QStringLiteral("admin/history?") + query, m_admin);
        if (r.status != 200)
            qWarning() << "history answered" << r.status << r.body;
        return r.json.value(QStringLiteral("events")).toArray();
    }

    static QString s(const char *text) { return QString::fromUtf8(text); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(20);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(*m_server);
        m_admin = m_client->login(s("admin"));
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void startsEmpty() { QCOMPARE(events().size(), 0); }

    void everyKindOfChangeIsRecorded()
    {
        const qint64 kimMa = unitId(*m_client, m_admin, s("Phường Kim Mã"));
        const qint64 ngocHa = unitId(*m_client, m_admin, s("Phường Ngọc Hà"));
        QVERIFY(kimMa > 0 && ngocHa > 0);
        const auto ok = [](const HttpResult &r) {
            if (r.status != 200)
                qWarning() << r.status << r.body;
            return r.status == 200;
        };
        const HttpResult unit = m_client->post(
            s("admin/units"),
            {{s("name"), s("Tổ lịch sử")}, {s("kind"), s("centre")}, {s("parentId"), kimMa}},
            m_admin);
        QVERIFY(ok(unit));
        const qint64 team = unit.json[s("unit")][s("id")].toInteger();
        QVERIFY(ok(m_client->post(QStringLiteral("admin/units/%1/rename").arg(team),
                                  {{s("name"), s("Tổ lịch sử 2")}}, m_admin)));
        QVERIFY(ok(m_client->post(QStringLiteral("admin/units/%1/move").arg(team),
                                  {{s("parentId"), ngocHa}}, m_admin)));
        const HttpResult user = m_client->post(s("admin/users"),
                                               {{s("login"), s("history.one")},
                                                {s("displayName"), s("Lê Thị Sử")},
                                                {s("role"), s("officer")},
                                                {s("unitId"), ngocHa}},
                                               m_admin);
        QVERIFY(ok(user));
        const QString generated = user.json[s("password")].toString();
        QVERIFY(!generated.isEmpty());
        const QString path = s("admin/users/history.one/");
        QVERIFY(ok(m_client->post(path + s("disable"), {}, m_admin)));
        QVERIFY(ok(m_client->post(path + s("enable"), {}, m_admin)));
        QVERIFY(ok(m_client->post(path + s("reset-password"),
                                  {{s("password"), s("history-secret-1")}}, m_admin)));
        QVERIFY(ok(m_client->post(path + s("role"), {{s("role"), s("leader")}}, m_admin)));
        QVERIFY(ok(m_client->post(s("admin/holidays"),
                                  {{s("date"), s("2031-01-02")}, {s("name"), s("Nghỉ thử")}},
                                  m_admin)));
        QVERIFY(ok(m_client->post(QStringLiteral("admin/units/%1/merge").arg(team),
                                  {{s("intoId"), ngocHa}}, m_admin)));

        const QJsonArray all = events();
        const QStringList expected{
            s("unit.merge"),  s("reference.change"), s("user.role"),   s("user.password_reset"),
            s("user.enable"), s("user.disable"),     s("user.create"), s("unit.move"),
            s("unit.rename"), s("unit.create")};
        QCOMPARE(all.size(), expected.size());
        const QString adminName =
            m_client->get(s("me"), m_admin).json[s("user")][s("displayName")].toString();
        QVERIFY(!adminName.isEmpty());
        qint64 newer = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject e = all.at(i).toObject();
            QCOMPARE(e[s("action")].toString(), expected.at(i));
            QVERIFY(e[s("id")].toInteger() < newer); // newest first
            newer = e[s("id")].toInteger();
            QVERIFY(e[s("actorId")].toInteger() > 0);
            QCOMPARE(e[s("actorName")].toString(), adminName);
            QVERIFY(!e[s("client")].toString().isEmpty());
            QVERIFY(!e[s("summary")].toString().isEmpty());
            QVERIFY(QDateTime::fromString(e[s("at")].toString(), Qt::ISODateWithMs).isValid());
        }
        QVERIFY(all.at(6)[s("summary")].toString().contains(s("history.one")));
        QVERIFY(all.at(8)[s("summary")].toString().contains(s("Tổ lịch sử 2")));
        QVERIFY(all.at(1)[s("summary")].toString().contains(s("2031-01-02")));
        // Passwords, generated or given, are never in it.
        const QByteArray raw = m_client->get(s("admin/history?limit=500"), m_admin).body;
        QVERIFY(!raw.contains(generated.toUtf8()));
        QVERIFY(!raw.contains("history-secret-1"));
    }

    void refusedChangesAddNothing()
    {
        const qsizetype before = events().size();
        QCOMPARE(m_client
                     ->post(s("admin/users/history.one/reset-password"),
                            {{s("password"), s("short")}}, m_admin)
                     .status,
                 422);
        QCOMPARE(m_client
                     ->post(s("admin/users"),
                            {{s("login"), s("history.one")},
                             {s("displayName"), s("Trùng")},
                             {s("role"), s("officer")},
                             {s("unitId"), unitId(*m_client, m_admin, s("Phường Ngọc Hà"))}},
                            m_admin)
                     .status,
                 409);
        QCOMPARE(m_client
                     ->post(s("admin/holidays"),
                            {{s("date"), s("2031-01-02")}, {s("name"), s("Lần hai")}}, m_admin)
                     .status,
                 409);
        const QByteArray officer = m_client->login(s("officer"));
        QCOMPARE(m_client->post(s("admin/users/history.one/disable"), {}, officer).status, 403);
        QCOMPARE(events().size(), before);
    }

    void pagesNewestFirst()
    {
        const QJsonArray all = events();
        QVERIFY(all.size() >= 3);
        const QJsonArray first = events(s("limit=2"));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(1)[s("id")], all.at(1)[s("id")]);
        const QJsonArray next =
            events(QStringLiteral("limit=2&before=%1").arg(first.at(1)[s("id")].toInteger()));
        QCOMPARE(next.at(0)[s("id")], all.at(2)[s("id")]);
        for (const QString &bad : {s("limit=0"), s("limit=501"), s("limit=x"), s("before=-1")})
            QCOMPARE(m_client->get(s("admin/history?") + bad, m_admin).status, 400);
    }

    void theDatabaseRefusesToRewriteIt()
    {
        QSqlQuery q(m_server->database().connection());
        QVERIFY(!q.exec(s("UPDATE admin_events SET summary = 'nothing happened'")));
        QVERIFY(!q.exec(s("DELETE FROM admin_events")));
        QVERIFY(events().size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminHistory)
#include "tst_admin_history.moc"
