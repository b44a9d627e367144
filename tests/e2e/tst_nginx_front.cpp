// The shipped nginx configuration (installer/nginx/pakn.conf) in front of real
// pakn-server processes: a desk signs in, lists, acts and syncs through nginx
// (the client pins nginx's certificate, nginx pins the instances'), and
// nginx refuses bodies over its limits before any instance sees them.
// Skipped when nginx is not installed, except under CI=true, where it fails.

#include "NginxFront.h"
#include "PaknRun.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUuid>
#include <memory>
#include <vector>

class TestNginxFront : public QObject
{
    Q_OBJECT

    // On SQLite each instance has its own database, so only one can sit behind
    // nginx (a token issued by one would be unknown to another). On a shared
    // PostgreSQL, start several here: the rest of the test is the same.
    static constexpr int kInstances = 1;

    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    NginxFront m_nginx;
    QTemporaryDir m_officer;
    QTemporaryDir m_leader;
    QNetworkAccessManager m_nam;

    PaknRun pakn(const QTemporaryDir &profile, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAKN_PASSWORD"), QStringLiteral("demo"));
        return runPakn(profile.path(), args, env);
    }
    static QJsonObject json(const PaknRun &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    // One request straight to nginx, trusting exactly its certificate.
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body,
                const QByteArray &token = {})
    {
        QNetworkRequest request(m_nginx.url().resolved(QUrl(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_nginx.certificatePath()));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(60000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NginxFront::executable().isEmpty()) {
            if (qgetenv("CI") == "true")
                QFAIL("nginx is not installed (scripts/install-deps.sh installs Debian's nginx)");
            QSKIP("nginx is not installed: run scripts/install-deps.sh (Debian's nginx package)");
        }
        QString error;
        QList<NginxFront::Instance> instances;
        for (int i = 0; i < kInstances; ++i) {
            m_servers.push_back(std::make_unique<ServerProcess>(300));
            QVERIFY2(m_servers.back()->start(&error), qPrintable(error));
            instances.append({m_servers.back()->url(),
                              m_servers.back()->dataDir() + QStringLiteral("/certificate.pem")});
        }
        QVERIFY2(m_nginx.start(instances, &error), qPrintable(error));
    }

    void aDeskSignsInListsActsAndSyncsThroughNginx()
    {
        // The desks pin nginx's certificate, not an instance's.
        QVERIFY(m_nginx.fingerprintText() != m_servers.front()->fingerprintText());
        for (const auto &[profile, user] : {std::pair{&m_officer, QStringLiteral("officer")},
                                            std::pair{&m_leader, QStringLiteral("leader")}}) {
            const PaknRun r =
                pakn(*profile,
                     {QStringLiteral("login"), m_nginx.url().toString(), QStringLiteral("--user"),
                      user, QStringLiteral("--fingerprint"), m_nginx.fingerprintText()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + m_nginx.errorLog()));
            QCOMPARE(pakn(*profile, {QStringLiteral("sync")}).exitCode, 0);
        }

        const PaknRun listed =
            pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("list"),
                             QStringLiteral("--queue"), QStringLiteral("assigned_to_me"),
                             QStringLiteral("--limit"), QStringLiteral("500")});
        QCOMPARE(listed.exitCode, 0);
        qint64 id = 0;
        for (const QJsonValue &v : json(listed).value(QStringLiteral("cases")).toArray())
            if (v.toObject().value(QStringLiteral("status")).toString() ==
                QLatin1String("in_progress"))
                id = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);

        const QString note = QStringLiteral("Đã gọi lại cho người phản ánh (qua nginx).");
        PaknRun r = pakn(m_officer, {QStringLiteral("act"), QString::number(id),
                                     QStringLiteral("note"), QStringLiteral("text=") + note});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The leader's desk sees it after its next sync round, through nginx too.
        QCOMPARE(pakn(m_leader, {QStringLiteral("sync")}).exitCode, 0);
        r = pakn(m_leader, {QStringLiteral("--json"), QStringLiteral("show"), QString::number(id)});
        int notes = 0;
        for (const QJsonValue &v : json(r).value(QStringLiteral("history")).toArray())
            notes += v.toObject().value(QStringLiteral("detail")).toString() == note;
        QCOMPARE(notes, 1);
    }

    void bodiesOverTheLimitsGet413FromNginx()
    {
        // Over nginx's 2 MB for ordinary requests: nginx's own (HTML) page.
        Answer a = send("POST", QStringLiteral("/api/v1/login"), QByteArray(3 << 20, 'x'));
        QCOMPARE(a.status, 413);
        QVERIFY2(a.body.contains("nginx"), a.body.constData());
        // Within nginx's limit but over the server's 1 MB: the server's JSON answer.
        a = send("POST", QStringLiteral("/api/v1/login"), QByteArray(1536 * 1024, 'x'));
        QCOMPARE(a.status, 413);
        QVERIFY2(a.body.contains("\"too_large\""), a.body.constData());

        const QByteArray token =
            QJsonDocument::fromJson(
                send("POST", QStringLiteral("/api/v1/login"),
                     R"({"login":"officer","password":"demo","client":"nginx-test"})")
                    .body)
                .object()
                .value(QStringLiteral("token"))
                .toString()
                .toUtf8();
        QVERIFY(!token.isEmpty());
        const QString upload = QStringLiteral("/api/v1/cases/1/attachments/") +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
        // An upload over 11 MB (the 10 MB attachment limit and a margin): nginx.
        a = send("PUT", upload, QByteArray(12 << 20, 'x'), token);
        QCOMPARE(a.status, 413);
        QVERIFY2(a.body.contains("nginx"), a.body.constData());
        // 3 MB passes nginx on the upload path; the server judges it (not an image).
        a = send("PUT", upload, QByteArray(3 << 20, 'x'), token);
        QVERIFY2(a.status != 413 && a.body.startsWith("{"), a.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestNginxFront)
#include "tst_nginx_front.moc"
