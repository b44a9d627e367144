// The whole path with real processes: pakn-server with demo data, and two
// client profiles (a ward officer and the ward's leader) driven through the
// `pakn` command line over HTTPS with a pinned certificate.

#include "ServerProcess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

} // namespace

class TestEndToEndCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server{300};
    QTemporaryDir m_officer;
    QTemporaryDir m_leader;

    Run pakn(const QTemporaryDir &profile, QStringList args, const QByteArray &password = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PAKN_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("PAKN_PASSWORD"), QString::fromUtf8(password));
        p.setProcessEnvironment(env);
        args.prepend(profile.path());
        args.prepend(QStringLiteral("--profile"));
        p.start(qEnvironmentVariable("PAKN_BIN"), args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    bool login(const QTemporaryDir &profile, const QString &user)
    {
        const Run r =
            pakn(profile,
                 {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                  m_server.url().toString(), QStringLiteral("--user"), user,
                  QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                 "demo");
        if (r.exitCode != 0)
            qWarning() << "login failed" << r.err;
        return r.exitCode == 0;
    }

    QJsonObject showCase(const QTemporaryDir &profile, qint64 id)
    {
        const Run r =
            pakn(profile, {QStringLiteral("--json"), QStringLiteral("show"), QString::number(id)});
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }

    // History events of the case with this action (and this detail, when given).
    int eventsNamed(const QJsonObject &c, const QString &action, const QString &detail = {})
    {
        int n = 0;
        for (const QJsonValue &v : c.value(QStringLiteral("history")).toArray()) {
            const QJsonObject e = v.toObject();
            n += e.value(QStringLiteral("action")).toString() == action &&
                 (detail.isEmpty() || e.value(QStringLiteral("detail")).toString() == detail);
        }
        return n;
    }

    // An in-progress case assigned to the officer, from the officer's cache.
    qint64 officersCase()
    {
        const Run r = pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("list"),
                                       QStringLiteral("--queue"), QStringLiteral("assigned_to_me"),
                                       QStringLiteral("--limit"), QStringLiteral("500")});
        for (const QJsonValue &v : r.json().value(QStringLiteral("cases")).toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("status")).toString() == QLatin1String("in_progress") &&
                !row.value(QStringLiteral("pending")).toBool())
                return row.value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(login(m_officer, QStringLiteral("officer")));
        QVERIFY(login(m_leader, QStringLiteral("leader")));
        QCOMPARE(pakn(m_officer, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(pakn(m_leader, {QStringLiteral("sync")}).exitCode, 0);
    }

    void wrongPasswordIsRefused()
    {
        QTemporaryDir profile;
        const Run r =
            pakn(profile,
                 {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                  m_server.url().toString(), QStringLiteral("--user"), QStringLiteral("officer"),
                  QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                 "not-the-password");
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains("not-the-password"));
    }

    void wrongFingerprintIsRefused()
    {
        QTemporaryDir profile;
        QString other = m_server.fingerprintText();
        other[0] = other[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run r =
            pakn(profile,
                 {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                  m_server.url().toString(), QStringLiteral("--user"), QStringLiteral("officer"),
                  QStringLiteral("--fingerprint"), other},
                 "demo");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.toLower().contains("fingerprint"), r.err.constData());
    }

    void plainHttpIsRefusedUnlessAskedForLoopback()
    {
        QTemporaryDir profile;
        const Run r = pakn(profile,
                           {QStringLiteral("login"), QStringLiteral("--remember"),
                            QStringLiteral("file"), QStringLiteral("http://192.0.2.1:8080"),
                            QStringLiteral("--user"), QStringLiteral("officer")},
                           "demo");
        QCOMPARE(r.exitCode, 2);
    }

    void searchIgnoresDiacritics()
    {
        const Run plain = pakn(m_leader, {QStringLiteral("--json"), QStringLiteral("search"),
                                          QStringLiteral("kim ma")});
        QCOMPARE(plain.exitCode, 0);
        const int total = plain.json().value(QStringLiteral("total")).toInt();
        QVERIFY(total > 0);
        const Run marked = pakn(m_leader, {QStringLiteral("--json"), QStringLiteral("search"),
                                           QStringLiteral("KIM MÃ")});
        QCOMPARE(marked.json().value(QStringLiteral("total")).toInt(), total);
    }

    void submitThenApproveShowsAnsweredOnBothClients()
    {
        const qint64 id = officersCase();
        QVERIFY(id > 0);
        const QString reply =
            QStringLiteral("Phường đã kiểm tra và xử lý xong, kèm ảnh trước/sau.");
        Run r = pakn(m_officer, {QStringLiteral("act"), QString::number(id),
                                 QStringLiteral("submit_reply"), QStringLiteral("text=") + reply});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QCOMPARE(pakn(m_leader, {QStringLiteral("sync")}).exitCode, 0);
        r = pakn(m_leader, {QStringLiteral("--json"), QStringLiteral("list"),
                            QStringLiteral("--queue"), QStringLiteral("awaiting_approval"),
                            QStringLiteral("--limit"), QStringLiteral("1000")});
        bool listed = false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("cases")).toArray())
            listed = listed || v.toObject().value(QStringLiteral("id")).toInteger() == id;
        QVERIFY(listed);

        r = pakn(m_leader, {QStringLiteral("act"), QString::number(id), QStringLiteral("approve")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pakn(m_officer, {QStringLiteral("sync")}).exitCode, 0);

        for (const QTemporaryDir *profile : {&m_officer, &m_leader}) {
            const QJsonObject c = showCase(*profile, id);
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
            QCOMPARE(c.value(QStringLiteral("replyPublished")).toString(), reply);
            QCOMPARE(eventsNamed(c, QStringLiteral("approve")), 1);
        }
    }

    void attachShowAndSaveAFile()
    {
        const qint64 id = officersCase();
        QVERIFY(id > 0);
        QTemporaryDir files;
        const QString photo = files.filePath(QStringLiteral("ảnh hiện trường.png"));
        const QString text = files.filePath(QStringLiteral("ghi chú.txt"));
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QImage image(120, 80, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            QVERIFY(image.save(&f, "PNG"));
            QFile t(text);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("không phải ảnh");
        }
        // The text file is refused at once; the photo is attached and uploaded.
        Run r = pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("attach"),
                                 QString::number(id), photo, text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("JPEG, PNG, WebP or PDF"), r.err.constData());
        const QJsonArray attached = r.json().value(QStringLiteral("attached")).toArray();
        QCOMPARE(attached.size(), 1);
        QCOMPARE(r.json().value(QStringLiteral("queued")).toBool(), false);
        const QString attachmentId =
            attached.first().toObject().value(QStringLiteral("id")).toString();

        QCOMPARE(pakn(m_leader, {QStringLiteral("sync")}).exitCode, 0);
        r = pakn(m_leader, {QStringLiteral("show"), QString::number(id)});
        QVERIFY2(r.out.contains(attachmentId.toUtf8()) && r.out.contains("image/png"),
                 r.out.constData());
        const QString saved = files.filePath(QStringLiteral("saved.png"));
        r = pakn(m_leader, {QStringLiteral("file"), QString::number(id), attachmentId,
                            QStringLiteral("--output"), saved});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile a(photo), b(saved);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void offlineActionsAreQueuedAndAppliedOnce()
    {
        const qint64 id = officersCase();
        QVERIFY(id > 0);
        m_server.stop();

        const QString note = QStringLiteral("Đã liên hệ người phản ánh qua điện thoại.");
        Run r = pakn(m_officer, {QStringLiteral("act"), QString::number(id), QStringLiteral("note"),
                                 QStringLiteral("text=") + note});
        QCOMPARE(r.exitCode, 75); // queued: the server is unreachable
        // Applied to the cache at once, shown as pending.
        QCOMPARE(eventsNamed(showCase(m_officer, id), QStringLiteral("note"), note), 1);
        r = pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("outbox")});
        QCOMPARE(r.jsonArray().size(), 1);
        // A second sync while still offline keeps it queued, once.
        QCOMPARE(pakn(m_officer, {QStringLiteral("sync")}).exitCode, 75);
        QCOMPARE(pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("outbox")})
                     .jsonArray()
                     .size(),
                 1);

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        r = pakn(m_officer, {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("outbox")})
                     .jsonArray()
                     .size(),
                 0);
        // Another sync sends nothing again; the server holds the note exactly once.
        QCOMPARE(pakn(m_officer, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(pakn(m_leader, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(eventsNamed(showCase(m_leader, id), QStringLiteral("note"), note), 1);
        QCOMPARE(eventsNamed(showCase(m_officer, id), QStringLiteral("note"), note), 1);
    }

    void officerCannotApprove()
    {
        const qint64 id = officersCase();
        QVERIFY(id > 0);
        const Run r = pakn(m_officer,
                           {QStringLiteral("act"), QString::number(id), QStringLiteral("approve")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("outbox")})
                     .jsonArray()
                     .size(),
                 0);
    }

    void aCorruptCacheIsAClearErrorAndIsKept()
    {
        QTemporaryDir profile;
        QVERIFY(login(profile, QStringLiteral("officer2")));
        const QString cache = profile.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(QFile::remove(cache));
        QFile::remove(cache + QStringLiteral("-wal"));
        QFile::remove(cache + QStringLiteral("-shm"));
        const QByteArray garbage(4096, '\x5a');
        {
            QFile f(cache);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("sync")}) {
            const Run r = pakn(profile, {command});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("cache.sqlite"), r.err.constData());
        }
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage); // left for the user to move away, not overwritten
    }

    void badCommandLinesGetUsage()
    {
        QCOMPARE(pakn(m_officer, {QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(pakn(m_officer, {QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(
            pakn(m_officer, {QStringLiteral("act"), QStringLiteral("1"), QStringLiteral("fly")})
                .exitCode,
            2);
        const Run missing = pakn(m_officer, {QStringLiteral("show"), QStringLiteral("999999999")});
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestEndToEndCli)
#include "tst_e2e_cli.moc"
