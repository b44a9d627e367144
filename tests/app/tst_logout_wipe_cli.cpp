// `pakn logout --wipe` against the real pakn-server: with a reply draft not on
// the server it refuses and changes nothing; with --force it logs out and
// deletes the cache (database, WAL, SHM) and the attachments folder, keeping
// the profile's settings; the next login and sync bring a fresh cache.

#include "PaknRun.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/LocalCopy.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

class TestLogoutWipeCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server{20};
    QTemporaryDir m_profile;

    PaknRun pakn(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAKN_PASSWORD"), QStringLiteral("demo"));
        return runPakn(m_profile.path(), args, env);
    }
    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    // The number of cached cases; -1 when the cache cannot be read.
    int cachedCases() const
    {
        QString error;
        const auto cache = CacheDatabase::open(cachePath(), QStringLiteral("count"), &error);
        if (!cache)
            return -1;
        CaseQuery all;
        all.queue = Queue::All;
        return CaseStore(cache->db()).count(all);
    }

    void logInAndSync()
    {
        PaknRun r =
            pakn({QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                  m_server.url().toString(), QStringLiteral("--user"), QStringLiteral("officer"),
                  QStringLiteral("--fingerprint"), m_server.fingerprintText()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pakn({QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(cachedCases() > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_profile.isValid());
    }

    void unsentWorkIsKeptUnlessForced()
    {
        logInAndSync();
        CaseId drafted = 0;
        {
            QString error;
            const auto cache = CacheDatabase::open(cachePath(), QStringLiteral("draft"), &error);
            QVERIFY2(cache, qPrintable(error));
            CaseStore store(cache->db());
            CaseQuery all;
            all.queue = Queue::All;
            const QList<CaseRow> rows = store.page(all, {}, 1);
            QVERIFY(!rows.isEmpty());
            drafted = rows.first().id;
            QVERIFY(store.setLocalDraft(drafted, QStringLiteral("not sent yet")));
        }
        const QDir profile(m_profile.path());
        QVERIFY(profile.mkpath(QStringLiteral("files/thumbs")));
        QVERIFY(QFile::exists(cachePath() + QStringLiteral("-wal")) ||
                QFile::exists(cachePath())); // WAL may be checkpointed away on close

        // Refused, and nothing changed: still logged in, the draft still there.
        PaknRun r = pakn({QStringLiteral("logout"), QStringLiteral("--wipe")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("0 queued action(s) and 1 reply draft(s)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QVERIFY(QFile::exists(m_profile.filePath(QStringLiteral("token"))));
        QVERIFY(profile.exists(QStringLiteral("files")));
        QString readError;
        QCOMPARE(LocalCopy(cachePath()).unsent(&readError)->drafts, 1);

        // Forced: logged out, every file of the copy gone, the settings kept.
        r = pakn({QStringLiteral("logout"), QStringLiteral("--wipe"), QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("copy of the cases is deleted")), qPrintable(r.out));
        QVERIFY(!QFile::exists(m_profile.filePath(QStringLiteral("token"))));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QVERIFY2(!QFile::exists(cachePath() + suffix), qPrintable(suffix));
        QCOMPARE(profile.entryList({QStringLiteral("files*")}, QDir::AllEntries), QStringList());
        QVERIFY(QFile::exists(m_profile.filePath(QStringLiteral("profile.ini"))));
        QVERIFY(!LocalCopy(cachePath()).exists());

        // The next login syncs a fresh cache, without the draft.
        logInAndSync();
        QString error;
        const auto cache = CacheDatabase::open(cachePath(), QStringLiteral("after"), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(CaseStore(cache->db()).localDraft(drafted).isEmpty());
    }

    void forceAloneIsAUsageError()
    {
        const PaknRun r = pakn({QStringLiteral("logout"), QStringLiteral("--force")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("--force only goes with --wipe")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestLogoutWipeCli)
#include "tst_logout_wipe_cli.moc"
