// The whole rule table walked over HTTPS on demo data (see WorkflowWalker):
// every (action, role, status) is either allowed and works end to end, or is
// refused by the server exactly as WorkflowRules::check() says. Fails, rather
// than skips, for an action or role that WalkTables has no entry for.

#include "AdminTestSupport.h"
#include "WorkflowWalker.h"

#include <QLoggingCategory>
#include <QTest>

using namespace pakn;

class TestWorkflowWalk : public QObject
{
    Q_OBJECT

    TestServer m_server{600};
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<WorkflowWalker> m_walker;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("pakn.*.debug=false\npakn.*.info=false"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        const QByteArray admin = m_client->login(QStringLiteral("admin"));
        QVERIFY(!admin.isEmpty());
        // A second officer in each ward, so that every case has an officer who
        // sees it without being its assignee.
        walk::World world;
        QHash<QString, QString> passwords;
        const QList<std::pair<QString, QString>> wards = {
            {QStringLiteral("Phường Kim Mã"), QStringLiteral("walk.officer.kim-ma")},
            {QStringLiteral("Phường Ngọc Hà"), QStringLiteral("walk.officer.ngoc-ha")}};
        for (const auto &[name, login] : wards) {
            const qint64 unit = admintest::unitId(*m_client, admin, name);
            world.unitIds.insert(name, unit);
            passwords.insert(login, QStringLiteral("walk-secret-1"));
            const HttpResult made =
                m_client->post(QStringLiteral("admin/users"),
                               {{QStringLiteral("login"), login},
                                {QStringLiteral("displayName"), QStringLiteral("Bùi Văn Thử")},
                                {QStringLiteral("role"), QStringLiteral("officer")},
                                {QStringLiteral("unitId"), unit},
                                {QStringLiteral("password"), passwords.value(login)}},
                               admin);
            QVERIFY2(made.status == 200, made.body.constData());
        }
        for (const QJsonValue &v : m_client->get(QStringLiteral("admin/users"), admin)
                                       .json[QStringLiteral("users")]
                                       .toArray())
            world.accounts << v.toObject();
        world.now = m_server.now();
        m_walker = std::make_unique<WorkflowWalker>(m_server, *m_client, world, passwords);
        QVERIFY(m_walker->load());
    }

    void everyActionAndRoleHasAnEntry()
    {
        for (CaseAction action : allActions())
            QVERIFY2(walk::parameters().contains(toCode(action)),
                     qPrintable(QStringLiteral("WalkTables has no parameters for action ") +
                                toCode(action)));
        for (Role role : allRoles())
            QVERIFY2(
                !m_walker->loginsOf(role).isEmpty(),
                qPrintable(QStringLiteral("WalkTables has no account for role ") + toCode(role)));
    }

    void walkTheWholeRuleTable()
    {
        m_walker->walkAll();
        qInfo().noquote() << m_walker->summary();
        QVERIFY2(m_walker->failures().isEmpty(),
                 qPrintable(m_walker->failures().join(QLatin1Char('\n'))));
    }

    // Each allowed action above stored its case's feed JSON from the case in
    // memory (CaseActionService::save): exactly what the rows give when read back.
    void everyStoredFeedJsonIsWhatTheRowsGive()
    {
        int stale = -1;
        const QStringList mismatches = feedJsonMismatches(m_server, &stale);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String(", "))));
        // Only the cases load() forced into a status behind the server's back
        // (and that no action changed since) may be stale.
        QVERIFY(m_walker->forcedCases() > 0);
        QVERIFY2(stale <= m_walker->forcedCases(), qPrintable(QString::number(stale)));
    }

    void cleanupTestCase()
    {
        m_walker.reset();
        m_client.reset();
    }
};

QTEST_GUILESS_MAIN(TestWorkflowWalk)
#include "tst_workflow_walk.moc"
