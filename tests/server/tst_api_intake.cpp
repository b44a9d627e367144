// POST /api/v1/cases, staff intake, against the real server over HTTPS: the
// case as stored, who may take a report, every way a report is refused (with
// the member named and nothing stored), the idempotent replay, and the case
// arriving on the coordinators' desks through the feed.

#include "AdminTestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace admintest;

namespace {

QString freshKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject caseOf(const HttpResult &r)
{
    return r.json.value(QStringLiteral("case")).toObject();
}

QString errorField(const HttpResult &r)
{
    return r.json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

} // namespace

class TestApiIntake : public QObject
{
    Q_OBJECT

    TestServer m_server{30};
    std::unique_ptr<TestClient> m_client;
    QHash<QString, QByteArray> m_tokens; // login → token

    qint64 caseCount()
    {
        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString storedPhone(qint64 caseId)
    {
        QSqlQuery q(m_server.database().connection());
        q.prepare(QStringLiteral("SELECT reporter_phone FROM cases WHERE id = ?"));
        q.addBindValue(caseId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    QByteArray token(const QString &login) const { return m_tokens.value(login); }
    HttpResult take(const QString &login, const QJsonObject &body)
    {
        return m_client->post(QStringLiteral("cases"), body, token(login));
    }
    static QJsonObject minimal()
    {
        return {{QStringLiteral("key"), freshKey()},
                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                {QStringLiteral("description"), QStringLiteral("Cống trước ngõ 5 bị tắc")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        for (const char *login :
             {"coordinator", "leader", "officer", "supervisor", "admin", "zalo"}) {
            const QString name = QString::fromLatin1(login);
            m_tokens.insert(name, m_client->login(name));
        }
        // A second coordinator: every coordinator's desk gets the new cases.
        const QByteArray admin = token(QStringLiteral("admin"));
        const HttpResult made =
            m_client->post(QStringLiteral("admin/users"),
                           {{QStringLiteral("login"), QStringLiteral("coordinator2")},
                            {QStringLiteral("displayName"), QStringLiteral("Phan Thị Hồng")},
                            {QStringLiteral("role"), QStringLiteral("coordinator")},
                            {QStringLiteral("unitId"),
                             unitId(*m_client, admin, QStringLiteral("Thành phố Hà Nội"))},
                            {QStringLiteral("password"), QStringLiteral("intake-coordinator-2")}},
                           admin);
        QVERIFY2(made.status == 200, made.body.constData());
        m_tokens.insert(QStringLiteral("coordinator2"),
                        m_client->login(QStringLiteral("coordinator2"),
                                        QStringLiteral("intake-coordinator-2")));
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void aHotlineReportBecomesANewCase()
    {
        const QJsonObject me = m_client->get(QStringLiteral("me"), token(QStringLiteral("officer")))
                                   .json.value(QStringLiteral("user"))
                                   .toObject();
        const HttpResult r =
            take(QStringLiteral("officer"),
                 {{QStringLiteral("key"), freshKey()},
                  {QStringLiteral("channel"), QStringLiteral("hotline")},
                  {QStringLiteral("description"),
                   QStringLiteral("  Đèn đường trước số 12 phố Kim Mã tắt ba đêm liền  ")},
                  {QStringLiteral("title"), QStringLiteral("Đèn đường tắt")},
                  {QStringLiteral("field"), QStringLiteral("lighting")},
                  {QStringLiteral("reporterName"), QStringLiteral("Trần Văn Bình")},
                  {QStringLiteral("reporterPhone"), QStringLiteral("0912 345 678")},
                  {QStringLiteral("address"), QStringLiteral("12 Kim Mã, Ba Đình")},
                  {QStringLiteral("latitude"), 21.0312},
                  {QStringLiteral("longitude"), 105.8201}});
        QCOMPARE(r.status, 201);
        const QJsonObject c = caseOf(r);
        QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(c.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("hotline"));
        QCOMPARE(c.value(QStringLiteral("unitId")).toInteger(), 0);
        QCOMPARE(c.value(QStringLiteral("title")).toString(), QStringLiteral("Đèn đường tắt"));
        QCOMPARE(c.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Đèn đường trước số 12 phố Kim Mã tắt ba đêm liền"));
        QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("lighting"));
        QCOMPARE(c.value(QStringLiteral("reporterName")).toString(),
                 QStringLiteral("Trần Văn Bình"));
        // The answer has the phone masked like every case JSON; the row has it whole.
        QCOMPARE(c.value(QStringLiteral("reporterPhone")).toString(),
                 QStringLiteral("******* 678"));
        QVERIFY(!r.body.contains("345"));
        QCOMPARE(storedPhone(c.value(QStringLiteral("id")).toInteger()),
                 QStringLiteral("0912 345 678"));
        QCOMPARE(c.value(QStringLiteral("address")).toString(),
                 QStringLiteral("12 Kim Mã, Ba Đình"));
        QCOMPARE(c.value(QStringLiteral("latitude")).toDouble(), 21.0312);
        QCOMPARE(c.value(QStringLiteral("longitude")).toDouble(), 105.8201);
        QCOMPARE(QDateTime::fromString(c.value(QStringLiteral("receivedAt")).toString(),
                                       Qt::ISODateWithMs),
                 m_server.now());

        const QJsonArray history = c.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject received = history.first().toObject();
        QCOMPARE(received.value(QStringLiteral("action")).toString(), QStringLiteral("received"));
        QCOMPARE(received.value(QStringLiteral("actorId")).toInteger(),
                 me.value(QStringLiteral("id")).toInteger());
        QCOMPARE(received.value(QStringLiteral("actorName")).toString(),
                 me.value(QStringLiteral("displayName")).toString());
        QCOMPARE(received.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Tiếp nhận qua đường dây nóng"));
        QCOMPARE(received.value(QStringLiteral("client")).toString(), QStringLiteral("staff"));

        // The answer is the case exactly as it is read back.
        const HttpResult stored =
            m_client->get(QStringLiteral("cases/%1").arg(c.value(QStringLiteral("id")).toInteger()),
                          token(QStringLiteral("coordinator")));
        QCOMPARE(stored.status, 200);
        QCOMPARE(caseOf(stored), c);
    }

    void aWalkInReportNeedsOnlyItsDescription()
    {
        const QString description =
            QStringLiteral("Bà con khu tập thể phản ánh rác thải tồn đọng ở đầu ngõ nhiều ngày, "
                           "bốc mùi ảnh hưởng sinh hoạt của các hộ dân xung quanh");
        QJsonObject body = minimal();
        body.insert(QStringLiteral("description"), description);
        body.insert(QStringLiteral("title"), QJsonValue::Null);
        const HttpResult r = take(QStringLiteral("leader"), body);
        QCOMPARE(r.status, 201);
        const QJsonObject c = caseOf(r);
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("walk_in"));
        QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("other"));
        const QString title = c.value(QStringLiteral("title")).toString();
        QVERIFY2(title.endsWith(QStringLiteral("…")) && title.size() <= 81, qPrintable(title));
        QVERIFY(description.startsWith(title.chopped(1)));
        QVERIFY(!c.contains(QStringLiteral("latitude")));
        QCOMPARE(c.value(QStringLiteral("history"))[0][QStringLiteral("detail")].toString(),
                 QStringLiteral("Tiếp nhận trực tiếp"));
    }

    void whoMayTakeAReport_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("status");
        QTest::newRow("coordinator") << QStringLiteral("coordinator") << 201;
        QTest::newRow("leader") << QStringLiteral("leader") << 201;
        QTest::newRow("officer") << QStringLiteral("officer") << 201;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << 403;
        QTest::newRow("admin") << QStringLiteral("admin") << 403;
        QTest::newRow("channel") << QStringLiteral("zalo") << 403;
        QTest::newRow("anonymous") << QString() << 401;
    }
    void whoMayTakeAReport()
    {
        QFETCH(QString, login);
        QFETCH(int, status);
        const qint64 before = caseCount();
        const HttpResult r = take(login, minimal());
        QCOMPARE(r.status, status);
        QCOMPARE(caseCount(), before + (status == 201 ? 1 : 0));
        if (status == 403)
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    }

    void aWrongReportNamesTheMember_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent = QJsonValue::Undefined;
        QTest::newRow("no key") << "key" << absent << "key";
        QTest::newRow("empty key") << "key" << QJsonValue(QString()) << "key";
        QTest::newRow("long key") << "key" << QJsonValue(QString(101, QLatin1Char('k'))) << "key";
        QTest::newRow("numeric key") << "key" << QJsonValue(7) << "key";
        QTest::newRow("no channel") << "channel" << absent << "channel";
        QTest::newRow("zalo channel")
            << "channel" << QJsonValue(QStringLiteral("zalo")) << "channel";
        QTest::newRow("unknown channel")
            << "channel" << QJsonValue(QStringLiteral("fax")) << "channel";
        QTest::newRow("no description") << "description" << absent << "description";
        QTest::newRow("blank description")
            << "description" << QJsonValue(QStringLiteral("  \n ")) << "description";
        QTest::newRow("long description")
            << "description" << QJsonValue(QString(4001, QLatin1Char('x'))) << "description";
        QTest::newRow("numeric description") << "description" << QJsonValue(12) << "description";
        QTest::newRow("long title")
            << "title" << QJsonValue(QString(201, QLatin1Char('t'))) << "title";
        QTest::newRow("long name")
            << "reporterName" << QJsonValue(QString(101, QLatin1Char('n'))) << "reporterName";
        QTest::newRow("bad phone")
            << "reporterPhone" << QJsonValue(QStringLiteral("gọi lại sau")) << "reporterPhone";
        QTest::newRow("short phone")
            << "reporterPhone" << QJsonValue(QStringLiteral("0912 345")) << "reporterPhone";
        QTest::newRow("long address")
            << "address" << QJsonValue(QString(301, QLatin1Char('a'))) << "address";
        QTest::newRow("latitude only") << "latitude" << QJsonValue(21.0) << "location";
        QTest::newRow("latitude as text")
            << "latitude" << QJsonValue(QStringLiteral("21.03")) << "latitude";
        QTest::newRow("unknown field")
            << "field" << QJsonValue(QStringLiteral("weather")) << "field";
        QTest::newRow("numeric field") << "field" << QJsonValue(3) << "field";
    }
    void aWrongReportNamesTheMember()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject body = minimal();
        if (value.isUndefined())
            body.remove(member);
        else
            body.insert(member, value);
        const qint64 before = caseCount();
        const HttpResult r = take(QStringLiteral("coordinator"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        QCOMPARE(errorField(r), field);
        QVERIFY(!r.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
        QCOMPARE(caseCount(), before);
    }

    void aLocationOutOfRangeIsRefused()
    {
        QJsonObject body = minimal();
        body.insert(QStringLiteral("latitude"), 91.0);
        body.insert(QStringLiteral("longitude"), 105.8);
        const HttpResult r = take(QStringLiteral("coordinator"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QStringLiteral("location"));
    }

    void aBodyThatIsNotJsonIsRefused()
    {
        const qint64 before = caseCount();
        const HttpResult r = m_client->postRaw(QStringLiteral("cases"), "{not json",
                                               token(QStringLiteral("coordinator")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        QCOMPARE(caseCount(), before);
    }

    void aRepeatedKeyReplaysTheFirstAnswer()
    {
        const QJsonObject body = minimal();
        const qint64 before = caseCount();
        const HttpResult first = take(QStringLiteral("coordinator"), body);
        QCOMPARE(first.status, 201);
        m_server.advance(60);
        const HttpResult again = take(QStringLiteral("coordinator"), body);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(caseCount(), before + 1);

        // Keys are per user: another coordinator's same key is another report.
        const HttpResult other = take(QStringLiteral("coordinator2"), body);
        QCOMPARE(other.status, 201);
        QVERIFY(caseOf(other)[QStringLiteral("id")] != caseOf(first)[QStringLiteral("id")]);
        QCOMPARE(caseCount(), before + 2);
    }

    void aRefusedReportLeavesTheKeyFree()
    {
        QJsonObject body = minimal();
        body.insert(QStringLiteral("reporterPhone"), QStringLiteral("không rõ"));
        QCOMPARE(take(QStringLiteral("officer"), body).status, 400);
        body.insert(QStringLiteral("reporterPhone"), QStringLiteral("+84 912 345 678"));
        const HttpResult fixed = take(QStringLiteral("officer"), body);
        QCOMPARE(fixed.status, 201);
        QCOMPARE(caseOf(fixed)[QStringLiteral("reporterPhone")].toString(),
                 QStringLiteral("******** 678"));
        QCOMPARE(storedPhone(caseOf(fixed)[QStringLiteral("id")].toInteger()),
                 QStringLiteral("+84 912 345 678"));
    }

    void theCaseReachesEveryCoordinatorsDesk()
    {
        const FeedRead before = readFeed(*m_client, token(QStringLiteral("coordinator2")), 0);
        QVERIFY(before.ok);
        const HttpResult r = take(QStringLiteral("officer"), minimal());
        QCOMPARE(r.status, 201);
        const qint64 id = caseOf(r)[QStringLiteral("id")].toInteger();
        for (const char *coordinator : {"coordinator", "coordinator2"}) {
            const FeedRead after =
                readFeed(*m_client, token(QString::fromLatin1(coordinator)), before.cursor);
            QVERIFY(after.ok);
            QVERIFY2(after.cases.contains(id), coordinator);
            QCOMPARE(after.cases.value(id), caseOf(r));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiIntake)
#include "tst_api_intake.moc"
