// Unit administration over the API: merge (cases carried with their history,
// tombstones for the old unit, the surviving unit sees them), move (no
// cycles), create/rename, and 403 for everyone but administrators.

#include "AdminTestSupport.h"

#include "storage/CaseRepository.h"

#include <QTest>

using namespace admintest;
using namespace pakn;
using namespace pakn::server;

class TestAdminUnits : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;

    QString s(const char *text) const { return QString::fromUtf8(text); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(300);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(*m_server);
        m_admin = m_client->login(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void mergeCarriesEveryCaseWithItsHistory()
    {
        const qint64 kimMa = unitId(*m_client, m_admin, s("Phường Kim Mã"));
        const qint64 hangBac = unitId(*m_client, m_admin, s("Phường Hàng Bạc"));
        QVERIFY(kimMa > 0 && hangBac > 0);

        CaseRepository cases(m_server->database().connection());
        const QList<CaseId> ids = cases.idsInUnit(kimMa);
        QVERIFY(ids.size() > 5);
        QHash<CaseId, Case> before;
        bool someOpen = false;
        for (CaseId id : ids) {
            before.insert(id, *cases.find(id));
            someOpen = someOpen || isOpen(before.value(id).status);
        }
        QVERIFY(someOpen);

        // The Ba Đình supervisor's client is in sync before the merge.
        const QByteArray supervisor = m_client->login(QStringLiteral("supervisor"));
        const FeedRead synced = readFeed(*m_client, supervisor, 0);
        QVERIFY(synced.ok);
        for (CaseId id : ids)
            QVERIFY(synced.cases.contains(id));
        const QByteArray officer = m_client->login(QStringLiteral("officer"));

        const HttpResult merged = m_client->post(QStringLiteral("admin/units/%1/merge").arg(kimMa),
                                                 {{QStringLiteral("intoId"), hangBac}}, m_admin);
        QCOMPARE(merged.status, 200);
        QCOMPARE(merged.json.value(QStringLiteral("movedCases")).toInteger(), ids.size());

        QVERIFY(cases.idsInUnit(kimMa).isEmpty());
        for (CaseId id : ids) {
            const Case was = before.value(id);
            const auto now = cases.find(id);
            QVERIFY(now);
            QCOMPARE(now->unitId, hangBac);
            QCOMPARE(now->status, was.status);
            QCOMPARE(now->version, was.version + 1);
            QCOMPARE(now->history.size(), was.history.size() + 1);
            QCOMPARE(now->history.mid(0, was.history.size()), was.history); // untouched
            const CaseEvent &event = now->history.last();
            QCOMPARE(event.action, QStringLiteral("merge_unit"));
            QCOMPARE(event.detail, s("Phường Kim Mã → Phường Hàng Bạc"));
        }

        // The old unit's clients drop the cases...
        const FeedRead later = readFeed(*m_client, supervisor, synced.cursor);
        QVERIFY(later.ok);
        for (CaseId id : ids)
            QVERIFY2(later.removed.contains(id), qPrintable(QString::number(id)));
        // ...the surviving unit's leader sees them...
        const QString leaderLogin = loginOf(*m_client, m_admin, QStringLiteral("leader"), hangBac);
        QVERIFY(!leaderLogin.isEmpty());
        const QByteArray leader = m_client->login(leaderLogin);
        const FeedRead survivors = readFeed(*m_client, leader, 0);
        for (CaseId id : ids)
            QCOMPARE(survivors.cases.value(id).value(QStringLiteral("unitId")).toInteger(),
                     hangBac);
        // ...and so do Kim Mã's staff, who moved with them.
        const HttpResult me = m_client->get(QStringLiteral("me"), officer);
        QCOMPARE(me.json[QStringLiteral("user")][QStringLiteral("unitId")].toInteger(), hangBac);
        QCOMPARE(m_client->get(QStringLiteral("cases/%1").arg(ids.first()), officer).status, 200);

        // The merged unit is no routing target any more.
        const HttpResult units = m_client->get(QStringLiteral("units"), officer);
        for (const QJsonValue &v : units.json.value(QStringLiteral("units")).toArray())
            QVERIFY(v[QStringLiteral("id")].toInteger() != kimMa);
        for (const QJsonValue &v : m_client->get(QStringLiteral("admin/units"), m_admin)
                                       .json[QStringLiteral("units")]
                                       .toArray())
            if (v[QStringLiteral("id")].toInteger() == kimMa) {
                QCOMPARE(v[QStringLiteral("active")].toBool(), false);
                QCOMPARE(v[QStringLiteral("mergedInto")].toInteger(), hangBac);
            }
        // Merging it again, or into it, is refused.
        QCOMPARE(m_client
                     ->post(QStringLiteral("admin/units/%1/merge").arg(kimMa),
                            {{QStringLiteral("intoId"), hangBac}}, m_admin)
                     .status,
                 409);
    }

    void mergeRefusesItselfAndItsOwnSubtree()
    {
        const qint64 baDinh = unitId(*m_client, m_admin, s("Quận Ba Đình"));
        const qint64 kimMa = unitId(*m_client, m_admin, s("Phường Kim Mã"));
        const auto merge = [&](qint64 from, qint64 into) {
            return m_client->post(QStringLiteral("admin/units/%1/merge").arg(from),
                                  {{QStringLiteral("intoId"), into}}, m_admin);
        };
        QCOMPARE(merge(baDinh, kimMa).errorCode(), QStringLiteral("invalid_params"));
        QCOMPARE(merge(kimMa, kimMa).errorCode(), QStringLiteral("invalid_params"));
        QCOMPARE(merge(kimMa, 999999).status, 404);
    }

    void moveRefusesACycle()
    {
        const qint64 baDinh = unitId(*m_client, m_admin, s("Quận Ba Đình"));
        const qint64 hoanKiem = unitId(*m_client, m_admin, s("Quận Hoàn Kiếm"));
        const qint64 kimMa = unitId(*m_client, m_admin, s("Phường Kim Mã"));
        const auto move = [&](qint64 id, qint64 parent) {
            return m_client->post(QStringLiteral("admin/units/%1/move").arg(id),
                                  {{QStringLiteral("parentId"), parent}}, m_admin);
        };
        QCOMPARE(move(baDinh, kimMa).status, 422);
        QCOMPARE(move(baDinh, baDinh).status, 422);
        const HttpResult moved = move(kimMa, hoanKiem);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json[QStringLiteral("unit")][QStringLiteral("parentId")].toInteger(),
                 hoanKiem);
        // The supervisor of Ba Đình no longer sees Kim Mã's cases.
        const QByteArray supervisor = m_client->login(QStringLiteral("supervisor"));
        CaseRepository cases(m_server->database().connection());
        const CaseId kimMaCase = cases.idsInUnit(kimMa).value(0);
        QVERIFY(kimMaCase > 0);
        QCOMPARE(m_client->get(QStringLiteral("cases/%1").arg(kimMaCase), supervisor).status, 404);
    }

    void createAndRename()
    {
        const qint64 baDinh = unitId(*m_client, m_admin, s("Quận Ba Đình"));
        const HttpResult created = m_client->post(QStringLiteral("admin/units"),
                                                  {{QStringLiteral("name"), s("Phường Mới")},
                                                   {QStringLiteral("kind"), QStringLiteral("ward")},
                                                   {QStringLiteral("parentId"), baDinh}},
                                                  m_admin);
        QCOMPARE(created.status, 200);
        const qint64 id = created.json[QStringLiteral("unit")][QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        QCOMPARE(m_client
                     ->post(QStringLiteral("admin/units/%1/rename").arg(id),
                            {{QStringLiteral("name"), s("Phường Mới 2")}}, m_admin)
                     .status,
                 200);
        QCOMPARE(unitId(*m_client, m_admin, s("Phường Mới 2")), id);
        QCOMPARE(m_client
                     ->post(QStringLiteral("admin/units"),
                            {{QStringLiteral("name"), s("X")},
                             {QStringLiteral("kind"), QStringLiteral("galaxy")},
                             {QStringLiteral("parentId"), baDinh}},
                            m_admin)
                     .status,
                 422);
        QCOMPARE(m_client
                     ->post(QStringLiteral("admin/units/%1/rename").arg(id),
                            {{QStringLiteral("name"), QStringLiteral("  ")}}, m_admin)
                     .status,
                 422);
        QCOMPARE(m_client->postRaw(QStringLiteral("admin/units"), "{oops", m_admin).status, 400);
    }

    void onlyAdministratorsMayAdminister()
    {
        const QList<std::pair<QString, bool>> endpoints = {
            {QStringLiteral("admin/units"), false},
            {QStringLiteral("admin/users"), false},
            {QStringLiteral("admin/units"), true},
            {QStringLiteral("admin/units/5/rename"), true},
            {QStringLiteral("admin/units/5/move"), true},
            {QStringLiteral("admin/units/5/merge"), true},
            {QStringLiteral("admin/users"), true},
            {QStringLiteral("admin/users/officer/disable"), true},
            {QStringLiteral("admin/users/officer/enable"), true},
            {QStringLiteral("admin/users/officer/reset-password"), true},
            {QStringLiteral("admin/users/officer/role"), true},
        };
        for (const QString &login : {QStringLiteral("coordinator"), QStringLiteral("leader"),
                                     QStringLiteral("officer"), QStringLiteral("supervisor")}) {
            const QByteArray token = m_client->login(login);
            QVERIFY(!token.isEmpty());
            for (const auto &[path, post] : endpoints) {
                const HttpResult r =
                    post ? m_client->post(path, {{QStringLiteral("intoId"), 6}}, token)
                         : m_client->get(path, token);
                QVERIFY2(r.status == 403, qPrintable(login + QLatin1Char(' ') + path));
                QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            }
        }
        QCOMPARE(m_client->get(QStringLiteral("admin/units")).status, 401);
        // Nothing changed: the officer still logs in with the demo password.
        QVERIFY(!m_client->login(QStringLiteral("officer")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminUnits)
#include "tst_admin_units.moc"
