// GET /reference with its ETag and 304, the reference administration
// endpoints (admin only, clear errors, each change a new revision), and an
// action deciding with the data the administrator changed a moment before.

#include "ServerTestSupport.h"

#include "domain/JsonCodec.h"
#include "domain/ReferenceDataJson.h"

#include <QJsonDocument>

#include <QSqlQuery>
#include <QTest>

using namespace pakn;

class TestApiReference : public QObject
{
    Q_OBJECT

    TestServer m_server{60};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin, m_leader, m_officer;

    ReferenceData fetch()
    {
        const HttpResult r = m_client->get(QStringLiteral("reference"), m_officer);
        QString error;
        const auto data = referenceDataFromJson(r.json, &error);
        if (!data)
            qWarning("reference: %s", qPrintable(error));
        return data.value_or(ReferenceData());
    }
    HttpResult adminSend(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return m_client->send(method, QStringLiteral("admin/") + path, m_admin, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_admin = m_client->login(QStringLiteral("admin"));
        m_leader = m_client->login(QStringLiteral("leader"));
        m_officer = m_client->login(QStringLiteral("officer"));
        QVERIFY(!m_admin.isEmpty() && !m_leader.isEmpty() && !m_officer.isEmpty());
    }

    void everyUserGetsTheSeededDefaults()
    {
        QCOMPARE(m_client->get(QStringLiteral("reference")).status, 401);
        const HttpResult r = m_client->get(QStringLiteral("reference"), m_officer);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.etag, QByteArray("\"1\""));
        ReferenceData expected = ReferenceData::defaults();
        expected.revision = 1;
        QCOMPARE(fetch(), expected);
    }

    void etagAnswers304UntilAChange()
    {
        const QByteArray etag = m_client->get(QStringLiteral("reference"), m_officer).etag;
        const HttpResult same = m_client->send("GET", QStringLiteral("reference"), m_officer, {},
                                               {{"If-None-Match", etag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.etag, etag);

        const HttpResult added =
            adminSend("POST", QStringLiteral("holidays"),
                      {{QStringLiteral("date"), QStringLiteral("2026-09-01")},
                       {QStringLiteral("name"), QStringLiteral("Quốc khánh (ngày liền kề)")}});
        QCOMPARE(added.status, 200);
        const qint64 revision = added.json.value(QStringLiteral("revision")).toInteger();
        QVERIFY(revision > 1);
        const HttpResult changed = m_client->send("GET", QStringLiteral("reference"), m_officer, {},
                                                  {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.etag, '"' + QByteArray::number(revision) + '"');
        QCOMPARE(fetch().calendar().isWorkingDay(QDate(2026, 9, 1)), false);
    }

    void onlyAdministratorsChangeIt()
    {
        const HttpResult r = m_client->send("PUT", QStringLiteral("admin/deadlines/accept"),
                                            m_leader, {{QStringLiteral("hours"), 4}});
        QCOMPARE(r.status, 403);
        QCOMPARE(fetch().rules.acceptHours, 8);
    }

    void everyAreaChangesAndBumpsTheRevision()
    {
        qint64 revision = fetch().revision;
        const auto expectRevision = [&](const HttpResult &r) {
            QVERIFY2(r.status == 200, r.body.constData());
            QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), ++revision);
        };
        expectRevision(adminSend("POST", QStringLiteral("workdays"),
                                 {{QStringLiteral("date"), QStringLiteral("12/09/2026")},
                                  {QStringLiteral("name"), QStringLiteral("Làm bù")}}));
        expectRevision(
            adminSend("PUT", QStringLiteral("hours"),
                      {{QStringLiteral("hours"), QStringLiteral("07:30-11:30,13:00-17:00")}}));
        expectRevision(adminSend("PUT", QStringLiteral("deadlines"),
                                 {{QStringLiteral("field"), QStringLiteral("lighting")},
                                  {QStringLiteral("urgency"), QStringLiteral("normal")},
                                  {QStringLiteral("hours"), 24}}));
        expectRevision(adminSend("POST", QStringLiteral("fields"),
                                 {{QStringLiteral("code"), QStringLiteral("parks")},
                                  {QStringLiteral("nameVi"), QStringLiteral("Công viên")},
                                  {QStringLiteral("nameEn"), QStringLiteral("Parks")}}));
        expectRevision(adminSend("POST", QStringLiteral("fields/parks/disable"), {}));
        const HttpResult added =
            adminSend("POST", QStringLiteral("templates"),
                      {{QStringLiteral("field"), QStringLiteral("parks")},
                       {QStringLiteral("title"), QStringLiteral("Đã dọn")},
                       {QStringLiteral("body"), QStringLiteral("Kính gửi {reporter}")}});
        expectRevision(added);
        const qint64 id = added.json.value(QStringLiteral("id")).toInteger();
        expectRevision(adminSend("PUT", QStringLiteral("templates/%1").arg(id),
                                 {{QStringLiteral("title"), QStringLiteral("Đã dọn sạch")}}));
        expectRevision(
            adminSend("PUT", QStringLiteral("ranking"),
                      {{QStringLiteral("onTime"), 0.75}, {QStringLiteral("satisfaction"), 0.25}}));

        const ReferenceData d = fetch();
        QCOMPARE(d.revision, revision);
        QVERIFY(d.calendar().isWorkingDay(QDate(2026, 9, 12)));
        QCOMPARE(periodsToText(d.periods), QStringLiteral("07:30-11:30,13:00-17:00"));
        QCOMPARE(d.rules.answerHoursFor(Urgency::Normal, QStringLiteral("lighting")), 24);
        QVERIFY(d.field(QStringLiteral("parks")) && !d.field(QStringLiteral("parks"))->active);
        QCOMPARE(d.replyTemplate(id)->title, QStringLiteral("Đã dọn sạch"));
        QCOMPARE(d.replyTemplate(id)->field, QStringLiteral("parks"));
        QCOMPARE(d.ranking, (RankingWeights{0.75, 0.25}));

        expectRevision(
            m_client->send("DELETE", QStringLiteral("admin/templates/%1").arg(id), m_admin));
        expectRevision(
            m_client->send("DELETE", QStringLiteral("admin/workdays/2026-09-12"), m_admin));
        expectRevision(
            adminSend("PUT", QStringLiteral("hours"),
                      {{QStringLiteral("hours"), QStringLiteral("08:00-12:00,13:00-17:00")}}));
        expectRevision(adminSend("POST", QStringLiteral("deadlines/remove"),
                                 {{QStringLiteral("field"), QStringLiteral("lighting")},
                                  {QStringLiteral("urgency"), QStringLiteral("normal")}}));
        QVERIFY(!fetch().replyTemplate(id));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const auto o = [](const char *json) {
            return QJsonDocument::fromJson(QByteArray(json)).object();
        };
        QTest::newRow("bad date") << QByteArray("POST") << "holidays"
                                  << o(R"({"date":"31/02/2026","name":"x"})") << 422
                                  << "not a date";
        QTest::newRow("weekend holiday")
            << QByteArray("POST") << "holidays" << o(R"({"date":"2026-09-05","name":"x"})") << 422
            << "weekend day";
        QTest::newRow("weekday workday")
            << QByteArray("POST") << "workdays" << o(R"({"date":"2026-09-07","name":"x"})") << 422
            << "is a weekday";
        QTest::newRow("twice") << QByteArray("POST") << "holidays"
                               << o(R"({"date":"2026-09-02","name":"x"})") << 409 << "already";
        QTest::newRow("overlap") << QByteArray("PUT") << "hours"
                                 << o(R"({"hours":"08:00-12:00,11:30-17:00"})") << 422 << "overlap";
        QTest::newRow("hours text")
            << QByteArray("PUT") << "hours" << o(R"({"hours":"8-12"})") << 422 << "08:00-12:00";
        QTest::newRow("unknown field")
            << QByteArray("PUT") << "deadlines"
            << o(R"({"field":"nope","urgency":"normal","hours":8})") << 404 << "no field \"nope\"";
        QTest::newRow("urgency") << QByteArray("PUT") << "deadlines"
                                 << o(R"({"urgency":"soon","hours":8})") << 422
                                 << "unknown urgency";
        QTest::newRow("zero hours")
            << QByteArray("PUT") << "deadlines/accept" << o(R"({"hours":0})") << 400 << "positive";
        QTest::newRow("general rule")
            << QByteArray("POST") << "deadlines/remove" << o(R"({"field":"","urgency":"normal"})")
            << 422 << "general rule";
        QTest::newRow("field code")
            << QByteArray("POST") << "fields"
            << o(R"({"code":"Công viên","nameVi":"a","nameEn":"b"})") << 422 << "lower-case";
        QTest::newRow("field exists")
            << QByteArray("POST") << "fields" << o(R"({"code":"roads","nameVi":"a","nameEn":"b"})")
            << 409 << "exists";
        QTest::newRow("no template")
            << QByteArray("DELETE") << "templates/999" << QJsonObject() << 404 << "no template";
        QTest::newRow("empty title") << QByteArray("POST") << "templates"
                                     << o(R"({"title":" ","body":"b"})") << 422 << "title";
        QTest::newRow("ranking sum")
            << QByteArray("PUT") << "ranking" << o(R"({"onTime":0.5,"satisfaction":0.4})") << 422
            << "add up to 1";
        QTest::newRow("ranking text")
            << QByteArray("PUT") << "ranking" << o(R"({"onTime":"0.5","satisfaction":0.5})") << 400
            << "must be numbers";
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const qint64 before = fetch().revision;
        const HttpResult r = adminSend(method, path, body);
        QCOMPARE(r.status, status);
        const QString text = r.json.value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("message"))
                                 .toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        QCOMPARE(fetch().revision, before);
    }

    void acceptSkipsAHolidayAddedAMomentAgo()
    {
        QSqlQuery q(m_server.database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.id, c.version, c.field, c.urgency FROM cases c WHERE c.status = "
            "'pending_acceptance' AND c.unit_id = (SELECT unit_id FROM accounts WHERE login = "
            "'leader') ORDER BY c.id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const qint64 version = q.value(1).toLongLong();
        const QString field = q.value(2).toString();
        const Urgency urgency = *urgencyFromCode(q.value(3).toString());
        q.finish();

        // The first working day after "now" becomes a holiday.
        const QDateTime now = m_server.now();
        const DeadlineCalendar before = fetch().calendar();
        QDate next = now.toTimeZone(before.timeZone()).date().addDays(1);
        while (!before.isWorkingDay(next))
            next = next.addDays(1);
        const HttpResult added =
            adminSend("POST", QStringLiteral("holidays"),
                      {{QStringLiteral("date"), next.toString(Qt::ISODate)},
                       {QStringLiteral("name"), QStringLiteral("Ngày nghỉ đột xuất")}});
        QVERIFY2(added.status == 200, added.body.constData());

        const ReferenceData after = fetch();
        QVERIFY(!after.calendar().isWorkingDay(next));
        const int hours = after.rules.answerHoursFor(urgency, field);
        const QDateTime expected = after.calendar().addWorkingHours(now, hours);
        QVERIFY(expected != before.addWorkingHours(now, hours));

        const HttpResult r = m_client->act(m_leader, id, QStringLiteral("accept"), version);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject c = r.json.value(QStringLiteral("case")).toObject();
        QCOMPARE(fromIsoString(c.value(QStringLiteral("answerDeadline")).toString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestApiReference)
#include "tst_api_reference.moc"
