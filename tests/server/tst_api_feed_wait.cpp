// GET /feed/wait (p2-live): the long poll on the change feed against the real
// server over HTTPS. A wait answers when a change in the caller's scope
// commits (through this server or, via the database, another instance), not
// for one outside it, "no change" at its timeout, and the limits hold.

#include "ServerTestSupport.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

namespace {
// One long poll in flight, on its own connection (QNetworkAccessManager
// holds at most six per host, and the limit tests need more).
class Wait
{
public:
    Wait(const TestServer &server, const QByteArray &token, const QString &query)
    {
        QNetworkRequest request(server.url(QStringLiteral("feed/wait") + query));
        request.setRawHeader("Authorization", "Bearer " + token);
        m_reply = m_nam.get(request);
        m_reply->ignoreSslErrors(
            {QSslError(QSslError::SelfSignedCertificate, server.certificate())});
    }
    bool finished() const { return m_reply->isFinished(); }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QJsonObject json()
    {
        if (m_body.isEmpty())
            m_body = m_reply->readAll();
        return QJsonDocument::fromJson(m_body).object();
    }
    bool changed() { return json().value(QStringLiteral("changed")).toBool(); }
    void abort() { m_reply->abort(); }

private:
    QNetworkAccessManager m_nam;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
};
} // namespace

class TestApiFeedWait : public QObject
{
    Q_OBJECT

    TestServer m_server{150};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_coordinator, m_officer, m_leader;

    qint64 newestSeq()
    {
        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT last_seq FROM feed_sequence WHERE id = 1"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString fromNow(int timeout = 20)
    {
        return QStringLiteral("?after=%1&timeout=%2").arg(newestSeq()).arg(timeout);
    }
    // A note on an in-progress case of `unit`, by the coordinator (allowed anywhere).
    void noteIn(const QString &unit)
    {
        const CaseRef c = findCase(
            m_server, QStringLiteral("u.name = '%1' AND c.status = 'in_progress'").arg(unit));
        QVERIFY(c.id > 0);
        const HttpResult r =
            m_client->act(m_coordinator, c.id, QStringLiteral("note"), c.version,
                          {{QStringLiteral("text"), QStringLiteral("Đã kiểm tra")}});
        QVERIFY2(r.status == 200, r.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.config().feedWaitsInAll = 7;
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        m_officer = m_client->login(QStringLiteral("officer"));
        m_leader = m_client->login(QStringLiteral("leader"));
        QVERIFY(!m_coordinator.isEmpty() && !m_officer.isEmpty() && !m_leader.isEmpty());
    }

    void answersAtOnceWhenTheScopeAlreadyHasNews()
    {
        const HttpResult r =
            m_client->get(QStringLiteral("feed/wait?after=0&timeout=30"), m_officer);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("changed")).toBool(), true);
    }

    void refusesBadParameters()
    {
        for (const char *query :
             {"?after=-1", "?after=x", "?timeout=0", "?timeout=56", "?timeout=a"}) {
            const HttpResult r =
                m_client->get(QStringLiteral("feed/wait") + QLatin1String(query), m_officer);
            QVERIFY2(r.status == 400, query);
            QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        }
        QCOMPARE(m_client->get(QStringLiteral("feed/wait?after=0"), {}).status, 401);
    }

    void answersForAChangeInScopeOnly()
    {
        Wait officer(m_server, m_officer, fromNow());
        Wait coordinator(m_server, m_coordinator, fromNow());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.feedWaits(), 2, 10000);
        // Uy Nỗ is outside the Kim Mã officer's scope, inside the coordinator's.
        noteIn(QStringLiteral("Xã Uy Nỗ"));
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.finished(), 10000);
        QCOMPARE(coordinator.status(), 200);
        QVERIFY(coordinator.changed());
        // Both waits were checked against the same change in one pass.
        QVERIFY(!officer.finished());
        QCOMPARE(m_server.feedWaits(), 1);

        noteIn(QStringLiteral("Phường Kim Mã"));
        QTRY_VERIFY_WITH_TIMEOUT(officer.finished(), 10000);
        QCOMPARE(officer.status(), 200);
        QVERIFY(officer.changed());
    }

    void seesAChangeCommittedByAnotherInstance()
    {
        // Another server on the same database takes a seq and commits: no
        // in-process nudge, so only the poll of the newest seq can see it.
        Wait officer(m_server, m_officer, fromNow());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.feedWaits(), 1, 10000);
        const CaseRef c = findCase(m_server, QStringLiteral("u.name = 'Phường Kim Mã'"));
        QSqlQuery q(m_server.database().connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE feed_sequence SET last_seq = last_seq + 1 WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET seq = (SELECT last_seq FROM feed_sequence "
                                      "WHERE id = 1) WHERE id = %1")
                           .arg(c.id)));
        QTRY_VERIFY_WITH_TIMEOUT(officer.finished(), 10000);
        QVERIFY(officer.changed());
    }

    void saysNoChangeAtItsTimeout()
    {
        Wait officer(m_server, m_officer, fromNow(1));
        QTRY_VERIFY_WITH_TIMEOUT(officer.finished(), 10000);
        QCOMPARE(officer.status(), 200);
        QCOMPARE(officer.json().value(QStringLiteral("changed")), QJsonValue(false));
    }

    void survivesClientsThatHangUp()
    {
        Wait gone(m_server, m_officer, fromNow());
        Wait stays(m_server, m_officer, fromNow());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.feedWaits(), 2, 10000);
        // The hung-up wait is forgotten; the change then answers the other, and
        // nothing is written to the closed connection.
        gone.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.feedWaits(), 1, 10000);
        noteIn(QStringLiteral("Phường Kim Mã"));
        QTRY_VERIFY_WITH_TIMEOUT(stays.finished(), 10000);
        QVERIFY(stays.changed());
        QCOMPARE(m_server.feedWaits(), 0);
        QCOMPARE(m_client->get(QStringLiteral("me"), m_officer).status, 200);
    }

    void limitsWaitsPerAccountAndInAll()
    {
        std::vector<std::unique_ptr<Wait>> held;
        for (int i = 0; i < 4; ++i)
            held.push_back(std::make_unique<Wait>(m_server, m_leader, fromNow(3)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.feedWaits(), 4, 10000);
        // A fifth of one account is refused.
        const HttpResult fifth = m_client->get(QStringLiteral("feed/wait") + fromNow(3), m_leader);
        QCOMPARE(fifth.status, 429);
        QCOMPARE(fifth.errorCode(), QStringLiteral("too_many_waits"));
        for (int i = 0; i < 3; ++i)
            held.push_back(std::make_unique<Wait>(m_server, m_officer, fromNow(3)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.feedWaits(), 7, 10000);
        // Seven wait in all (this server's limit): the eighth is refused.
        const HttpResult eighth =
            m_client->get(QStringLiteral("feed/wait") + fromNow(3), m_coordinator);
        QCOMPARE(eighth.status, 503);
        QCOMPARE(eighth.errorCode(), QStringLiteral("busy"));
        for (const auto &w : held) {
            QTRY_VERIFY_WITH_TIMEOUT(w->finished(), 10000);
            QCOMPARE(w->status(), 200);
            QVERIFY(!w->changed());
        }
        // Answered waits free their places.
        QCOMPARE(m_server.feedWaits(), 0);
        QCOMPARE(m_client->get(QStringLiteral("feed/wait") + fromNow(1), m_leader).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestApiFeedWait)
#include "tst_api_feed_wait.moc"
