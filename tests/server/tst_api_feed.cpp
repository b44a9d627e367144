#include "ServerTestSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {
struct Synced
{
    QSet<qint64> cases;
    QList<qint64> removed;
    QHash<qint64, QJsonObject> latest;
    qint64 cursor = 0;
    int pages = 0;
    bool ok = true;
};
} // namespace

class TestApiFeed : public QObject
{
    Q_OBJECT

    TestServer m_server{300};
    std::unique_ptr<TestClient> m_client;

    // Pulls the feed from `after` until more is false, checking each page.
    Synced sync(const QByteArray &token, qint64 after = 0, int limit = 7)
    {
        Synced s;
        s.cursor = after;
        for (bool more = true; more && s.ok;) {
            const HttpResult page = m_client->get(
                QStringLiteral("feed?after=%1&limit=%2").arg(s.cursor).arg(limit), token);
            if (page.status != 200) {
                s.ok = false;
                break;
            }
            const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
            s.ok = changes.size() <= limit;
            qint64 previous = s.cursor;
            for (const QJsonValue &v : changes) {
                const QJsonObject change = v.toObject();
                const qint64 seq = change.value(QStringLiteral("seq")).toInteger();
                s.ok = s.ok && seq > previous;
                previous = seq;
                if (change.contains(QStringLiteral("removed"))) {
                    s.removed.append(change.value(QStringLiteral("removed")).toInteger());
                    continue;
                }
                const QJsonObject c = change.value(QStringLiteral("case")).toObject();
                const qint64 id = c.value(QStringLiteral("id")).toInteger();
                s.ok = s.ok && !s.cases.contains(id) && c.contains(QStringLiteral("history"));
                s.cases.insert(id);
                s.latest.insert(id, c);
            }
            const qint64 cursor = page.json.value(QStringLiteral("cursor")).toInteger();
            s.ok = s.ok && cursor >= s.cursor && (changes.isEmpty() || cursor == previous);
            s.cursor = cursor;
            more = page.json.value(QStringLiteral("more")).toBool();
            ++s.pages;
        }
        return s;
    }

    QSet<qint64> casesWhere(const QString &where)
    {
        QSet<qint64> ids;
        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT c.id FROM cases c LEFT JOIN units u ON u.id = c.unit_id "
                              "LEFT JOIN units p ON p.id = u.parent_id WHERE ") +
               where);
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
    }

    void pagesHoldEveryCaseInScopeExactlyOnce()
    {
        const QList<std::pair<QString, QString>> who = {
            {QStringLiteral("officer"), QStringLiteral("u.name = 'Phường Kim Mã'")},
            {QStringLiteral("leader2"), QStringLiteral("u.name = 'Phường Ngọc Hà'")},
            {QStringLiteral("supervisor"),
             QStringLiteral("u.name = 'Quận Ba Đình' OR p.name = 'Quận Ba Đình'")},
            {QStringLiteral("coordinator"), QStringLiteral("1 = 1")},
        };
        for (const auto &[login, where] : who) {
            const Synced s = sync(m_client->login(login));
            QVERIFY2(s.ok, qPrintable(login));
            QCOMPARE(s.cases, casesWhere(where));
            QVERIFY(s.pages > 1);
        }
        // The demo moved a case from Ngọc Hà to Kim Mã: Ngọc Hà was told to drop it.
        QVERIFY(!sync(m_client->login(QStringLiteral("officer2"))).removed.isEmpty());
    }

    void theDefaultPageIsLarge()
    {
        const HttpResult r =
            m_client->get(QStringLiteral("feed"), m_client->login(QStringLiteral("admin")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), 300);
        QCOMPARE(r.json.value(QStringLiteral("more")).toBool(), false);
    }

    void badParametersAreRefused()
    {
        const QByteArray token = m_client->login(QStringLiteral("officer"));
        for (const char *query :
             {"feed?limit=0", "feed?limit=1001", "feed?after=-1", "feed?after=abc"})
            QCOMPARE(m_client->get(QString::fromLatin1(query), token).status, 400);
        const HttpResult empty = m_client->get(QStringLiteral("feed?after=999999999"), token);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json.value(QStringLiteral("cursor")).toInteger(), 999999999);
        QVERIFY(empty.json.value(QStringLiteral("changes")).toArray().isEmpty());
    }

    void aTransferredCaseLeavesATombstoneBehind()
    {
        const QByteArray leader = m_client->login(QStringLiteral("leader"));
        const QByteArray officer = m_client->login(QStringLiteral("officer"));
        const QByteArray leader2 = m_client->login(QStringLiteral("leader2"));
        const QByteArray supervisor = m_client->login(QStringLiteral("supervisor"));
        const Synced kimMa = sync(leader);
        const Synced kimMaOfficer = sync(officer);
        const Synced ngocHa = sync(leader2);
        const Synced district = sync(supervisor);

        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT c.id, c.version, (SELECT id FROM units WHERE name = 'Phường "
                              "Ngọc Hà') FROM cases c JOIN units u ON u.id = c.unit_id WHERE "
                              "u.name = 'Phường Kim Mã' AND c.status = 'pending_acceptance' "
                              "ORDER BY c.id LIMIT 1"));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const qint64 version = q.value(1).toLongLong();
        const qint64 ngocHaUnit = q.value(2).toLongLong();
        q.finish(); // an unfinished read would hold this connection on an old snapshot
        const HttpResult moved = m_client->act(
            leader, id, QStringLiteral("transfer"), version,
            {{QStringLiteral("unitId"), ngocHaUnit},
             {QStringLiteral("reason"), QStringLiteral("Địa điểm thuộc phường Ngọc Hà")}});
        QVERIFY2(moved.status == 200, moved.body.constData());

        for (const Synced *before : {&kimMa, &kimMaOfficer}) {
            const Synced after = sync(before == &kimMa ? leader : officer, before->cursor);
            QVERIFY(after.ok);
            QCOMPARE(after.removed, QList<qint64>{id});
            QVERIFY(after.cases.isEmpty());
        }
        const Synced gained = sync(leader2, ngocHa.cursor);
        QCOMPARE(gained.cases, QSet<qint64>{id});
        QVERIFY(gained.removed.isEmpty());
        QCOMPARE(gained.latest.value(id).value(QStringLiteral("unitName")).toString(),
                 QStringLiteral("Phường Ngọc Hà"));
        QCOMPARE(gained.latest.value(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending_acceptance"));
        // Within the district nothing left the scope: the case is just updated.
        const Synced stays = sync(supervisor, district.cursor);
        QCOMPARE(stays.cases, QSet<qint64>{id});
        QVERIFY(stays.removed.isEmpty());
        // And its old unit's officer can no longer read it.
        QCOMPARE(m_client->get(QStringLiteral("cases/%1").arg(id), officer).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestApiFeed)
#include "tst_api_feed.moc"
