// Issue 9, "Faults", fourth point: the client's profile and cache on a small
// tmpfs that a filler file makes full. The first sync, a later delta sync
// with a queued action, a new local action and an autosave then fail with
// words that say the disk is full (the engine's state, and `pakn sync`'s
// output and exit code); the cache passes PRAGMA integrity_check, nothing
// queued is lost; once the filler is gone the next sync brings the cache to
// the server's state and the action is on the server once.
//
// The tmpfs is mounted in a private mount namespace: the test runs itself
// again under `unshare --user --map-root-user --mount` (as root, where the
// kernel refuses user namespaces, `unshare --mount`); it skips, saying why,
// when neither can mount.

#include "InstanceRequests.h"
#include "PaknRun.h"
#include "ScopeDifference.h"

#include "cache/AutosavedDrafts.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

using namespace synctest;

namespace {

QString integrity(const Client &c)
{
    QSqlQuery q(c.cache->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

bool saysDiskFull(const QString &message)
{
    return message.contains(QLatin1String("disk")) && message.contains(QLatin1String("full"));
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    ServerProcess m_server{60};
    std::unique_ptr<InstanceRequests> m_http;
    QTemporaryDir m_base;
    QString m_mount;
    QString m_filler;
    QByteArray m_leaderToken;

    // Writes the filler until the tmpfs has no byte left.
    void fill()
    {
        QFile f(m_filler);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
        for (const qint64 chunk : {qint64(1) << 20, qint64(4096), qint64(1)}) {
            const QByteArray zeros(chunk, '\0');
            while (f.write(zeros) == chunk && f.flush()) {
            }
        }
        f.close();
        QFile probe(m_mount + QStringLiteral("/probe"));
        QVERIFY(!probe.open(QIODevice::WriteOnly) || probe.write("x") < 1 || !probe.flush());
        probe.remove();
    }
    void makeRoom() { QVERIFY(QFile::remove(m_filler)); }

    QHash<qint64, QJsonObject> serverScope()
    {
        QString error;
        const auto cases = m_http->scope(0, m_leaderToken, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return cases;
    }

    std::unique_ptr<Client> leaderOnTheTmpfs()
    {
        auto c = std::make_unique<Client>(m_server, QStringLiteral("leader"), m_mount);
        const LoginResult r = logIn(c->profile, QStringLiteral("demo"));
        if (!r.ok) {
            qWarning("login failed: %s", qPrintable(r.message));
            return nullptr;
        }
        c->openCache();
        c->makeEngine();
        return c;
    }

    // The WAL emptied and truncated (as after a restart), so that a write must grow a file.
    static void truncateWal(const Client &c)
    {
        QSqlQuery q(c.cache->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    void convergesAfterRoom(Client &c)
    {
        makeRoom();
        const Round r = runRound(*c.engine);
        QVERIFY2(r.casesChanged >= 0, qPrintable(r.message));
        QCOMPARE(int(r.state), int(SyncState::Idle));
        const QString difference = synctest::difference(c, serverScope());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(integrity(c), QStringLiteral("ok"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("pakn.net.debug=false\npakn.net.info=false\npakn.sync.info=false"));
        m_mount = m_base.filePath(QStringLiteral("tmpfs"));
        m_filler = m_mount + QStringLiteral("/filler");
        QVERIFY(QDir().mkpath(m_mount));
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=8m,mode=0700"), QStringLiteral("tmpfs"), m_mount});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (no user namespace and not "
                                            "root?): %1")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()))));
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
        m_http = std::make_unique<InstanceRequests>(QList<InstanceRequests::Instance>{
            {m_server.url(), m_server.dataDir() + QStringLiteral("/certificate.pem")}});
        m_leaderToken = m_http->logIn(0, QStringLiteral("leader"));
        QVERIFY(!m_leaderToken.isEmpty());
    }

    void firstSyncOnAFullDisk()
    {
        auto c = leaderOnTheTmpfs();
        QVERIFY(c);
        truncateWal(*c);
        fill();
        const Round r = runRound(*c->engine);
        qInfo("first sync on a full disk: %s", qPrintable(r.message));
        QCOMPARE(int(r.state), int(SyncState::Error));
        QCOMPARE(r.casesChanged, -1); // it does not say "synced"
        QVERIFY2(saysDiskFull(r.message), qPrintable(r.message));
        QCOMPARE(integrity(*c), QStringLiteral("ok"));
        QCOMPARE(c->store->cursor(), 0);
        convergesAfterRoom(*c);
    }

    void deltaSyncQueuedActionAndAutosaveOnAFullDisk()
    {
        auto c = leaderOnTheTmpfs();
        QVERIFY(c);
        QCOMPARE(int(runRound(*c->engine).state), int(SyncState::Idle));
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(officer);
        // Queued with room: a note of the leader's on one of the officer's
        // cases; then the officer notes on them, so the leader's meets a 409
        // and must be stored on the new version to be sent again.
        const QList<CaseRow> officers = officer->store->page(queue(Queue::AssignedToMe), {}, 100);
        const auto firstInProgress =
            std::find_if(officers.cbegin(), officers.cend(),
                         [](const CaseRow &r) { return r.status == CaseStatus::InProgress; });
        QVERIFY(firstInProgress != officers.cend());
        const CaseId mine = firstInProgress->id;
        CaseId other = 0;
        for (const CaseRow &row : c->store->page(queue(Queue::All), {}, 1000))
            if (row.status == CaseStatus::InProgress && row.id != mine)
                other = row.id;
        QVERIFY(other > 0);
        const QString note = QStringLiteral("written before the disk filled");
        QVERIFY(c->actions->perform(mine, CaseAction::Note, text(note)).ok());
        QCOMPARE(c->outboxCount(), 1);
        for (const CaseRow &row : officers)
            officer->actions->perform(row.id, CaseAction::Note, text(QStringLiteral("meanwhile")));
        QVERIFY(runRound(*officer->engine).actionsSent > 0);

        truncateWal(*c);
        fill();
        // A new action and an autosave: refused, in words that say why.
        const ActionOutcome refused =
            c->actions->perform(other, CaseAction::Note, text(QStringLiteral("no room")));
        QVERIFY(!refused.ok());
        QVERIFY2(saysDiskFull(refused.message), qPrintable(refused.message));
        QString autosaveError;
        QVERIFY(
            !AutosavedDrafts(c->cache->db()).save(other, QStringLiteral("draft"), &autosaveError));
        QVERIFY2(saysDiskFull(autosaveError), qPrintable(autosaveError));
        const qint64 cursorBefore = c->store->cursor();
        const Round r = runRound(*c->engine);
        qInfo("delta sync on a full disk: %s", qPrintable(r.message));
        QCOMPARE(int(r.state), int(SyncState::Error));
        QVERIFY2(saysDiskFull(r.message), qPrintable(r.message));
        QCOMPARE(integrity(*c), QStringLiteral("ok"));
        QCOMPARE(c->store->cursor(), cursorBefore);
        QCOMPARE(c->outboxCount(), 1); // kept (the server may have it: the retry replays its key)

        // The command line says so too, and fails.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const PaknRun cli = runPakn(c->profile.directory(), {QStringLiteral("sync")}, env);
        qInfo("pakn sync on a full disk: exit %d: %s", cli.exitCode, qPrintable(cli.err));
        QVERIFY(cli.exitCode != 0);
        QVERIFY2(saysDiskFull(cli.err), qPrintable(cli.err));

        convergesAfterRoom(*c);
        QCOMPARE(c->outboxCount(), 0);
        int onServer = 0;
        for (const QJsonValue &e :
             serverScope().value(mine).value(QStringLiteral("history")).toArray())
            onServer += e.toObject().value(QStringLiteral("detail")).toString() == note;
        QCOMPARE(onServer, 1);
    }
};

int main(int argc, char **argv)
{
    // Once: the same test again in a private mount namespace, where it may mount.
    if (!qEnvironmentVariableIsSet("PAKN_DISKFULL_NAMESPACE")) {
        qputenv("PAKN_DISKFULL_NAMESPACE", "1");
        std::vector<const char *> args{"unshare"};
        if (std::system("unshare --user --map-root-user --mount true 2>/dev/null") == 0)
            args.insert(args.end(), {"--user", "--map-root-user"});
        if (args.size() > 1 || geteuid() == 0) {
            args.insert(args.end(), {"--mount", "--"});
            args.insert(args.end(), argv, argv + argc);
            args.push_back(nullptr);
            execvp("unshare", const_cast<char *const *>(args.data()));
        }
    }
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_disk_full.moc"
