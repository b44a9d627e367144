// The reporter's phone number against the real server over HTTPS: every
// case JSON (feed pages, case detail) carries it masked for every role, read
// as raw bytes; the full number is only in the answer to reveal_contact,
// each reveal once in the case's history; staff of another unit get the same
// answer as for a case that does not exist; and migration 15 rewrites feed
// JSON stored with the full number by an older server.

#include "AdminTestSupport.h"
#include "domain/PhoneMask.h"

#include <QSqlQuery>
#include <QTest>

using namespace admintest;
using pakn::maskedPhone;

class TestPhoneReveal : public QObject
{
    Q_OBJECT

    TestServer m_server{40};
    std::unique_ptr<TestClient> m_client;
    QHash<QString, QByteArray> m_tokens; // login → token

    // Every stored phone number, by case.
    QHash<qint64, QString> storedPhones()
    {
        QHash<qint64, QString> phones;
        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT id, reporter_phone FROM cases WHERE reporter_phone <> ''"));
        while (q.next())
            phones.insert(q.value(0).toLongLong(), q.value(1).toString());
        return phones;
    }

    // The first number of `phones` in `bytes`, or empty when there is none.
    static QString anyPhoneIn(const QByteArray &bytes, const QHash<qint64, QString> &phones)
    {
        for (const QString &phone : phones)
            if (bytes.contains(phone.toUtf8()))
                return phone;
        return {};
    }

    qint64 reveals(qint64 caseId)
    {
        QSqlQuery q(m_server.database().connection());
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM case_events WHERE case_id = ? AND action = 'reveal_contact'"));
        q.addBindValue(caseId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    CaseRef kimMaCaseWithPhone()
    {
        return findCase(m_server, QStringLiteral("u.name = 'Phường Kim Mã' AND c.reporter_phone "
                                                 "<> '' AND c.status = 'in_progress'"));
    }

    QByteArray token(const QString &login) const { return m_tokens.value(login); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        for (const char *login :
             {"coordinator", "leader", "officer", "supervisor", "admin", "leader2"}) {
            const QString name = QString::fromLatin1(login);
            m_tokens.insert(name, m_client->login(name));
            QVERIFY2(!m_tokens.value(name).isEmpty(), login);
        }
    }

    void feedAndCaseJsonNeverHaveTheNumber()
    {
        const QHash<qint64, QString> phones = storedPhones();
        QVERIFY(phones.size() > 10);
        int casesRead = 0;
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
            const HttpResult feed =
                m_client->get(QStringLiteral("feed?after=0&limit=1000"), it.value());
            if (feed.status != 200)
                continue; // a role without cases
            QVERIFY2(anyPhoneIn(feed.body, phones).isEmpty(), qPrintable(it.key()));
            const QJsonArray changes = feed.json.value(QStringLiteral("changes")).toArray();
            for (const QJsonValue &change : changes) {
                const QJsonObject c = change[QStringLiteral("case")].toObject();
                const qint64 id = c.value(QStringLiteral("id")).toInteger();
                if (!phones.contains(id))
                    continue;
                QCOMPARE(c.value(QStringLiteral("reporterPhone")).toString(),
                         maskedPhone(phones.value(id)));
                const HttpResult detail =
                    m_client->get(QStringLiteral("cases/%1").arg(id), it.value());
                QCOMPARE(detail.status, 200);
                QVERIFY2(anyPhoneIn(detail.body, phones).isEmpty(),
                         qPrintable(QStringLiteral("%1, case %2").arg(it.key()).arg(id)));
                ++casesRead;
            }
        }
        QVERIFY(casesRead > 10);
    }

    void theRevealAnswerHasItAndTheHistoryHasEachReveal()
    {
        const CaseRef work = kimMaCaseWithPhone();
        QVERIFY(work.id);
        const QString phone = storedPhones().value(work.id);
        const qint64 before = reveals(work.id);
        const QString key = QStringLiteral("reveal-%1").arg(work.id);
        const HttpResult r = m_client->act(token(QStringLiteral("officer")), work.id,
                                           QStringLiteral("reveal_contact"), work.version, {}, key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("reporterPhone")).toString(), phone);
        const QJsonObject c = r.json.value(QStringLiteral("case")).toObject();
        QCOMPARE(c.value(QStringLiteral("reporterPhone")).toString(), maskedPhone(phone));
        const QJsonObject last = c.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("reveal_contact"));
        QCOMPARE(reveals(work.id), before + 1);
        // The number appears once in the answer: at its top level.
        QCOMPARE(r.body.count(phone.toUtf8()), 1);

        // The same key again is the same reveal: its answer, no second event.
        const HttpResult replay =
            m_client->act(token(QStringLiteral("officer")), work.id,
                          QStringLiteral("reveal_contact"), work.version, {}, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, r.body);
        QCOMPARE(reveals(work.id), before + 1);

        // Another reveal (the leader's) is another line of the history.
        const HttpResult again = m_client->act(token(QStringLiteral("leader")), work.id,
                                               QStringLiteral("reveal_contact"),
                                               c.value(QStringLiteral("version")).toInteger());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("reporterPhone")).toString(), phone);
        QCOMPARE(reveals(work.id), before + 2);

        // The feed after the reveals still has it masked.
        const HttpResult feed = m_client->get(QStringLiteral("feed?after=0&limit=1000"),
                                              token(QStringLiteral("officer")));
        QCOMPARE(feed.status, 200);
        QVERIFY(!feed.body.contains(phone.toUtf8()));
    }

    void anotherUnitsStaffGetTheAnswerForAMissingCase()
    {
        const CaseRef work = kimMaCaseWithPhone();
        QVERIFY(work.id);
        const QString phone = storedPhones().value(work.id);
        const qint64 before = reveals(work.id);
        const QByteArray other = token(QStringLiteral("leader2")); // Phường Ngọc Hà
        const HttpResult refused =
            m_client->act(other, work.id, QStringLiteral("reveal_contact"), work.version);
        const HttpResult missing =
            m_client->act(other, 99999999, QStringLiteral("reveal_contact"), work.version);
        QCOMPARE(refused.status, 404);
        QCOMPARE(refused.body, missing.body);
        QVERIFY(!refused.body.contains(phone.toUtf8()));
        QCOMPARE(reveals(work.id), before);
        // Nor does a reveal with an outdated version show it (409 carries the case, masked).
        const HttpResult stale = m_client->act(token(QStringLiteral("officer")), work.id,
                                               QStringLiteral("reveal_contact"), work.version - 1);
        QCOMPARE(stale.status, 409);
        QVERIFY(!stale.body.contains(phone.toUtf8()));
        QCOMPARE(reveals(work.id), before);
    }

    void migrationRewritesFeedJsonStoredWithTheNumber()
    {
        const CaseRef work = kimMaCaseWithPhone();
        QVERIFY(work.id);
        const QString phone = storedPhones().value(work.id);
        QSqlDatabase db = m_server.database().connection();
        // What an older server stored: the feed JSON with the full number, current for its seq.
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT feed_json FROM cases WHERE id = ?"));
            q.addBindValue(work.id);
            QVERIFY(q.exec() && q.next());
            QByteArray old = q.value(0).toByteArray();
            const QByteArray masked = "\"reporterPhone\":\"" + maskedPhone(phone).toUtf8() + '"';
            QVERIFY(old.contains(masked));
            const QByteArray full = "\"reporterPhone\":\"" + phone.toUtf8() + '"';
            old.replace(masked, full);
            QSqlQuery seed(db);
            seed.prepare(QStringLiteral("UPDATE cases SET feed_json = ? WHERE id = ?"));
            seed.addBindValue(old);
            seed.addBindValue(work.id);
            QVERIFY(seed.exec());
            QVERIFY(seed.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 15")));
        }
        const QString detail = QStringLiteral("cases/%1").arg(work.id);
        QVERIFY(
            m_client->get(detail, token(QStringLiteral("officer"))).body.contains(phone.toUtf8()));

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        db = m_server.database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next());
        QVERIFY(q.value(0).toInt() >= 15);
        // Every row's bytes written again for its seq, none with a number.
        const QHash<qint64, QString> phones = storedPhones();
        QVERIFY(q.exec(QStringLiteral("SELECT id, feed_json_seq = seq, feed_json FROM cases")));
        int rows = 0;
        while (q.next()) {
            QVERIFY2(q.value(1).toBool(), qPrintable(q.value(0).toString()));
            QVERIFY2(anyPhoneIn(q.value(2).toByteArray(), phones).isEmpty(),
                     qPrintable(q.value(0).toString()));
            ++rows;
        }
        QVERIFY(rows >= 40);
        const QByteArray officer = m_client->login(QStringLiteral("officer"));
        const HttpResult after = m_client->get(detail, officer);
        QCOMPARE(after.status, 200);
        QVERIFY(!after.body.contains(phone.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestPhoneReveal)
#include "tst_phone_reveal.moc"
