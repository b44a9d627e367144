// Open311 GeoReport v2 against the real pakn-server over HTTPS: every
// endpoint's fields and types in JSON and in XML (read with QXmlStreamReader),
// the errors the specification names, and a request followed from its POST
// to "closed" with the published reply and its evidence as media_url, the
// workflow driven by staff; the citizen's media_url fetched from a local
// media host as the case's photo.

#include "AdminTestSupport.h"
#include "MediaHost.h"
#include "TestFiles.h"
#include "XmlTree.h"

#include "domain/ReferenceData.h"
#include "open311/Open311Keys.h"
#include "storage/Open311ClientRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace admintest;
using xmltree::parseXml;
using xmltree::XmlNode;

namespace {

const QString base = QStringLiteral("/open311/v2/");

QJsonArray jsonArray(const HttpResult &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

bool isVietnamTime(const QString &text)
{
    return text.endsWith(QLatin1String("+07:00")) &&
           QDateTime::fromString(text, Qt::ISODate).isValid();
}

const QStringList requestFields = {QStringLiteral("service_request_id"),
                                   QStringLiteral("status"),
                                   QStringLiteral("status_notes"),
                                   QStringLiteral("service_name"),
                                   QStringLiteral("service_code"),
                                   QStringLiteral("description"),
                                   QStringLiteral("agency_responsible"),
                                   QStringLiteral("service_notice"),
                                   QStringLiteral("requested_datetime"),
                                   QStringLiteral("updated_datetime"),
                                   QStringLiteral("expected_datetime"),
                                   QStringLiteral("address"),
                                   QStringLiteral("lat"),
                                   QStringLiteral("long"),
                                   QStringLiteral("media_url")};

} // namespace

class TestOpen311 : public QObject
{
    Q_OBJECT

    TestServer m_server{120};
    std::unique_ptr<TestClient> m_client;
    QString m_key;
    MediaHost m_media;
    QString m_photoUrl;
    QByteArray m_coordinator;

    QJsonObject staffCase(qint64 id)
    {
        return m_client->get(QStringLiteral("cases/%1").arg(id), m_coordinator)
            .json.value(QStringLiteral("case"))
            .toObject();
    }
    static QJsonObject lastEvent(const QJsonObject &c)
    {
        return c.value(QStringLiteral("history")).toArray().last().toObject();
    }

    HttpResult get(const QString &path) { return m_client->get(base + path); }

    HttpResult post(const QString &format, const QList<std::pair<QString, QString>> &fields)
    {
        QByteArrayList form;
        for (const auto &[name, value] : fields)
            form.append(name.toUtf8() + '=' + QUrl::toPercentEncoding(value));
        return m_client->sendBytes("POST", base + QStringLiteral("requests.") + format, {},
                                   form.join('&'),
                                   {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    QList<std::pair<QString, QString>> goodForm(const QString &description)
    {
        return {{QStringLiteral("api_key"), m_key},
                {QStringLiteral("service_code"), QStringLiteral("environment")},
                {QStringLiteral("lat"), QStringLiteral("21.0312")},
                {QStringLiteral("long"), QStringLiteral("105.8210")},
                {QStringLiteral("address_string"), QStringLiteral("12 Kim Mã, Ba Đình")},
                {QStringLiteral("description"), description},
                {QStringLiteral("media_url"), m_photoUrl},
                {QStringLiteral("first_name"), QStringLiteral("Lan")},
                {QStringLiteral("last_name"), QStringLiteral("Nguyễn Thị")},
                {QStringLiteral("phone"), QStringLiteral("0912 345 678")},
                {QStringLiteral("email"), QStringLiteral("lan@example.org")}};
    }

    // Posts a good request; its id, or 0.
    qint64 submit(const QString &description)
    {
        const HttpResult r = post(QStringLiteral("json"), goodForm(description));
        if (r.status != 201)
            qWarning() << r.status << r.body;
        return jsonArray(r).at(0)[QStringLiteral("service_request_id")].toString().toLongLong();
    }

    static void checkError(const HttpResult &r, const QString &format, int status,
                           const QString &words)
    {
        QCOMPARE(r.status, status);
        if (format == QLatin1String("json")) {
            QVERIFY(r.contentType.startsWith("application/json"));
            const QJsonObject e = jsonArray(r).at(0).toObject();
            QCOMPARE(e.value(QStringLiteral("code")).toInt(), status);
            QVERIFY2(e.value(QStringLiteral("description"))
                         .toString()
                         .contains(words, Qt::CaseInsensitive),
                     r.body.constData());
        } else {
            QVERIFY(r.contentType.startsWith("text/xml"));
            const XmlNode root = parseXml(r.body);
            QCOMPARE(root.name, QStringLiteral("errors"));
            QCOMPARE(root.children.size(), 1);
            QCOMPARE(root.children.first().name, QStringLiteral("error"));
            QCOMPARE(root.children.first().value(QStringLiteral("code")), QString::number(status));
            QVERIFY2(root.children.first()
                         .value(QStringLiteral("description"))
                         .contains(words, Qt::CaseInsensitive),
                     r.body.constData());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.config().attachmentLimits.maxFileBytes = 1024 * 1024;
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        pakn::server::Open311ClientRepository clients(m_server.database().connection());
        m_key = pakn::server::Open311Keys::generate();
        QVERIFY(clients.add(QStringLiteral("Cổng thử"), pakn::server::Open311Keys::hashOf(m_key),
                            m_server.now()));
        QVERIFY(m_media.start());
        m_photoUrl = m_media.serve(QStringLiteral("/p/1.jpg"), testfiles::jpeg(), "image/jpeg");
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        QVERIFY(!m_coordinator.isEmpty());
    }

    void discoveryInBothFormats()
    {
        const HttpResult json = get(QStringLiteral("discovery.json"));
        QCOMPARE(json.status, 200);
        const QJsonArray endpoints = json.json.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        QVERIFY(endpoints.at(0)[QStringLiteral("url")].toString().endsWith(
            QLatin1String("/open311/v2")));
        QVERIFY(isVietnamTime(json.json.value(QStringLiteral("changeset")).toString()));
        QCOMPARE(endpoints.at(0)[QStringLiteral("formats")].toArray().size(), 2);

        const XmlNode xml = parseXml(get(QStringLiteral("discovery.xml")).body);
        QCOMPARE(xml.name, QStringLiteral("discovery"));
        const XmlNode *endpoint =
            xml.child(QStringLiteral("endpoints"))->child(QStringLiteral("endpoint"));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->value(QStringLiteral("specification")),
                 QStringLiteral("http://wiki.open311.org/GeoReport_v2"));
        const XmlNode *formats = endpoint->child(QStringLiteral("formats"));
        QVERIFY(formats);
        QCOMPARE(formats->children.size(), 2);
        QCOMPARE(formats->children.at(1).name, QStringLiteral("format"));
        QCOMPARE(formats->children.at(1).text, QStringLiteral("text/xml"));
    }

    void servicesAreTheActiveFields()
    {
        QStringList active;
        for (const pakn::FieldInfo &f : pakn::ReferenceData::defaults().fields)
            if (f.active)
                active.append(f.code);
        QVERIFY(active.size() > 3);

        const HttpResult json = get(QStringLiteral("services.json"));
        QCOMPARE(json.status, 200);
        const QJsonArray services = jsonArray(json);
        QCOMPARE(services.size(), active.size());
        const XmlNode xml = parseXml(get(QStringLiteral("services.xml")).body);
        QCOMPARE(xml.name, QStringLiteral("services"));
        QCOMPARE(xml.children.size(), active.size());
        for (qsizetype i = 0; i < services.size(); ++i) {
            const QJsonObject s = services.at(i).toObject();
            QCOMPARE(s.value(QStringLiteral("service_code")).toString(), active.at(i));
            QVERIFY(!s.value(QStringLiteral("service_name")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("description")).toString().isEmpty());
            QVERIFY(s.value(QStringLiteral("metadata")).isBool());
            QCOMPARE(s.value(QStringLiteral("type")).toString(), QStringLiteral("realtime"));
            QVERIFY(s.value(QStringLiteral("keywords")).isString());
            QVERIFY(s.value(QStringLiteral("group")).isString());

            const XmlNode &x = xml.children.at(i);
            QCOMPARE(x.name, QStringLiteral("service"));
            for (const QString &key : s.keys())
                QCOMPARE(x.value(key),
                         s.value(key).isBool() ? QStringLiteral("false") : s.value(key).toString());
        }
    }

    void aServiceDefinition()
    {
        const HttpResult json = get(QStringLiteral("services/environment.json"));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json.value(QStringLiteral("service_code")).toString(),
                 QStringLiteral("environment"));
        QVERIFY(json.json.value(QStringLiteral("attributes")).isArray());
        const XmlNode xml = parseXml(get(QStringLiteral("services/environment.xml")).body);
        QCOMPARE(xml.name, QStringLiteral("service_definition"));
        QCOMPARE(xml.value(QStringLiteral("service_code")), QStringLiteral("environment"));
        QVERIFY(xml.child(QStringLiteral("attributes")));

        for (const QString &format : {QStringLiteral("json"), QStringLiteral("xml")})
            checkError(get(QStringLiteral("services/no_such_field.") + format), format, 404,
                       QStringLiteral("unknown service"));
        QCOMPARE(get(QStringLiteral("services.csv")).status, 404);
    }

    void aBadPostIsRefusedWithTheSpecificationsErrors()
    {
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("xml")}) {
            auto form = goodForm(QStringLiteral("Rác thải ùn ứ trên vỉa hè"));
            form.removeFirst();
            checkError(post(format, form), format, 403, QStringLiteral("api_key"));
            form.prepend({QStringLiteral("api_key"), QStringLiteral("not-a-key")});
            checkError(post(format, form), format, 403, QStringLiteral("api_key"));

            form = goodForm(QStringLiteral("Rác thải ùn ứ trên vỉa hè"));
            form[1].second = QStringLiteral("no_such_field");
            checkError(post(format, form), format, 404, QStringLiteral("unknown service_code"));

            form = {{QStringLiteral("api_key"), m_key},
                    {QStringLiteral("service_code"), QStringLiteral("environment")},
                    {QStringLiteral("lat"), QStringLiteral("21.03")},
                    {QStringLiteral("description"), QStringLiteral("Không có địa điểm")}};
            checkError(post(format, form), format, 400, QStringLiteral("missing location"));

            checkError(post(format, goodForm(QString(4001, QLatin1Char('x')))), format, 400,
                       QStringLiteral("description too long"));
        }
        const HttpResult latest = get(QStringLiteral("requests.json?limit=1"));
        QVERIFY(!jsonArray(latest).at(0)[QStringLiteral("description")].toString().startsWith(
            QLatin1String("Không có")));
    }

    void aPostedRequestIsOpenInBothFormats()
    {
        const QString words = QStringLiteral("Cống thoát nước bị tắc, nước tràn ra đường");
        const HttpResult created = post(QStringLiteral("xml"), goodForm(words));
        QCOMPARE(created.status, 201);
        const XmlNode answer = parseXml(created.body);
        QCOMPARE(answer.name, QStringLiteral("service_requests"));
        const qint64 id =
            answer.children.value(0).value(QStringLiteral("service_request_id")).toLongLong();
        QVERIFY(id > 0);

        const HttpResult json = get(QStringLiteral("requests/%1.json").arg(id));
        QCOMPARE(json.status, 200);
        QCOMPARE(jsonArray(json).size(), 1);
        const QJsonObject r = jsonArray(json).at(0).toObject();
        for (const QString &key : requestFields)
            QVERIFY2(r.contains(key), qPrintable(key));
        QCOMPARE(r.value(QStringLiteral("service_request_id")).toString(), QString::number(id));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(r.value(QStringLiteral("status_notes")).toString(), QString());
        QCOMPARE(r.value(QStringLiteral("service_code")).toString(), QStringLiteral("environment"));
        QCOMPARE(r.value(QStringLiteral("description")).toString(), words);
        QCOMPARE(r.value(QStringLiteral("media_url")).toString(), m_photoUrl);
        QCOMPARE(r.value(QStringLiteral("address")).toString(),
                 QStringLiteral("12 Kim Mã, Ba Đình"));
        QCOMPARE(r.value(QStringLiteral("lat")).toDouble(), 21.0312);
        QCOMPARE(r.value(QStringLiteral("long")).toDouble(), 105.8210);
        QVERIFY(isVietnamTime(r.value(QStringLiteral("requested_datetime")).toString()));
        QVERIFY(isVietnamTime(r.value(QStringLiteral("updated_datetime")).toString()));
        QCOMPARE(QDateTime::fromString(r.value(QStringLiteral("requested_datetime")).toString(),
                                       Qt::ISODate),
                 m_server.now().addMSecs(-m_server.now().time().msec()));
        QVERIFY(!json.body.contains("0912") && !json.body.contains("Lan"));

        const HttpResult xml = get(QStringLiteral("requests/%1.xml").arg(id));
        QCOMPARE(xml.status, 200);
        QVERIFY(!xml.body.contains("0912") && !xml.body.contains("Lan"));
        const XmlNode root = parseXml(xml.body);
        QCOMPARE(root.name, QStringLiteral("service_requests"));
        QCOMPARE(root.children.size(), 1);
        const XmlNode &x = root.children.first();
        QCOMPARE(x.name, QStringLiteral("request"));
        for (const QString &key : requestFields)
            QVERIFY2(x.child(key), qPrintable(key));
        QCOMPARE(x.value(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(x.value(QStringLiteral("description")), words);
        QCOMPARE(x.value(QStringLiteral("lat")).toDouble(), 21.0312);
        QCOMPARE(x.value(QStringLiteral("requested_datetime")),
                 r.value(QStringLiteral("requested_datetime")).toString());

        // The desk sees the reporter, received through Open311. The citizen's photo
        // arrives as a version of its own: the reveal below acts on the one after it.
        QTRY_COMPARE_WITH_TIMEOUT(
            staffCase(id).value(QStringLiteral("attachments")).toArray().size(), 1, 10000);
        const QByteArray coordinator = m_client->login(QStringLiteral("coordinator"));
        const QJsonObject staffView = m_client->get(QStringLiteral("cases/%1").arg(id), coordinator)
                                          .json.value(QStringLiteral("case"))
                                          .toObject();
        QCOMPARE(staffView.value(QStringLiteral("channel")).toString(), QStringLiteral("open311"));
        QCOMPARE(staffView.value(QStringLiteral("reporterName")).toString(),
                 QStringLiteral("Lan Nguyễn Thị"));
        // The phone masked, in full only in the answer to the audited reveal.
        QCOMPARE(staffView.value(QStringLiteral("reporterPhone")).toString(),
                 QStringLiteral("******* 678"));
        const HttpResult revealed =
            m_client->act(coordinator, id, QStringLiteral("reveal_contact"),
                          staffView.value(QStringLiteral("version")).toInteger());
        QCOMPARE(revealed.status, 200);
        QCOMPARE(revealed.json.value(QStringLiteral("reporterPhone")).toString(),
                 QStringLiteral("0912 345 678"));
        // The public view still has neither, after the reveal.
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("xml")})
            QVERIFY(!get(QStringLiteral("requests/%1.").arg(id) + format).body.contains("0912"));
    }

    void aFormWithPlusSpacesAndOnlyAnAddress()
    {
        const QByteArray body =
            "api_key=" + m_key.toLatin1() +
            "&service_code=environment&address_string=5+Ng%E1%BB%8Dc+H%C3%A0"
            "&description=C%C3%A2y+%C4%91%E1%BB%95+ch%E1%BA%AFn+%C4%91%C6%B0%E1%BB%9Dng";
        const HttpResult r =
            m_client->sendBytes("POST", base + QStringLiteral("requests.json"), {}, body,
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QString id = jsonArray(r).at(0)[QStringLiteral("service_request_id")].toString();
        const QJsonObject got =
            jsonArray(get(QStringLiteral("requests/%1.json").arg(id))).at(0).toObject();
        QCOMPARE(got.value(QStringLiteral("address")).toString(), QStringLiteral("5 Ngọc Hà"));
        QCOMPARE(got.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Cây đổ chắn đường"));
        QVERIFY(got.value(QStringLiteral("lat")).isNull());
        QCOMPARE(got.value(QStringLiteral("media_url")).toString(), QString());
    }

    void requestsAreFiltered()
    {
        const qint64 first = submit(QStringLiteral("Đèn đường hỏng ở ngõ 5"));
        m_server.advance(60);
        const qint64 second = submit(QStringLiteral("Đèn đường hỏng ở ngõ 7"));
        QVERIFY(first > 0 && second > first);
        const auto ids = [this](const QString &query) {
            QList<qint64> found;
            const HttpResult r = get(QStringLiteral("requests.json") + query);
            if (r.status != 200)
                qWarning() << r.status << r.body;
            for (const QJsonValue &v : jsonArray(r))
                found.append(v[QStringLiteral("service_request_id")].toString().toLongLong());
            return found;
        };
        QCOMPARE(ids(QStringLiteral("?service_request_id=%1,%2").arg(first).arg(second)),
                 (QList<qint64>{second, first}));
        QCOMPARE(ids(QStringLiteral("?limit=2")), (QList<qint64>{second, first}));
        QCOMPARE(ids(QStringLiteral("?limit=1&page=2")), (QList<qint64>{first}));
        const QList<qint64> environment =
            ids(QStringLiteral("?service_code=environment&status=open"));
        QVERIFY(environment.contains(first) && environment.contains(second));
        QVERIFY(!ids(QStringLiteral("?service_code=health")).contains(first));
        QVERIFY(!ids(QStringLiteral("?status=closed")).contains(first));
        const QString after =
            m_server.now().addSecs(-30).toOffsetFromUtc(7 * 3600).toString(Qt::ISODate);
        QCOMPARE(ids(QStringLiteral("?service_code=environment&start_date=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(after))),
                 (QList<qint64>{second}));
        QVERIFY(
            !ids(QStringLiteral("?end_date=") + QString::fromLatin1(QUrl::toPercentEncoding(after)))
                 .contains(second));
        QCOMPARE(ids(QStringLiteral("?limit=1000")).size() <= 1000, true);

        checkError(get(QStringLiteral("requests.json?start_date=yesterday")),
                   QStringLiteral("json"), 400, QStringLiteral("start_date"));
        checkError(get(QStringLiteral("requests.xml?status=maybe")), QStringLiteral("xml"), 400,
                   QStringLiteral("status"));
        checkError(get(QStringLiteral("requests.json?limit=1001")), QStringLiteral("json"), 400,
                   QStringLiteral("limit"));
    }

    void unknownRequestsAndTokens()
    {
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("xml")}) {
            checkError(get(QStringLiteral("requests/999999.") + format), format, 404,
                       QStringLiteral("unknown service_request_id"));
            checkError(get(QStringLiteral("requests/abc.") + format), format, 404,
                       QStringLiteral("unknown service_request_id"));
            checkError(get(QStringLiteral("tokens/123abc.") + format), format, 404,
                       QStringLiteral("unknown token"));
        }
    }

    void aPublishedReplyClosesTheRequest()
    {
        const qint64 id = submit(QStringLiteral("Vỉa hè bị lấn chiếm trước số 20"));
        QVERIFY(id > 0);
        const QByteArray coordinator = m_client->login(QStringLiteral("coordinator"));
        const QByteArray leader = m_client->login(QStringLiteral("leader"));
        const QByteArray officer = m_client->login(QStringLiteral("officer"));
        const QByteArray admin = m_client->login(QStringLiteral("admin"));
        const qint64 kimMa = unitId(*m_client, admin, QStringLiteral("Phường Kim Mã"));
        const qint64 officerId = accountId(*m_client, admin, QStringLiteral("officer"));
        const QString reply = QStringLiteral("Phường đã xử lý, vỉa hè đã thông thoáng.");
        // The citizen's photo arrives first, as a version of its own.
        QTRY_COMPARE_WITH_TIMEOUT(
            staffCase(id).value(QStringLiteral("attachments")).toArray().size(), 1, 10000);
        qint64 version = staffCase(id).value(QStringLiteral("version")).toInteger();
        const auto act = [&](const QByteArray &token, const QString &action,
                             const QJsonObject &params) {
            const HttpResult r = m_client->act(token, id, action, version, params);
            QVERIFY2(r.status == 200, r.body.constData());
            version = r.json[QStringLiteral("case")][QStringLiteral("version")].toInteger();
        };
        act(coordinator, QStringLiteral("route"), {{QStringLiteral("unitId"), kimMa}});
        act(leader, QStringLiteral("accept"), {});
        act(leader, QStringLiteral("assign"), {{QStringLiteral("officerId"), officerId}});

        QJsonObject r = jsonArray(get(QStringLiteral("requests/%1.json").arg(id))).at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(r.value(QStringLiteral("agency_responsible")).toString(),
                 QStringLiteral("Phường Kim Mã"));
        QVERIFY(isVietnamTime(r.value(QStringLiteral("expected_datetime")).toString()));

        // The officer's evidence: public only once the reply is published.
        const QByteArray evidence = testfiles::png();
        const QString evidenceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpResult uploaded = m_client->sendBytes(
            "PUT",
            QStringLiteral("cases/%1/attachments/%2?purpose=evidence&name=hien-truong.png")
                .arg(id)
                .arg(evidenceId),
            officer, evidence);
        QVERIFY2(uploaded.status == 201, uploaded.body.constData());
        const QString evidencePath = QStringLiteral("media/%1.png").arg(evidenceId);
        QCOMPARE(get(evidencePath).status, 404);
        version = staffCase(id).value(QStringLiteral("version")).toInteger();

        act(officer, QStringLiteral("submit_reply"), {{QStringLiteral("text"), reply}});
        QCOMPARE(get(evidencePath).status, 404);
        act(leader, QStringLiteral("approve"), {});
        r = jsonArray(get(QStringLiteral("requests/%1.json").arg(id))).at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(r.value(QStringLiteral("status_notes")).toString(), reply);
        const QString mediaUrl = r.value(QStringLiteral("media_url")).toString();
        QVERIFY2(mediaUrl.startsWith(QLatin1String("https://")) &&
                     mediaUrl.endsWith(base + evidencePath),
                 qPrintable(mediaUrl));
        const HttpResult file = get(evidencePath);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, evidence);
        QVERIFY(file.contentType.startsWith("image/png"));
        QCOMPARE(get(QStringLiteral("media/%1.jpg").arg(evidenceId)).status, 404); // wrong type
        const XmlNode x = parseXml(get(QStringLiteral("requests/%1.xml").arg(id)).body);
        QCOMPARE(x.children.value(0).value(QStringLiteral("status")), QStringLiteral("closed"));
        QCOMPARE(x.children.value(0).value(QStringLiteral("status_notes")), reply);
        QVERIFY(jsonArray(get(QStringLiteral("requests.json?status=closed"))).contains(r));
    }
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "tst_open311.moc"
