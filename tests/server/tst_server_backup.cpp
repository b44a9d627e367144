// `pakn-server backup FILE` under a steady load of actions, then
// `pakn-server restore FILE` into another data directory: every action
// acknowledged before the backup started is there, none acknowledged after it
// ended, and what is there is a prefix of the acknowledged order (one
// snapshot). SQLite only: PostgreSQL is backed up with pg_dump.

#include "AdminTestSupport.h"

#include "storage/Migrations.h"

#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

class TestServerBackup : public QObject
{
    Q_OBJECT

    TestServer m_server{10};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_token;
    CaseRef m_case;
    int m_notes = 0;

    // A note with a numbered text; true when the server acknowledged it.
    bool note()
    {
        const HttpResult r = m_client->act(
            m_token, m_case.id, QStringLiteral("note"), m_case.version,
            {{QStringLiteral("text"), QStringLiteral("backup-note-%1").arg(m_notes)}});
        if (r.status != 200)
            return false;
        m_case.version = r.json[QStringLiteral("case")][QStringLiteral("version")].toInteger();
        ++m_notes;
        return true;
    }

    static int runServer(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("PAKN_SERVER_BIN"), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // The numbers of the notes in the database at `path`, in event order.
    static QList<int> notesIn(const QString &path)
    {
        pakn::server::Database db;
        QString error;
        if (!db.open(path, &error)) {
            qWarning() << error;
            return {};
        }
        QList<int> numbers;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT detail FROM case_events WHERE detail LIKE 'backup-note-%' "
                              "ORDER BY id"));
        while (q.next())
            numbers.append(q.value(0).toString().section(QLatin1Char('-'), 2).toInt());
        return numbers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("PAKN_TEST_BACKEND") == QLatin1String("postgresql"))
            QSKIP("pakn: skipped on PostgreSQL (pg_dump)");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_token = m_client->login(QStringLiteral("coordinator"));
        QVERIFY(!m_token.isEmpty());
        m_case = findCase(m_server, QStringLiteral("c.status = 'in_progress'"));
        QVERIFY(m_case.id > 0);
    }

    void aBackupUnderLoadRestoresEverythingBeforeIt()
    {
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("pakn.backup"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(note());
        const int beforeBackup = m_notes;

        QProcess backup;
        backup.setProcessChannelMode(QProcess::MergedChannels);
        backup.start(
            qEnvironmentVariable("PAKN_SERVER_BIN"),
            {QStringLiteral("backup"), QStringLiteral("--data"), m_server.config().dataDir, file});
        QVERIFY(backup.waitForStarted());
        // The load goes on while the backup runs (each call spins the event loop).
        while (backup.state() != QProcess::NotRunning && m_notes < beforeBackup + 5000)
            QVERIFY(note());
        QVERIFY(backup.state() == QProcess::NotRunning || backup.waitForFinished(60000));
        QVERIFY2(backup.exitCode() == 0, backup.readAll().constData());
        // The copy holds citizens' data: readable by its owner alone, whatever the umask.
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const int afterBackup = m_notes;
        for (int i = 0; i < 10; ++i)
            QVERIFY(note());
        qInfo() << "notes acknowledged before the backup:" << beforeBackup
                << "while it ran:" << afterBackup - beforeBackup;

        QTemporaryDir restored;
        QByteArray output;
        QCOMPARE(
            runServer({QStringLiteral("restore"), QStringLiteral("--data"), restored.path(), file},
                      &output),
            0);
        const QList<int> notes = notesIn(restored.filePath(QStringLiteral("pakn-server.sqlite")));
        QVERIFY2(notes.size() >= beforeBackup, qPrintable(QString::number(notes.size())));
        QVERIFY(notes.size() <= afterBackup);
        for (int i = 0; i < notes.size(); ++i)
            QCOMPARE(notes.at(i), i); // a prefix of the acknowledged order: nothing lost between
    }

    void aRestoreRefusesARunningServerOrAStrangeFile()
    {
        QTemporaryDir data;
        const QString database = data.filePath(QStringLiteral("pakn-server.sqlite"));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("good.backup"));
        QCOMPARE(runServer({QStringLiteral("backup"), QStringLiteral("--data"),
                            m_server.config().dataDir, file}),
                 0);
        {
            QLockFile running(data.filePath(QStringLiteral("pakn-server.lock")));
            QVERIFY(running.tryLock(0));
            QByteArray output;
            QCOMPARE(
                runServer({QStringLiteral("restore"), QStringLiteral("--data"), data.path(), file},
                          &output),
                1);
            QVERIFY2(output.contains("stop it"), output.constData());
            QVERIFY(!QFile::exists(database));
        }
        QFile junk(out.filePath(QStringLiteral("junk.backup")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        QByteArray output;
        QCOMPARE(runServer({QStringLiteral("restore"), QStringLiteral("--data"), data.path(),
                            junk.fileName()},
                           &output),
                 1);
        QVERIFY(!QFile::exists(database));
        QCOMPARE(
            runServer({QStringLiteral("restore"), QStringLiteral("--data"), data.path(), file}), 0);
        QVERIFY(notesIn(database).size() == m_notes);
        // A second restore keeps the replaced database aside.
        QCOMPARE(
            runServer({QStringLiteral("restore"), QStringLiteral("--data"), data.path(), file}), 0);
        QVERIFY(QFile::exists(database + QStringLiteral(".before-restore")));
        QCOMPARE(runServer({QStringLiteral("backup"), QStringLiteral("--database"),
                            QStringLiteral("postgresql://x/y"), file}),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_server_backup.moc"
