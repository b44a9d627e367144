// `pakn intake` as a process against the real pakn-server: an officer's
// hotline report is recorded with its number printed and reaches the
// coordinator's desk with its fields on the next sync; and the failures a
// person meets (usage, not logged in, a refused phone number named by its
// option, a role that may not take reports, the server gone) come with their
// exit codes. Through a proxy that loses the first answer, the resend with
// the same key gets the first case back: one report, one case.

#include "DroppingProxy.h"
#include "PaknRun.h"
#include "ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Run = PaknRun;

class TestIntakeCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server{20};
    QTemporaryDir m_officer;
    QTemporaryDir m_coordinator;
    QTemporaryDir m_supervisor;
    QTemporaryDir m_nobody;
    QTemporaryDir m_behindProxy; // the officer again, through m_proxy
    DroppingProxy m_proxy;

    Run pakn(const QTemporaryDir &profile, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAKN_PASSWORD"), QStringLiteral("demo"));
        return runPakn(profile.path(), args, env);
    }

    bool login(const QTemporaryDir &profile, const QString &user, const QUrl &url = {})
    {
        const Run r = pakn(
            profile, {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                      (url.isEmpty() ? m_server.url() : url).toString(), QStringLiteral("--user"),
                      user, QStringLiteral("--fingerprint"), m_server.fingerprintText()});
        if (r.exitCode != 0)
            qWarning() << "login failed" << r.err;
        return r.exitCode == 0;
    }

    static QStringList hotline(const QStringList &more = {})
    {
        return QStringList{QStringLiteral("intake"), QStringLiteral("--channel"),
                           QStringLiteral("hotline"), QStringLiteral("--description"),
                           QStringLiteral("Nắp cống trước số 8 Giang Văn Minh bị vỡ")} +
               more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(login(m_officer, QStringLiteral("officer")));
        QVERIFY(login(m_coordinator, QStringLiteral("coordinator")));
        QVERIFY(login(m_supervisor, QStringLiteral("supervisor")));
        QVERIFY2(m_proxy.start(m_server, &error), qPrintable(error));
        QVERIFY(login(m_behindProxy, QStringLiteral("officer"), m_proxy.url()));
    }

    void aReportIsRecordedAndReachesTheCoordinator()
    {
        const Run r = pakn(
            m_officer, hotline({QStringLiteral("--title"), QStringLiteral("Nắp cống vỡ"),
                                QStringLiteral("--field"), QStringLiteral("drainage"),
                                QStringLiteral("--name"), QStringLiteral("Đặng Thị Hoa"),
                                QStringLiteral("--phone"), QStringLiteral("0987 654 321"),
                                QStringLiteral("--address"), QStringLiteral("8 Giang Văn Minh")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto match = QRegularExpression(QStringLiteral("^Case (\\d+) recorded \\(hotline\\): "
                                                             "Nắp cống vỡ\\n$"))
                               .match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        const QString id = match.captured(1);

        QCOMPARE(pakn(m_coordinator, {QStringLiteral("sync")}).exitCode, 0);
        const Run shown =
            pakn(m_coordinator, {QStringLiteral("--json"), QStringLiteral("show"), id});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject c = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("hotline"));
        QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("drainage"));
        QCOMPARE(c.value(QStringLiteral("reporterName")).toString(),
                 QStringLiteral("Đặng Thị Hoa"));
        QCOMPARE(c.value(QStringLiteral("address")).toString(), QStringLiteral("8 Giang Văn Minh"));
        const QJsonObject received = c.value(QStringLiteral("history"))[0].toObject();
        QCOMPARE(received.value(QStringLiteral("action")).toString(), QStringLiteral("received"));
        QCOMPARE(received.value(QStringLiteral("actorName")).toString(),
                 QStringLiteral("Lê Thị Lan"));

        // The phone masked in the cache and in `show`; `reveal-phone` asks the server.
        QCOMPARE(c.value(QStringLiteral("reporterPhone")).toString(),
                 QStringLiteral("******* 321"));
        QVERIFY(!shown.out.contains(QStringLiteral("0987")));
        const Run revealed = pakn(m_coordinator, {QStringLiteral("reveal-phone"), id});
        QVERIFY2(revealed.exitCode == 0, qPrintable(revealed.err));
        QCOMPARE(revealed.out, QStringLiteral("Case %1: 0987 654 321\n").arg(id));
        QCOMPARE(pakn(m_coordinator, {QStringLiteral("sync")}).exitCode, 0);
        const QJsonObject after =
            QJsonDocument::fromJson(
                pakn(m_coordinator, {QStringLiteral("--json"), QStringLiteral("show"), id})
                    .out.toUtf8())
                .object();
        const QJsonArray history = after.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last()[QStringLiteral("action")].toString(),
                 QStringLiteral("reveal_contact"));
        QFile cache(m_coordinator.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(!cache.readAll().contains("0987 654 321"));
        // A supervisor may not look (the workflow's rules), and nothing is recorded.
        const Run refused = pakn(m_supervisor, {QStringLiteral("reveal-phone"), id});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.out.contains(QStringLiteral("0987")));
        QCOMPARE(
            pakn(m_coordinator, {QStringLiteral("reveal-phone"), QStringLiteral("x")}).exitCode, 2);
    }

    void aWalkInReportAsJson()
    {
        const Run r = pakn(m_coordinator, {QStringLiteral("--json"), QStringLiteral("intake"),
                                           QStringLiteral("--channel"), QStringLiteral("walk_in"),
                                           QStringLiteral("--description"),
                                           QStringLiteral("Xin cấp lại biển số nhà")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("walk_in"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(o.value(QStringLiteral("field")).toString(), QStringLiteral("other"));
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no description")
            << QStringList{QStringLiteral("intake"), QStringLiteral("--channel"),
                           QStringLiteral("hotline")}
            << QStringLiteral("--description");
        QTest::newRow("zalo is not typed in")
            << QStringList{QStringLiteral("intake"), QStringLiteral("--channel"),
                           QStringLiteral("zalo"), QStringLiteral("--description"),
                           QStringLiteral("x")}
            << QStringLiteral("unknown channel: zalo");
        QTest::newRow("value missing")
            << hotline({QStringLiteral("--phone")}) << QStringLiteral("--phone needs a value");
        QTest::newRow("stray word")
            << hotline({QStringLiteral("urgent")}) << QStringLiteral("unexpected: urgent");
    }
    void usageMistakes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = pakn(m_officer, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void theServerNamesWhatToFix()
    {
        const Run r = pakn(m_officer, hotline({QStringLiteral("--phone"), QStringLiteral("abc")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(--phone)")), qPrintable(r.err));
        const Run field =
            pakn(m_officer, hotline({QStringLiteral("--field"), QStringLiteral("weather")}));
        QCOMPARE(field.exitCode, 1);
        QVERIFY2(field.err.contains(QStringLiteral("(--field)")), qPrintable(field.err));
    }

    void aSupervisorMayNotTakeReports()
    {
        const Run r = pakn(m_supervisor, hotline());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not allowed")), qPrintable(r.err));
    }

    void notLoggedIn()
    {
        const Run r = pakn(m_nobody, hotline());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("not logged in")), qPrintable(r.err));
    }

    void aLostAnswerIsResentWithTheSameKey()
    {
        const QByteArray intake = "POST /api/v1/cases HTTP";
        m_proxy.dropAnswers(intake, 1);
        const QString title = QStringLiteral("Cây đổ chắn ngõ 12");
        const Run r = pakn(m_behindProxy, hotline({QStringLiteral("--title"), title}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Case ")), qPrintable(r.out));

        const auto sent = m_proxy.exchangesFor(intake);
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(0).dropped);
        QVERIFY(!sent.at(1).dropped);
        QCOMPARE(sent.at(0).status, 201);
        const auto keyOf = [](const DroppingProxy::Exchange &e) {
            return QJsonDocument::fromJson(e.body()).object().value(QStringLiteral("key"));
        };
        QCOMPARE(keyOf(sent.at(1)), keyOf(sent.at(0)));

        QCOMPARE(pakn(m_coordinator, {QStringLiteral("sync")}).exitCode, 0);
        const Run listed = pakn(m_coordinator, {QStringLiteral("--json"), QStringLiteral("list"),
                                                QStringLiteral("--queue"), QStringLiteral("new"),
                                                QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(listed.exitCode, 0);
        int withTitle = 0;
        for (const QJsonValue &c : QJsonDocument::fromJson(listed.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("cases"))
                                       .toArray())
            withTitle += c[QStringLiteral("title")].toString() == title;
        QCOMPARE(withTitle, 1);
    }

    void serverGoneIsOffline()
    {
        m_server.stop();
        const Run r = pakn(m_officer, hotline());
        QCOMPARE(r.exitCode, 75);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intake_cli.moc"
