// Each case's stored feed JSON (CaseFeedJson) against the real server over
// HTTPS: after a change of every kind the stored bytes are exactly what
// CaseJsonWriter writes from the case's rows, and GET /feed and GET /cases/{id}
// send exactly those bytes; a renamed unit's cases are built afresh until a
// restart writes them again.

#include "ServerTestSupport.h"
#include "TestFiles.h"
#include "http/CaseJsonWriter.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace pakn;
using namespace pakn::server;

namespace {
QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestCaseFeedJson : public QObject
{
    Q_OBJECT

    TestServer m_server{40};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_officer, m_coordinator, m_admin;

    // What the feed sent before the bytes were stored: the case written from its rows.
    QByteArray fromRows(CaseId id) { return feedJsonFromRows(m_server, id); }

    // Every case whose bytes are written for its seq equals fromRows().
    void expectStoredBytesCurrent(int *stale)
    {
        const QStringList mismatches = feedJsonMismatches(m_server, stale);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String(", "))));
    }

    // The whole feed from `after`, byte for byte what it was when every page
    // was written from the rows.
    void expectFeedFromRows(qint64 after)
    {
        const HttpResult r =
            m_client->get(QStringLiteral("feed?after=%1&limit=1000").arg(after), m_admin);
        QCOMPARE(r.status, 200);
        JsonWriter w;
        w.beginObject();
        w.key(QLatin1StringView("changes")).beginArray();
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        for (const QJsonValue &each : changes) {
            const QJsonObject change = each.toObject();
            w.beginObject();
            w.member(QLatin1StringView("seq"), change.value(QStringLiteral("seq")).toInteger());
            const qint64 id = change.value(QStringLiteral("case"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
            w.key(QLatin1StringView("case")).raw(fromRows(id));
            w.endObject();
        }
        w.endArray();
        w.member(QLatin1StringView("cursor"), r.json.value(QStringLiteral("cursor")).toInteger());
        w.key(QLatin1StringView("more")).value(r.json.value(QStringLiteral("more")).toBool());
        w.endObject();
        QCOMPARE(r.body, w.take());
    }

    void expectDetailFromRows(CaseId id)
    {
        const HttpResult r = m_client->get(QStringLiteral("cases/%1").arg(id), m_officer);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArrayLiteral("{\"case\":") + fromRows(id) + '}');
    }

    qint64 lastSeq()
    {
        QSqlQuery q(m_server.database().connection());
        return q.exec(QStringLiteral("SELECT MAX(seq) FROM cases")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    CaseRef officersWork()
    {
        return findCase(m_server,
                        QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = 'in_progress'"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_officer = m_client->login(QStringLiteral("officer"));
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        m_admin = m_client->login(QStringLiteral("admin"));
        QVERIFY(!m_officer.isEmpty() && !m_coordinator.isEmpty() && !m_admin.isEmpty());
    }

    void theSeededCasesHaveTheirBytes()
    {
        int stale = -1;
        expectStoredBytesCurrent(&stale);
        QCOMPARE(stale, 0);
        expectFeedFromRows(0);
    }

    void everyKindOfChangeRewritesThem()
    {
        const qint64 before = lastSeq();
        const CaseRef work = officersWork();
        QVERIFY(work.id);
        // An action with a new event.
        QCOMPARE(m_client
                     ->act(m_officer, work.id, QStringLiteral("note"), work.version,
                           {{QStringLiteral("text"), QStringLiteral("Đã kiểm tra \"ổ gà\"")}})
                     .status,
                 200);
        // A new attachment, then its withdrawal.
        const QString attachment = freshId();
        const QString path = QStringLiteral("cases/%1/attachments/%2?purpose=evidence&name=a.jpg")
                                 .arg(work.id)
                                 .arg(attachment);
        QCOMPARE(m_client->sendBytes("PUT", path, m_officer, testfiles::jpeg(64, 48)).status, 201);
        expectDetailFromRows(work.id);
        QCOMPARE(m_client
                     ->send("DELETE",
                            QStringLiteral("cases/%1/attachments/%2").arg(work.id).arg(attachment),
                            m_officer)
                     .status,
                 200);
        // A case routed to a unit: its unit's name comes from the join.
        const CaseRef fresh =
            findCase(m_server, QStringLiteral("c.status = 'new' AND c.unit_id = 0"));
        QVERIFY(fresh.id);
        const CaseRef kimMa = findCase(m_server, QStringLiteral("u.name = 'Phường Kim Mã'"));
        QSqlQuery unit(m_server.database().connection());
        QVERIFY(
            unit.exec(QStringLiteral("SELECT unit_id FROM cases WHERE id = %1").arg(kimMa.id)) &&
            unit.next());
        const qint64 kimMaUnit = unit.value(0).toLongLong();
        unit.finish(); // an unfinished read would hold this connection on an old snapshot
        QCOMPARE(m_client
                     ->act(m_coordinator, fresh.id, QStringLiteral("route"), fresh.version,
                           {{QStringLiteral("unitId"), kimMaUnit}})
                     .status,
                 200);
        // A new case taken in by staff.
        QCOMPARE(m_client
                     ->post(QStringLiteral("cases"),
                            {{QStringLiteral("key"), freshId()},
                             {QStringLiteral("channel"), QStringLiteral("walk_in")},
                             {QStringLiteral("description"), QStringLiteral("Cống bị tắc")}},
                            m_coordinator)
                     .status,
                 201);

        int stale = -1;
        expectStoredBytesCurrent(&stale);
        QCOMPARE(stale, 0);
        expectFeedFromRows(before);
        expectDetailFromRows(work.id);
    }

    void aRenamedUnitsCasesAreBuiltAfreshThenRewrittenAtStart()
    {
        const CaseRef work = officersWork();
        QSqlQuery q(m_server.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT unit_id FROM cases WHERE id = %1").arg(work.id)) &&
                q.next());
        const qint64 unit = q.value(0).toLongLong();
        q.finish();
        const HttpResult renamed = m_client->post(
            QStringLiteral("admin/units/%1/rename").arg(unit),
            {{QStringLiteral("name"), QStringLiteral("Phường Kim Mã Mới")}}, m_admin);
        QVERIFY2(renamed.status == 200, renamed.body.constData());

        int stale = -1;
        expectStoredBytesCurrent(&stale);
        QVERIFY(stale > 0);
        expectFeedFromRows(0);
        expectDetailFromRows(work.id);
        QVERIFY(fromRows(work.id).contains("Phường Kim Mã Mới"));

        // What a migrated database gets at start-up too: every missing JSON written.
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        expectStoredBytesCurrent(&stale);
        QCOMPARE(stale, 0);
        expectDetailFromRows(work.id);
    }
};

QTEST_GUILESS_MAIN(TestCaseFeedJson)
#include "tst_casefeedjson.moc"
