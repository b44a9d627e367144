// Actions sent all at once over real HTTPS (many connections), so the server
// commits them in groups (CommitGroup, on the actions' thread: ActionWriter):
// every 2xx is stored exactly once, every 409 left nothing, versions and the
// feed agree (each change once, one seq each, in order), a retry with the
// same key gets the same answer, and a COMMIT that fails for real (a deferred
// foreign key a trigger breaks) answers 500 to every action of its group and
// stores none of them. Reports taken in (POST /cases, written on the HTTP
// thread's connection) at the same time meet no lock, and actions cut off by
// the server stopping are applied once when sent again.

#include "ServerTestSupport.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

struct Shot
{
    qint64 caseId = 0;
    qint64 baseVersion = 0;
    QString key;
    QString text;
    int status = 0;
    QByteArray body;
};

} // namespace

class TestApiGroupCommit : public QObject
{
    Q_OBJECT

    TestServer m_server{300};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_token;
    int m_shotsFired = 0;

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_server.database().connection());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q;
    }
    qint64 number(const QString &sql)
    {
        QSqlQuery q = query(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 lastSeq() { return number(QStringLiteral("SELECT last_seq FROM feed_sequence")); }
    qint64 versionOf(qint64 id)
    {
        return number(QStringLiteral("SELECT version FROM cases WHERE id = %1").arg(id));
    }
    qint64 eventsWithText(const QString &text)
    {
        return number(
            QStringLiteral("SELECT COUNT(*) FROM case_events WHERE detail = '%1'").arg(text));
    }
    bool keyStored(const QString &key)
    {
        return number(QStringLiteral("SELECT COUNT(*) FROM idempotency WHERE idem_key = '%1'")
                          .arg(key)) == 1;
    }
    // `count` open cases the coordinator may add a note to, with their versions.
    QList<CaseRef> openCases(int count)
    {
        QList<CaseRef> found;
        QSqlQuery q = query(
            QStringLiteral("SELECT id, version FROM cases WHERE status IN ('new', "
                           "'pending_acceptance', 'in_progress', 'awaiting_approval') ORDER BY id "
                           "LIMIT %1")
                .arg(count));
        while (q.next())
            found.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        return found;
    }
    Shot note(const CaseRef &c, const QString &key = {})
    {
        const QString tag = QStringLiteral("group-commit-%1").arg(++m_shotsFired);
        return {c.id, c.version, key.isEmpty() ? tag : key, tag};
    }

    // POSTs `body` as the coordinator over `nam`, this server's certificate accepted.
    QNetworkReply *postJson(QNetworkAccessManager &nam, const QString &path,
                            const QJsonObject &body)
    {
        QNetworkRequest request(m_server.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply =
            nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        reply->ignoreSslErrors(
            {QSslError(QSslError::SelfSignedCertificate, m_server.certificate())});
        return reply;
    }

    // Sends every shot at once over `connections` HTTPS connections and waits for all answers.
    // `firstAnswered` runs (queued) once the first answer came.
    void fire(QList<Shot> &shots, int connections = 24,
              const std::function<void()> &firstAnswered = {})
    {
        // A manager opens at most 6 connections to one host: several managers.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < (connections + 5) / 6; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        int answered = 0;
        for (qsizetype i = 0; i < shots.size(); ++i) {
            Shot &s = shots[i];
            const QJsonObject body{
                {QStringLiteral("action"), QStringLiteral("note")},
                {QStringLiteral("key"), s.key},
                {QStringLiteral("baseVersion"), s.baseVersion},
                {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), s.text}}}};
            QNetworkReply *reply = postJson(*managers[size_t(i) % managers.size()],
                                            QStringLiteral("cases/%1/actions").arg(s.caseId), body);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                s.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                s.body = reply->readAll();
                reply->deleteLater();
                if (++answered == 1 && firstAnswered)
                    QTimer::singleShot(0, this, firstAnswered);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, shots.size(), 60000);
    }

    // Sends `count` reports to POST /cases over one more manager's connections;
    // their statuses land in `statuses` as they are answered.
    void takeReports(QNetworkAccessManager &nam, int count, QList<int> &statuses)
    {
        statuses = QList<int>(count, 0);
        for (int i = 0; i < count; ++i) {
            const QJsonObject body{
                {QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                {QStringLiteral("description"),
                 QStringLiteral("Nắp cống số %1 trên phố Hàng Bông bị vỡ").arg(i + 1)}};
            QNetworkReply *reply = postJson(nam, QStringLiteral("cases"), body);
            connect(reply, &QNetworkReply::finished, this, [reply, &statuses, i] {
                statuses[i] = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
            });
        }
    }

    // `rounds` notes on the same version of each case.
    QList<Shot> notesOn(const QList<CaseRef> &cases, int rounds)
    {
        QList<Shot> shots;
        for (int round = 0; round < rounds; ++round)
            for (const CaseRef &c : cases)
                shots.append(note(c));
        return shots;
    }
    // Of the notes on each case one won (its event stored once, the case one
    // version on), the others got 409 and left nothing; every answer is kept.
    void expectOneWinPerCase(const QList<Shot> &shots, const QList<CaseRef> &cases)
    {
        QHash<qint64, int> wins;
        for (const Shot &s : shots) {
            QVERIFY2(s.status == 200 || s.status == 409, s.body.constData());
            QCOMPARE(eventsWithText(s.text), s.status == 200 ? 1 : 0);
            QVERIFY(keyStored(s.key)); // the 409 is remembered too
            if (s.status == 200)
                ++wins[s.caseId];
        }
        for (const CaseRef &c : cases) {
            QCOMPARE(wins.value(c.id), 1);
            QCOMPARE(versionOf(c.id), c.version + 1);
        }
    }

    void breakCommitsOf(qint64 caseId)
    {
        // An event of this case inserts a row whose deferred foreign key is
        // checked, and fails, only at COMMIT.
        query(QStringLiteral("CREATE TABLE commit_fault (case_id BIGINT REFERENCES cases(id) "
                             "DEFERRABLE INITIALLY DEFERRED)"));
        if (m_server.database().isPostgres()) {
            query(QStringLiteral("CREATE FUNCTION commit_fault() RETURNS trigger LANGUAGE plpgsql "
                                 "AS $$BEGIN INSERT INTO commit_fault VALUES (-1); RETURN NEW; "
                                 "END$$"));
            query(QStringLiteral("CREATE TRIGGER commit_fault AFTER INSERT ON case_events FOR "
                                 "EACH ROW WHEN (NEW.case_id = %1) EXECUTE FUNCTION "
                                 "commit_fault()")
                      .arg(caseId));
        } else {
            query(QStringLiteral("CREATE TRIGGER commit_fault AFTER INSERT ON case_events WHEN "
                                 "NEW.case_id = %1 BEGIN INSERT INTO commit_fault VALUES (-1); "
                                 "END")
                      .arg(caseId));
        }
    }
    void repairCommits()
    {
        query(QStringLiteral("DROP TRIGGER commit_fault") +
              (m_server.database().isPostgres() ? QStringLiteral(" ON case_events") : QString()));
        query(QStringLiteral("DROP TABLE commit_fault"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_token = m_client->login(QStringLiteral("coordinator"));
        QVERIFY(!m_token.isEmpty());
    }

    void concurrentActionsLandExactlyOnceAndTheFeedAgrees()
    {
        const QList<CaseRef> cases = openCases(20);
        QCOMPARE(cases.size(), 20);
        const qint64 seqBefore = lastSeq();
        // Three notes on the same version of each case: one wins, two are 409.
        QList<Shot> shots = notesOn(cases, 3);
        fire(shots);
        expectOneWinPerCase(shots, cases);
        if (QTest::currentTestFailed())
            return;
        // One seq per stored change, none taken by the rolled-back or refused ones.
        QCOMPARE(lastSeq(), seqBefore + cases.size());
        const HttpResult page =
            m_client->get(QStringLiteral("feed?after=%1&limit=100").arg(seqBefore), m_token);
        QCOMPARE(page.status, 200);
        const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), cases.size());
        QSet<qint64> seen;
        qint64 previous = seqBefore;
        for (const QJsonValue &v : changes) {
            const qint64 seq = v.toObject().value(QStringLiteral("seq")).toInteger();
            const QJsonObject c = v.toObject().value(QStringLiteral("case")).toObject();
            const qint64 id = c.value(QStringLiteral("id")).toInteger();
            QVERIFY(seq > previous);
            previous = seq;
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QCOMPARE(c.value(QStringLiteral("version")).toInteger(), versionOf(id));
        }

        // Sent again with the same keys: the same answers, nothing applied twice.
        QList<Shot> again = shots;
        fire(again);
        for (qsizetype i = 0; i < shots.size(); ++i) {
            QCOMPARE(again[i].status, shots[i].status);
            QCOMPARE(again[i].body, shots[i].body);
            QCOMPARE(eventsWithText(shots[i].text), shots[i].status == 200 ? 1 : 0);
        }
        QCOMPARE(lastSeq(), seqBefore + cases.size());
    }

    void reportsTakenInMeanwhileMeetNoLock()
    {
        // The actions commit through the actions' thread's connection, the
        // reports through the HTTP thread's: two writers of one database.
        const QList<CaseRef> cases = openCases(20);
        QCOMPARE(cases.size(), 20);
        const qint64 seqBefore = lastSeq();
        QList<Shot> shots = notesOn(cases, 2);
        QNetworkAccessManager intake;
        QList<int> reports;
        takeReports(intake, 20, reports);
        fire(shots);
        QTRY_VERIFY_WITH_TIMEOUT(!reports.contains(0), 60000);

        QCOMPARE(reports, QList<int>(20, 201));
        expectOneWinPerCase(shots, cases);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(lastSeq(), seqBefore + cases.size() + reports.size());
    }

    void actionsCutOffByAStopAreAppliedOnceWhenSentAgain()
    {
        const QList<CaseRef> cases = openCases(30);
        QCOMPARE(cases.size(), 30);
        const qint64 seqBefore = lastSeq();
        QList<Shot> shots = notesOn(cases, 1);
        // Stopped as soon as one was answered: some applied and answered, some
        // applied and never answered, some never applied.
        QString error;
        bool restarted = false;
        fire(shots, 24, [&] { restarted = m_server.restart(&error); });
        QTRY_VERIFY2(restarted, qPrintable(error));
        int cutOff = 0;
        for (const Shot &s : std::as_const(shots)) {
            QVERIFY2(s.status == 200 || s.status == 0, s.body.constData());
            cutOff += s.status == 0;
        }
        qInfo("%d of %lld actions cut off by the stop", cutOff, qlonglong(shots.size()));

        QList<Shot> again = shots;
        fire(again);
        for (qsizetype i = 0; i < shots.size(); ++i) {
            QCOMPARE(again[i].status, 200);
            if (shots[i].status == 200)
                QCOMPARE(again[i].body, shots[i].body);
            QCOMPARE(eventsWithText(shots[i].text), 1);
            QCOMPARE(versionOf(shots[i].caseId), shots[i].baseVersion + 1);
        }
        QCOMPARE(lastSeq(), seqBefore + cases.size());
    }

    void aFailedCommitAnswers500ToItsGroupAndStoresNothing()
    {
        const QList<CaseRef> cases = openCases(12);
        QCOMPARE(cases.size(), 12);
        const CaseRef broken = cases.first();
        const qint64 seqBefore = lastSeq();
        breakCommitsOf(broken.id);

        // Alone: 500, and neither the change nor the answer is kept.
        QList<Shot> lone{note(broken)};
        fire(lone);
        QCOMPARE(lone[0].status, 500);
        QCOMPARE(versionOf(broken.id), broken.version);
        QCOMPARE(eventsWithText(lone[0].text), 0);
        QVERIFY(!keyStored(lone[0].key));
        QCOMPARE(lastSeq(), seqBefore);

        // With others: whoever shared its commit failed with it and kept nothing.
        QList<Shot> shots;
        for (const CaseRef &c : cases)
            shots.append(c.id == broken.id ? note(c, lone[0].key) : note(c));
        fire(shots);
        int stored = 0;
        for (const Shot &s : std::as_const(shots)) {
            QVERIFY2(s.status == 200 || s.status == 500, s.body.constData());
            const bool ok = s.status == 200;
            QCOMPARE(eventsWithText(s.text), ok ? 1 : 0);
            QCOMPARE(keyStored(s.key), ok);
            QCOMPARE(versionOf(s.caseId), s.baseVersion + (ok ? 1 : 0));
            stored += ok;
        }
        QCOMPARE(shots[0].status, 500);
        QCOMPARE(lastSeq(), seqBefore + stored);

        // Repaired, every failed action retried with its key is applied once.
        repairCommits();
        QList<Shot> retried;
        for (const Shot &s : std::as_const(shots))
            if (s.status == 500)
                retried.append(s);
        fire(retried);
        for (const Shot &s : std::as_const(retried)) {
            QCOMPARE(s.status, 200);
            QCOMPARE(eventsWithText(s.text), 1);
            QCOMPARE(versionOf(s.caseId), s.baseVersion + 1);
        }
        QCOMPARE(lastSeq(), seqBefore + cases.size());
    }
};

QTEST_GUILESS_MAIN(TestApiGroupCommit)
#include "tst_api_group_commit.moc"
