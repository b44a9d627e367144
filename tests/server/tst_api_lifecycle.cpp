// The later lifecycle over the API: extensions with their history, a
// citizen's rating from a channel account, reopen, merging a duplicate (two
// cases change in one action), and a history the database refuses to edit.

#include "ServerTestSupport.h"
#include "cases/AnswerAutoCloser.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pakn;
using namespace pakn::server;

namespace {
QJsonObject caseOf(const HttpResult &r)
{
    return r.json.value(QStringLiteral("case")).toObject();
}
qint64 versionOf(const HttpResult &r)
{
    return caseOf(r).value(QStringLiteral("version")).toInteger();
}
QJsonObject lastEvent(const QJsonObject &c)
{
    return c.value(QStringLiteral("history")).toArray().last().toObject();
}
} // namespace

class TestApiLifecycle : public QObject
{
    Q_OBJECT

    TestServer m_server{300};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_officer, m_leader, m_coordinator, m_zalo;

    CaseRef find(const QString &where)
    {
        return findCase(m_server, where, QStringLiteral("c.id DESC"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_officer = m_client->login(QStringLiteral("officer"));
        m_leader = m_client->login(QStringLiteral("leader"));
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        m_zalo = m_client->login(QStringLiteral("zalo"));
        QVERIFY(!m_officer.isEmpty() && !m_leader.isEmpty() && !m_coordinator.isEmpty() &&
                !m_zalo.isEmpty());
    }

    void anExtensionIsRequestedGrantedAndKeptInTheCase()
    {
        const CaseRef c = find(QStringLiteral("a.login = 'officer' AND c.status = 'in_progress' "
                                              "AND c.extensions = ''"));
        QVERIFY(c.id);
        const HttpResult asked = m_client->act(
            m_officer, c.id, QStringLiteral("request_extension"), c.version,
            {{QStringLiteral("reason"), QStringLiteral("Chờ Công ty Thoát nước khảo sát")},
             {QStringLiteral("proposedDeadline"), QStringLiteral("2027-01-15")}});
        QCOMPARE(asked.status, 200);
        const QJsonObject x =
            caseOf(asked).value(QStringLiteral("extensions")).toArray().last().toObject();
        QCOMPARE(x.value(QStringLiteral("decision")).toString(), QStringLiteral("pending"));
        QCOMPARE(x.value(QStringLiteral("proposedDeadline")).toString(),
                 QStringLiteral("2027-01-15T10:00:00.000Z")); // 17:00 in Hanoi

        // The officer cannot decide on it; a second request must wait.
        QCOMPARE(m_client->act(m_officer, c.id, QStringLiteral("grant_extension"), versionOf(asked))
                     .status,
                 403);
        const HttpResult again =
            m_client->act(m_officer, c.id, QStringLiteral("request_extension"), versionOf(asked),
                          {{QStringLiteral("reason"), QStringLiteral("x")},
                           {QStringLiteral("proposedDeadline"), QStringLiteral("2027-02-01")}});
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errorCode(), QStringLiteral("wrong_status"));

        const HttpResult granted =
            m_client->act(m_leader, c.id, QStringLiteral("grant_extension"), versionOf(asked));
        QCOMPARE(granted.status, 200);
        const QJsonObject after = caseOf(granted);
        QCOMPARE(after.value(QStringLiteral("answerDeadline")).toString(),
                 QStringLiteral("2027-01-15T10:00:00.000Z"));
        QCOMPARE(lastEvent(after).value(QStringLiteral("action")).toString(),
                 QStringLiteral("grant_extension"));
        QCOMPARE(lastEvent(after)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("deadline")),
                 QJsonValue(QStringLiteral("2027-01-15T10:00:00.000Z")));
        // What the API answered is what a later read gives.
        const HttpResult read = m_client->get(QStringLiteral("cases/%1").arg(c.id), m_leader);
        QCOMPARE(caseOf(read).value(QStringLiteral("extensions")),
                 after.value(QStringLiteral("extensions")));
    }

    void aRatingFromTheChannelClosesAndAReopenStartsAgain()
    {
        const CaseRef c =
            find(QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = 'answered'"));
        QVERIFY(c.id);
        // The channel account acts for the citizen and may do nothing else.
        QCOMPARE(m_client
                     ->act(m_zalo, c.id, QStringLiteral("note"), c.version,
                           {{QStringLiteral("text"), QStringLiteral("x")}})
                     .status,
                 403);
        const HttpResult rated =
            m_client->act(m_zalo, c.id, QStringLiteral("rate"), c.version,
                          {{QStringLiteral("rating"), QStringLiteral("not_satisfied")},
                           {QStringLiteral("comment"), QStringLiteral("Rác vẫn còn")}});
        QCOMPARE(rated.status, 200);
        QCOMPARE(caseOf(rated).value(QStringLiteral("status")).toString(),
                 QStringLiteral("answered"));
        QCOMPARE(caseOf(rated).value(QStringLiteral("rating")).toString(),
                 QStringLiteral("not_satisfied"));
        QCOMPARE(lastEvent(caseOf(rated)).value(QStringLiteral("client")).toString(),
                 QStringLiteral("tst 1.0"));

        const HttpResult reopened =
            m_client->act(m_leader, c.id, QStringLiteral("reopen"), versionOf(rated),
                          {{QStringLiteral("reason"), QStringLiteral("Công dân chưa hài lòng")}});
        QCOMPARE(reopened.status, 200);
        const QJsonObject after = caseOf(reopened);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(after.value(QStringLiteral("reopenCount")).toInt(), 1);
        QVERIFY(!after.contains(QStringLiteral("rating")));
        QVERIFY(!after.contains(QStringLiteral("answeredAt")));
    }

    void mergingADuplicateChangesBothCases()
    {
        const CaseRef duplicate = find(QStringLiteral("c.status = 'new'"));
        const CaseRef original =
            find(QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = 'in_progress'"));
        QVERIFY(duplicate.id && original.id);
        QSqlQuery seq(m_server.database().connection());
        QVERIFY(seq.exec(QStringLiteral("SELECT last_seq FROM feed_sequence")) && seq.next());
        const qint64 before = seq.value(0).toLongLong();
        seq.finish(); // an unfinished read would hold this connection on an old snapshot
        // Into itself, into nothing, into a merged case: clear refusals.
        for (const qint64 bad : {duplicate.id, qint64(999999)}) {
            const HttpResult r =
                m_client->act(m_coordinator, duplicate.id, QStringLiteral("merge"),
                              duplicate.version, {{QStringLiteral("intoCaseId"), bad}});
            QCOMPARE(r.status, 422);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_params"));
        }
        const HttpResult merged =
            m_client->act(m_coordinator, duplicate.id, QStringLiteral("merge"), duplicate.version,
                          {{QStringLiteral("intoCaseId"), original.id}});
        QCOMPARE(merged.status, 200);
        QCOMPARE(caseOf(merged).value(QStringLiteral("status")).toString(),
                 QStringLiteral("merged"));
        QCOMPARE(caseOf(merged).value(QStringLiteral("mergedIntoId")).toInteger(), original.id);

        // The original carries a new event and a new version, and the feed has both.
        const HttpResult target =
            m_client->get(QStringLiteral("cases/%1").arg(original.id), m_leader);
        QCOMPARE(versionOf(target), original.version + 1);
        const QJsonObject event = lastEvent(caseOf(target));
        QCOMPARE(event.value(QStringLiteral("action")).toString(),
                 QStringLiteral("duplicate_merged"));
        QCOMPARE(event.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("duplicateId"))
                     .toInteger(),
                 duplicate.id);
        const QJsonArray changes =
            m_client->get(QStringLiteral("feed?after=%1").arg(before), m_coordinator)
                .json.value(QStringLiteral("changes"))
                .toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.first()
                     .toObject()
                     .value(QStringLiteral("case"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 duplicate.id);
        QCOMPARE(changes.last()
                     .toObject()
                     .value(QStringLiteral("case"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 original.id);

        const CaseRef another =
            find(QStringLiteral("c.status = 'new' AND c.id <> %1").arg(duplicate.id));
        const HttpResult intoMerged =
            m_client->act(m_coordinator, another.id, QStringLiteral("merge"), another.version,
                          {{QStringLiteral("intoCaseId"), duplicate.id}});
        QCOMPARE(intoMerged.status, 422);
        QVERIFY(intoMerged.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("merged")));
    }

    // Last: it moves the server's clock on by 8 days.
    void answersLeftUnratedAreClosedAfterAWeek()
    {
        const CaseRef unrated = find(QStringLiteral("c.status = 'answered' AND c.rating = ''"));
        const CaseRef rated =
            find(QStringLiteral("c.status = 'answered' AND c.id <> %1").arg(unrated.id));
        QVERIFY(unrated.id && rated.id);
        QCOMPARE(m_client
                     ->act(m_zalo, rated.id, QStringLiteral("rate"), rated.version,
                           {{QStringLiteral("rating"), QStringLiteral("not_satisfied")}})
                     .status,
                 200);
        CaseRepository cases(m_server.database().connection());
        ChangeFeed feed(m_server.database().connection(), cases);
        const WorkflowRules rules;
        AnswerAutoCloser closer(
            cases, feed, rules, [this] { return m_server.now(); }, 7);
        QCOMPARE(closer.closeDue(), 0); // nothing is a week old yet
        m_server.advance(8 * 24 * 3600);
        QVERIFY(closer.closeDue() > 0);
        m_coordinator = m_client->login(QStringLiteral("coordinator")); // a week later
        const QJsonObject closed =
            caseOf(m_client->get(QStringLiteral("cases/%1").arg(unrated.id), m_coordinator));
        QCOMPARE(closed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(closed.value(QStringLiteral("version")).toInteger(), unrated.version + 1);
        QCOMPARE(lastEvent(closed).value(QStringLiteral("actorName")).toString(),
                 QStringLiteral("Hệ thống"));
        QCOMPARE(lastEvent(closed).value(QStringLiteral("action")).toString(),
                 QStringLiteral("close"));
        // A citizen who said "not satisfied" is not silenced by the clock.
        const QJsonObject kept =
            caseOf(m_client->get(QStringLiteral("cases/%1").arg(rated.id), m_coordinator));
        QCOMPARE(kept.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        QCOMPARE(closer.closeDue(), 0); // done once
    }

    void theDatabaseRefusesToEditHistory()
    {
        QSqlQuery q(m_server.database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE case_events SET detail = 'edited'")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM case_events")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    }
};

QTEST_GUILESS_MAIN(TestApiLifecycle)
#include "tst_api_lifecycle.moc"
