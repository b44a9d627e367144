// The Zalo Official Account channel end to end: the real server (in-process,
// over HTTPS) takes signed webhook events, and talks to a fake Zalo API on
// loopback (FakeZaloApi) for confirmations, replies and token refresh.
#include "FakeZaloApi.h"
#include "MediaHost.h"
#include "ServerTestSupport.h"
#include "TestFiles.h"
#include "zalo/ZaloSignature.h"
#include "zalo/ZaloStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace pakn::server;

namespace {

const QString appId = QStringLiteral("app-1");
const QString oaSecret = QStringLiteral("oa-secret");

QJsonObject caseOf(const HttpResult &r)
{
    return r.json.value(QStringLiteral("case")).toObject();
}

QJsonObject lastEvent(const QJsonObject &c)
{
    return c.value(QStringLiteral("history")).toArray().last().toObject();
}

} // namespace

class TestZalo : public QObject
{
    Q_OBJECT

    FakeZaloApi m_zalo;
    MediaHost m_photos; // where Zalo keeps the citizens' images
    TestServer m_server{300};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_coordinator, m_leader;
    int m_messageNumber = 0;

    // A Zalo event from `userId` as the webhook gets it; `message` is its "message" object.
    QJsonObject event(const QString &name, const QString &userId, QJsonObject message,
                      qint64 ageSeconds = 0)
    {
        message.insert(QStringLiteral("msg_id"), QStringLiteral("msg-%1").arg(++m_messageNumber));
        return {{QStringLiteral("app_id"), appId},
                {QStringLiteral("event_name"), name},
                {QStringLiteral("timestamp"),
                 QString::number(m_server.now().toMSecsSinceEpoch() - ageSeconds * 1000)},
                {QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), userId}}},
                {QStringLiteral("recipient"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("oa-1")}}},
                {QStringLiteral("message"), message}};
    }
    QJsonObject text(const QString &userId, const QString &words)
    {
        return event(QStringLiteral("user_send_text"), userId, {{QStringLiteral("text"), words}});
    }
    // Posts the event signed with `secret` (empty: unsigned).
    HttpResult post(const QJsonObject &e, const QString &secret = oaSecret)
    {
        const QByteArray body = QJsonDocument(e).toJson(QJsonDocument::Compact);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!secret.isEmpty())
            headers.append(
                {"X-ZEvent-Signature",
                 ZaloSignature(appId, secret)
                     .expected(body, e.value(QStringLiteral("timestamp")).toString().toUtf8())});
        return m_client->postRaw(QStringLiteral("zalo/webhook"), body, {}, headers);
    }
    int pendingOf(const QString &userId)
    {
        QSqlQuery q(m_server.database().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM zalo_pending WHERE user_id = ?"));
        q.addBindValue(userId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // The case number in the confirmation `userId` got; 0 without one.
    qint64 confirmedCase(const QString &userId)
    {
        const QList<QJsonObject> sent = m_zalo.acceptedMessagesTo(userId);
        const auto number =
            QRegularExpression(QStringLiteral("số hồ sơ (\\d+)"))
                .match(sent.isEmpty() ? QString()
                                      : sent.front().value(QStringLiteral("text")).toString());
        return number.hasMatch() ? number.captured(1).toLongLong() : 0;
    }
    QJsonObject readCase(qint64 id)
    {
        return caseOf(m_client->get(QStringLiteral("cases/%1").arg(id), m_coordinator));
    }
    // An awaiting-approval case of the leader's unit, linked to a Zalo citizen last heard from
    // `ago` seconds back.
    CaseRef linkedCase(const QString &userId, qint64 ago,
                       const QString &except = QStringLiteral("0"))
    {
        const CaseRef c =
            findCase(m_server, QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = "
                                              "'awaiting_approval' AND c.id <> %1")
                                   .arg(except));
        ZaloStore store(m_server.database().connection());
        if (c.id == 0 || !store.linkCase(c.id, userId) ||
            !store.touchCitizen(userId, m_server.now().addSecs(-ago)))
            return {};
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_zalo.start());
        ZaloSettings &z = m_server.config().zalo;
        z.appId = appId;
        z.oaSecretKey = oaSecret;
        z.appSecret = QStringLiteral("app-secret");
        z.accessToken = QStringLiteral("token-0"); // expired: the fake takes token-1
        z.refreshToken = QStringLiteral("refresh-1");
        z.apiBaseUrl = m_zalo.baseUrl();
        z.oauthBaseUrl = m_zalo.baseUrl();
        z.retryDelay = std::chrono::milliseconds(20);
        m_zalo.validToken = "token-1";
        QVERIFY(m_photos.start());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        m_leader = m_client->login(QStringLiteral("leader"));
        QVERIFY(!m_coordinator.isEmpty() && !m_leader.isEmpty());
    }

    void onlySignedFreshEventsAreTaken()
    {
        const QString user = QStringLiteral("u-signature");
        const HttpResult unsigned_ = post(text(user, QStringLiteral("a")), {});
        QCOMPARE(unsigned_.status, 401);
        QCOMPARE(unsigned_.errorCode(), QStringLiteral("unsigned"));
        const HttpResult forged = post(text(user, QStringLiteral("b")), QStringLiteral("guess"));
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.errorCode(), QStringLiteral("bad_signature"));

        const QJsonObject good = text(user, QStringLiteral("Cống bị tắc"));
        const HttpResult taken = post(good);
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.json.value(QStringLiteral("received")), QJsonValue(true));
        // The same event again, and a signed one six minutes old: answered, not taken.
        const HttpResult again = post(good);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("ignored")).toString(),
                 QStringLiteral("replayed"));
        const HttpResult stale = post(event(QStringLiteral("user_send_text"), user,
                                            {{QStringLiteral("text"), QStringLiteral("c")}}, 360));
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.json.value(QStringLiteral("ignored")).toString(), QStringLiteral("stale"));
        // A body changed after signing no longer matches.
        QJsonObject tampered = text(user, QStringLiteral("d"));
        const QByteArray signature =
            ZaloSignature(appId, oaSecret)
                .expected(QJsonDocument(tampered).toJson(QJsonDocument::Compact),
                          tampered.value(QStringLiteral("timestamp")).toString().toUtf8());
        tampered.insert(QStringLiteral("event_name"), QStringLiteral("user_send_image"));
        QCOMPARE(m_client
                     ->postRaw(QStringLiteral("zalo/webhook"),
                               QJsonDocument(tampered).toJson(QJsonDocument::Compact), {},
                               {{"X-ZEvent-Signature", signature}})
                     .status,
                 401);
        QCOMPARE(pendingOf(user), 1);
    }

    void textImageAndLocationBecomeOneCaseAndTheCitizenIsTold()
    {
        const QString user = QStringLiteral("u-report");
        const QString photoUrl = m_photos.serve(QStringLiteral("/img/den.jpg"),
                                                testfiles::jpeg(1024, 768), "image/jpeg");
        QCOMPARE(post(text(user, QStringLiteral("Đèn đường trước số 12 Kim Mã bị hỏng"))).status,
                 200);
        QJsonObject image{
            {QStringLiteral("text"), QStringLiteral("Ảnh chụp tối qua")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("image")},
                 {QStringLiteral("payload"), QJsonObject{{QStringLiteral("url"), photoUrl}}}}}}};
        QCOMPARE(post(event(QStringLiteral("user_send_image"), user, image)).status, 200);
        QJsonObject location{
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("location")},
                 {QStringLiteral("payload"),
                  QJsonObject{{QStringLiteral("coordinates"),
                               QJsonObject{{QStringLiteral("latitude"), QStringLiteral("21.0312")},
                                           {QStringLiteral("longitude"),
                                            QStringLiteral("105.8226")}}}}}}}}};
        QCOMPARE(post(event(QStringLiteral("user_send_location"), user, location)).status, 200);
        QCOMPARE(pendingOf(user), 3); // still gathering
        QVERIFY(m_zalo.acceptedMessagesTo(user).isEmpty());

        QCOMPARE(post(text(user, QStringLiteral("#gui"))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_zalo.acceptedMessagesTo(user).size(), 1, 10000);
        const qint64 number = confirmedCase(user);
        QVERIFY(number);
        QCOMPARE(pendingOf(user), 0);

        // The first send met the expired token: refreshed once with the app's secret, then sent.
        QCOMPARE(m_zalo.refreshes.size(), 1);
        const QUrlQuery form(QString::fromUtf8(m_zalo.refreshes.front().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("app_id")), appId);
        QCOMPARE(m_zalo.refreshes.front().secretKey, QByteArray("app-secret"));
        QCOMPARE(m_zalo.messages.front().accessToken, QByteArray("token-0"));
        QCOMPARE(m_zalo.messages.back().accessToken, QByteArray("token-2"));

        const QJsonObject c = readCase(number);
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("zalo"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        const QString description = c.value(QStringLiteral("description")).toString();
        QVERIFY2(description.startsWith(
                     QStringLiteral("Đèn đường trước số 12 Kim Mã bị hỏng\nẢnh chụp tối qua")),
                 qPrintable(description));
        QVERIFY(description.contains(photoUrl));
        QCOMPARE(c.value(QStringLiteral("latitude")).toDouble(), 21.0312);
        QCOMPARE(c.value(QStringLiteral("longitude")).toDouble(), 105.8226);

        // The image is fetched from Zalo's servers as the case's photo.
        QTRY_COMPARE_WITH_TIMEOUT(
            readCase(number).value(QStringLiteral("attachments")).toArray().size(), 1, 10000);
        const QJsonObject photo =
            readCase(number).value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(photo.value(QStringLiteral("fileName")).toString(), QStringLiteral("den.jpg"));
        QCOMPARE(photo.value(QStringLiteral("width")).toInt(), 1024);
        QCOMPARE(lastEvent(readCase(number)).value(QStringLiteral("client")).toString(),
                 QStringLiteral("zalo"));
    }

    void aReplyTakesItsEvidenceToTheCitizen()
    {
        const QString user = QStringLiteral("u-evidence");
        const CaseRef c = linkedCase(user, 600);
        QVERIFY(c.id);
        qint64 version = c.version;
        // A WebP photo (Zalo takes JPEG or PNG: sent as a JPEG) and a PDF (sent as a file).
        for (const auto &[name, bytes] :
             {std::pair{QStringLiteral("truoc-sau.webp"), testfiles::webp(1600, 900)},
              std::pair{QStringLiteral("bien-ban.pdf"), testfiles::pdf()}}) {
            const HttpResult r = m_client->sendBytes(
                "PUT",
                QStringLiteral("cases/%1/attachments/%2?purpose=evidence&name=%3")
                    .arg(c.id)
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), name),
                m_leader, bytes);
            QVERIFY2(r.status == 201, r.body.constData());
            version = caseOf(r).value(QStringLiteral("version")).toInteger();
        }
        const qsizetype uploadsBefore = m_zalo.uploads.size();
        QCOMPARE(m_client->act(m_leader, c.id, QStringLiteral("approve"), version).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            lastEvent(readCase(c.id)).value(QStringLiteral("action")).toString(),
            QStringLiteral("zalo_delivery"), 10000);
        const QJsonObject data = lastEvent(readCase(c.id)).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(data.value(QStringLiteral("evidenceSent")).toInt(), 2);
        QCOMPARE(data.value(QStringLiteral("evidenceTotal")).toInt(), 2);

        // Uploaded first: the photo as a JPEG under Zalo's 1 MB, then the PDF as it is.
        const QList<FakeZaloRequest> uploads = m_zalo.uploads.mid(uploadsBefore);
        QCOMPARE(uploads.size(), 2);
        QCOMPARE(uploads.at(0).path, QByteArray("/v2.0/oa/upload/image"));
        QVERIFY(uploads.at(0).body.contains("Content-Type: image/jpeg"));
        QVERIFY(uploads.at(0).body.contains("filename=\"truoc-sau.jpg\""));
        QVERIFY(uploads.at(0).body.contains(QByteArray("\xFF\xD8\xFF")));
        QVERIFY(uploads.at(0).body.size() < 1024 * 1024 + 1024);
        QCOMPARE(uploads.at(1).path, QByteArray("/v2.0/oa/upload/file"));
        QVERIFY(uploads.at(1).body.contains(testfiles::pdf()));

        // Then the messages: the image, the file, and last the reply with its buttons.
        const QList<QJsonObject> sent = m_zalo.acceptedMessagesTo(user);
        QCOMPARE(sent.size(), 3);
        const QJsonObject image = sent.at(0).value(QStringLiteral("attachment")).toObject();
        QCOMPARE(image.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
        const QJsonObject element = image.value(QStringLiteral("payload"))
                                        .toObject()
                                        .value(QStringLiteral("elements"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(element.value(QStringLiteral("media_type")).toString(), QStringLiteral("image"));
        QVERIFY(!element.value(QStringLiteral("attachment_id")).toString().isEmpty());
        const QJsonObject file = sent.at(1).value(QStringLiteral("attachment")).toObject();
        QCOMPARE(file.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QVERIFY(!file.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString()
                     .isEmpty());
        QVERIFY(sent.at(2)
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(readCase(c.id).value(QStringLiteral("replyPublished")).toString()));
    }

    void aPublishedReplyReachesTheCitizenAfterAFailure()
    {
        const QString user = QStringLiteral("u-reply");
        const CaseRef c = linkedCase(user, 3600);
        QVERIFY(c.id);
        m_zalo.failNextSends = 1;
        const qsizetype before = m_zalo.messages.size();
        QCOMPARE(m_client->act(m_leader, c.id, QStringLiteral("approve"), c.version).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            lastEvent(readCase(c.id)).value(QStringLiteral("action")).toString(),
            QStringLiteral("zalo_delivery"), 10000);
        const QJsonObject status = lastEvent(readCase(c.id));
        QCOMPARE(status.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("delivered"));
        QCOMPARE(m_zalo.messages.size(), before + 2); // the 500, then the one taken
        const QList<QJsonObject> sent = m_zalo.acceptedMessagesTo(user);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.front()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(readCase(c.id).value(QStringLiteral("replyPublished")).toString()));
        const QJsonArray buttons = sent.front()
                                       .value(QStringLiteral("attachment"))
                                       .toObject()
                                       .value(QStringLiteral("payload"))
                                       .toObject()
                                       .value(QStringLiteral("buttons"))
                                       .toArray();
        QCOMPARE(buttons.size(), 3);
        QCOMPARE(buttons.at(2).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Không hài lòng"));
        QCOMPARE(buttons.at(2).toObject().value(QStringLiteral("payload")).toString(),
                 QStringLiteral("#danhgia not_satisfied"));

        // The citizen taps "Không hài lòng": the rating lands on the case as the channel's.
        QCOMPARE(post(text(user, QStringLiteral("#danhgia not_satisfied"))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(readCase(c.id).value(QStringLiteral("rating")).toString(),
                                  QStringLiteral("not_satisfied"), 10000);
        const QJsonObject rated = lastEvent(readCase(c.id));
        QCOMPARE(rated.value(QStringLiteral("action")).toString(), QStringLiteral("rate"));
        QCOMPARE(rated.value(QStringLiteral("client")).toString(), QStringLiteral("zalo"));
        QCOMPARE(readCase(c.id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("answered"));
        QCOMPARE(pendingOf(user), 0); // a rating is not a new report
    }

    void aReplyOutsideTheWindowIsRecordedNotSent()
    {
        const QString user = QStringLiteral("u-silent");
        const CaseRef c = linkedCase(user, 3 * 24 * 3600);
        QVERIFY(c.id);
        QCOMPARE(m_client->act(m_leader, c.id, QStringLiteral("approve"), c.version).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            lastEvent(readCase(c.id)).value(QStringLiteral("action")).toString(),
            QStringLiteral("zalo_delivery"), 10000);
        QCOMPARE(lastEvent(readCase(c.id))
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("outside_reply_window"));
        QVERIFY(m_zalo.acceptedMessagesTo(user).isEmpty());
    }

    void aReplyZaloKeepsRefusingEndsAsFailed()
    {
        const QString user = QStringLiteral("u-unlucky");
        const CaseRef c = linkedCase(user, 60);
        QVERIFY(c.id);
        m_zalo.failNextSends = m_server.config().zalo.sendAttempts;
        QCOMPARE(m_client->act(m_leader, c.id, QStringLiteral("approve"), c.version).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            lastEvent(readCase(c.id)).value(QStringLiteral("action")).toString(),
            QStringLiteral("zalo_delivery"), 10000);
        const QJsonObject failed = lastEvent(readCase(c.id));
        QCOMPARE(failed.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("failed"));
        QVERIFY2(failed.value(QStringLiteral("detail")).toString().contains(QStringLiteral("5")),
                 qPrintable(failed.value(QStringLiteral("detail")).toString()));
        QCOMPARE(m_zalo.failNextSends, 0);
        QVERIFY(m_zalo.acceptedMessagesTo(user).isEmpty());
    }

    void aReportIsCompleteOnceItsWindowHasPassed()
    {
        const QString user = QStringLiteral("u-window");
        QCOMPARE(post(text(user, QStringLiteral("Nước ngập ngõ 5 Đội Cấn"))).status, 200);
        m_server.advance(9 * 60);
        QCOMPARE(post(text(user, QStringLiteral("Ngập sâu 30 cm"))).status, 200);
        QCOMPARE(pendingOf(user), 2); // nine minutes: still the same report
        m_server.advance(2 * 60);
        // Any later event (or the timer) finds the report complete.
        QCOMPARE(post(text(QStringLiteral("u-other"), QStringLiteral("Xin chào"))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_zalo.acceptedMessagesTo(user).size(), 1, 10000);
        QCOMPARE(pendingOf(user), 0);
        QVERIFY(confirmedCase(user));
        QCOMPARE(readCase(confirmedCase(user)).value(QStringLiteral("description")),
                 QJsonValue(QStringLiteral("Nước ngập ngõ 5 Đội Cấn\nNgập sâu 30 cm")));
        QCOMPARE(pendingOf(QStringLiteral("u-other")), 1); // its own report has just begun
    }

    void aReportInProgressSurvivesARestart()
    {
        const QString user = QStringLiteral("u-restart");
        QCOMPARE(post(text(user, QStringLiteral("Cây đổ chắn đường Liễu Giai"))).status, 200);
        const qsizetype refreshes = m_zalo.refreshes.size();
        QVERIFY(refreshes > 0);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QCOMPARE(post(text(user, QStringLiteral("#gui"))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_zalo.acceptedMessagesTo(user).size(), 1, 10000);
        // The refreshed token outlived the restart (it is in the database, not the memory):
        // used at once, with no refresh, although the configuration still names token-0.
        QCOMPARE(m_zalo.refreshes.size(), refreshes);
        QCOMPARE(m_zalo.messages.back().accessToken, m_zalo.validToken);
        QVERIFY(confirmedCase(user));
        QCOMPARE(readCase(confirmedCase(user)).value(QStringLiteral("description")),
                 QJsonValue(QStringLiteral("Cây đổ chắn đường Liễu Giai")));
    }
};

QTEST_MAIN(TestZalo)
#include "tst_zalo.moc"
