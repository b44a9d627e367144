#include "ServerTestSupport.h"

#include <QSqlQuery>
#include <QTest>

class TestApiCases : public QObject
{
    Q_OBJECT

    TestServer m_server{300};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_officer, m_officer2, m_leader, m_supervisor, m_coordinator;

    // The first case matching `where` (SQL over cases c, units u, accounts a).
    CaseRef find(const QString &where) { return findCase(m_server, where); }
    qint64 eventCount(qint64 id)
    {
        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = %1").arg(id));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 idOf(const QString &table, const QString &column, const QString &value)
    {
        QSqlQuery q(m_server.database().connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
        q.addBindValue(value);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    CaseRef officersWork()
    {
        return find(QStringLiteral("a.login = 'officer' AND c.status = 'in_progress'"));
    }
    static QJsonObject caseOf(const HttpResult &r)
    {
        return r.json.value(QStringLiteral("case")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_officer = m_client->login(QStringLiteral("officer"));
        m_officer2 = m_client->login(QStringLiteral("officer2"));
        m_leader = m_client->login(QStringLiteral("leader"));
        m_supervisor = m_client->login(QStringLiteral("supervisor"));
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        QVERIFY(!m_officer.isEmpty() && !m_officer2.isEmpty() && !m_leader.isEmpty() &&
                !m_supervisor.isEmpty() && !m_coordinator.isEmpty());
    }

    void anotherWardsCaseLooksLikeAMissingOne()
    {
        const CaseRef kimMa = find(QStringLiteral("u.name = 'Phường Kim Mã'"));
        QVERIFY(kimMa.id);
        const HttpResult own = m_client->get(QStringLiteral("cases/%1").arg(kimMa.id), m_officer);
        QCOMPARE(own.status, 200);
        QVERIFY(!caseOf(own).value(QStringLiteral("history")).toArray().isEmpty());

        const HttpResult other =
            m_client->get(QStringLiteral("cases/%1").arg(kimMa.id), m_officer2);
        const HttpResult missing = m_client->get(QStringLiteral("cases/999999"), m_officer2);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.body, missing.body);
        const HttpResult action =
            m_client->act(m_officer2, kimMa.id, QStringLiteral("note"), kimMa.version,
                          {{QStringLiteral("text"), QStringLiteral("x")}});
        QCOMPARE(action.status, 404);
        QCOMPARE(action.body, missing.body);
        QCOMPARE(m_client->get(QStringLiteral("cases/abc"), m_officer).status, 404);
    }

    void supervisorsReadButNeverAct()
    {
        const CaseRef c = officersWork();
        QCOMPARE(m_client->get(QStringLiteral("cases/%1").arg(c.id), m_supervisor).status, 200);
        const HttpResult r = m_client->act(m_supervisor, c.id, QStringLiteral("note"), c.version,
                                           {{QStringLiteral("text"), QStringLiteral("Ghi chú")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(find(QStringLiteral("c.id = %1").arg(c.id)).version, c.version);
    }

    void aRepeatedKeyIsAppliedOnce()
    {
        const CaseRef c = officersWork();
        const qint64 events = eventCount(c.id);
        const QJsonObject params{
            {QStringLiteral("text"), QStringLiteral("Đã kiểm tra hiện trường")}};
        const QString key = QStringLiteral("replay-key-1");
        const HttpResult first =
            m_client->act(m_officer, c.id, QStringLiteral("note"), c.version, params, key);
        QVERIFY2(first.status == 200, first.body.constData());
        const HttpResult second =
            m_client->act(m_officer, c.id, QStringLiteral("note"), c.version, params, key);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(caseOf(first).value(QStringLiteral("version")).toInteger(), c.version + 1);
        QCOMPARE(find(QStringLiteral("c.id = %1").arg(c.id)).version, c.version + 1);
        QCOMPARE(eventCount(c.id), events + 1);
        const QJsonObject last =
            caseOf(first).value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("note"));
        QCOMPARE(last.value(QStringLiteral("client")).toString(), QStringLiteral("tst 1.0"));
        QCOMPARE(last.value(QStringLiteral("actorName")).toString(), QStringLiteral("Lê Thị Lan"));

        // Errors are replayed too: the same key keeps its first answer.
        const HttpResult refused = m_client->act(m_supervisor, c.id, QStringLiteral("note"),
                                                 c.version + 1, params, QStringLiteral("k2"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(m_client
                     ->act(m_supervisor, c.id, QStringLiteral("note"), c.version + 1, params,
                           QStringLiteral("k2"))
                     .body,
                 refused.body);
    }

    void aStaleVersionGetsTheCurrentCase()
    {
        const CaseRef c = officersWork();
        const HttpResult r = m_client->act(m_officer, c.id, QStringLiteral("note"), c.version - 1,
                                           {{QStringLiteral("text"), QStringLiteral("cũ")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(caseOf(r).value(QStringLiteral("version")).toInteger(), c.version);
        QCOMPARE(caseOf(r).value(QStringLiteral("id")).toInteger(), c.id);
    }

    void malformedActionsAreBadRequests()
    {
        const CaseRef c = officersWork();
        const QString path = QStringLiteral("cases/%1/actions").arg(c.id);
        QCOMPARE(m_client->postRaw(path, "{oops", m_officer).status, 400);
        QCOMPARE(
            m_client->postRaw(path, R"({"action":"note","baseVersion":1,"params":{}})", m_officer)
                .errorCode(),
            QStringLiteral("bad_request")); // no key
        QCOMPARE(
            m_client->postRaw(path, R"({"action":"note","key":"k","baseVersion":"1"})", m_officer)
                .status,
            400);
        const HttpResult unknown =
            m_client->act(m_officer, c.id, QStringLiteral("teleport"), c.version);
        QVERIFY(unknown.status == 400 || unknown.status == 422);
        QCOMPARE(find(QStringLiteral("c.id = %1").arg(c.id)).version, c.version);
    }

    void rulesAndParametersAreChecked()
    {
        const CaseRef c = officersWork();
        const HttpResult wrongStatus =
            m_client->act(m_leader, c.id, QStringLiteral("accept"), c.version);
        QCOMPARE(wrongStatus.status, 422);
        QCOMPARE(wrongStatus.errorCode(), QStringLiteral("wrong_status"));
        const HttpResult missing =
            m_client->act(m_officer, c.id, QStringLiteral("note"), c.version);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorCode(), QStringLiteral("invalid_params"));

        const HttpResult foreign = m_client->act(
            m_leader, c.id, QStringLiteral("assign"), c.version,
            {{QStringLiteral("officerId"), idOf(QStringLiteral("accounts"), QStringLiteral("login"),
                                                QStringLiteral("officer2"))}});
        QCOMPARE(foreign.status, 422);
        QCOMPARE(foreign.errorCode(), QStringLiteral("invalid_params"));

        const CaseRef fresh = find(QStringLiteral("c.status = 'new' AND c.unit_id = 0"));
        QVERIFY(fresh.id);
        const HttpResult nowhere =
            m_client->act(m_coordinator, fresh.id, QStringLiteral("route"), fresh.version,
                          {{QStringLiteral("unitId"), 99999}});
        QCOMPARE(nowhere.status, 422);
        QCOMPARE(nowhere.errorCode(), QStringLiteral("invalid_params"));
        const qint64 kimMaId =
            idOf(QStringLiteral("units"), QStringLiteral("name"), QStringLiteral("Phường Kim Mã"));
        const HttpResult routed =
            m_client->act(m_coordinator, fresh.id, QStringLiteral("route"), fresh.version,
                          {{QStringLiteral("unitId"), kimMaId}});
        QVERIFY2(routed.status == 200, routed.body.constData());
        QCOMPARE(caseOf(routed).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending_acceptance"));
        QCOMPARE(caseOf(routed).value(QStringLiteral("unitName")).toString(),
                 QStringLiteral("Phường Kim Mã"));
        QVERIFY(caseOf(routed).contains(QStringLiteral("acceptDeadline")));
    }

    void anOfficerActsOnlyOnTheirOwnCases()
    {
        const CaseRef other = find(QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = "
                                                  "'in_progress' AND c.assignee_id = 0"));
        if (!other.id)
            QSKIP("no unassigned in-progress case in Kim Mã with this seed");
        const HttpResult r =
            m_client->act(m_officer, other.id, QStringLiteral("submit_reply"), other.version,
                          {{QStringLiteral("text"), QStringLiteral("x")}});
        QCOMPARE(r.status, 403);
    }

    void aReplyIsSubmittedAndApproved()
    {
        const CaseRef c = officersWork();
        const QString reply =
            QStringLiteral("Kính gửi ông/bà, phường đã xử lý xong (ảnh kèm theo).");
        const HttpResult submitted = m_client->act(m_officer, c.id, QStringLiteral("submit_reply"),
                                                   c.version, {{QStringLiteral("text"), reply}});
        QVERIFY2(submitted.status == 200, submitted.body.constData());
        QCOMPARE(caseOf(submitted).value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_approval"));
        QCOMPARE(caseOf(submitted).value(QStringLiteral("replyDraft")).toString(), reply);

        const HttpResult approved =
            m_client->act(m_leader, c.id, QStringLiteral("approve"), c.version + 1);
        QVERIFY2(approved.status == 200, approved.body.constData());
        const QJsonObject done = caseOf(approved);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        QCOMPARE(done.value(QStringLiteral("replyPublished")).toString(), reply);
        QCOMPARE(done.value(QStringLiteral("answeredAt")).toString(),
                 m_server.now().toString(Qt::ISODateWithMs));
        QCOMPARE(done.value(QStringLiteral("version")).toInteger(), c.version + 2);
        const QJsonObject last = done.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("approve"));
        QCOMPARE(last.value(QStringLiteral("actorName")).toString(),
                 QStringLiteral("Trần Minh Đức"));
        QVERIFY(last.value(QStringLiteral("id")).toInteger() > 0);

        // What the answer said is what is stored.
        const HttpResult read = m_client->get(QStringLiteral("cases/%1").arg(c.id), m_officer);
        QCOMPARE(caseOf(read), done);
    }
};

QTEST_GUILESS_MAIN(TestApiCases)
#include "tst_api_cases.moc"
