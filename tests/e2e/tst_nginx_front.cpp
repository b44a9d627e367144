// The shipped nginx configuration (installer/nginx/pakn.conf) in front of real
// pakn-server processes: a desk signs in, lists, acts and syncs through nginx
// (the client pins nginx's certificate, nginx pins the instances'), and
// nginx refuses bodies over its limits before any instance sees them. Its
// "_pg" copy runs two instances on one PostgreSQL database behind nginx: a
// token from one holds on the other, and nginx routes around one that is down.
// Skipped when nginx is not installed, except under CI=true, where it fails.

#include "NginxFront.h"
#include "PaknRun.h"
#include "ScratchDatabase.h"
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
    // nginx (a token issued by one would be unknown to another). On PostgreSQL
    // two share one database.
    static int instanceCount() { return ScratchDatabase::onPostgres() ? 2 : 1; }

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
        return sendTo(m_nginx.url(), m_nginx.certificatePath(), method, path, body, token);
    }
    // One request to `base`, trusting exactly the certificate in `certificate`.
    Answer sendTo(const QUrl &base, const QString &certificate, const QByteArray &method,
                  const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(certificate));
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
        for (int i = 0; i < instanceCount(); ++i) {
            m_servers.push_back(
                i == 0 ? std::make_unique<ServerProcess>(300)
                       : std::make_unique<ServerProcess>(0, m_servers.front()->databaseUrl()));
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
                     {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                      m_nginx.url().toString(), QStringLiteral("--user"), user,
                      QStringLiteral("--fingerprint"), m_nginx.fingerprintText()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + m_nginx.errorLog()));
            QCOMPARE(pakn(*profile, {QStringLiteral("sync")}).exitCode, 0);
        }

        const qint64 id = officersCaseId();
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

    // An in-progress case in the officer's cached queue (0 when none).
    qint64 officersCaseId()
    {
        const PaknRun listed =
            pakn(m_officer, {QStringLiteral("--json"), QStringLiteral("list"),
                             QStringLiteral("--queue"), QStringLiteral("assigned_to_me"),
                             QStringLiteral("--limit"), QStringLiteral("500")});
        qint64 id = 0;
        for (const QJsonValue &v : json(listed).value(QStringLiteral("cases")).toArray())
            if (v.toObject().value(QStringLiteral("status")).toString() ==
                QLatin1String("in_progress"))
                id = v.toObject().value(QStringLiteral("id")).toInteger();
        return id;
    }

    QByteArray token(const QString &login)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                      {QStringLiteral("password"), QStringLiteral("demo")},
                                      {QStringLiteral("client"), QStringLiteral("nginx-test")}})
                .toJson();
        return QJsonDocument::fromJson(send("POST", QStringLiteral("/api/v1/login"), body).body)
            .object()
            .value(QStringLiteral("token"))
            .toString()
            .toUtf8();
    }
    QString certificateOf(const ServerProcess &server) const
    {
        return server.dataDir() + QStringLiteral("/certificate.pem");
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

        const QByteArray token = this->token(QStringLiteral("officer"));
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

    // Last: it stops an instance.
    void aTokenHoldsOnEveryInstanceAndNginxRoutesAroundADownOne()
    {
        if (instanceCount() < 2)
            QSKIP("one instance on SQLite: the _pg copy runs two on one PostgreSQL database");
        const QByteArray token = this->token(QStringLiteral("officer"));
        QVERIFY(!token.isEmpty());
        // Issued through nginx by one instance, known to every one (stored in the database).
        for (const auto &server : m_servers) {
            const Answer me = sendTo(server->url(), certificateOf(*server), "GET",
                                     QStringLiteral("/api/v1/me"), {}, token);
            QVERIFY2(me.status == 200, me.body.constData());
        }
        const Answer before = send("GET", QStringLiteral("/api/v1/feed?limit=1"), {}, token);
        QCOMPARE(before.status, 200);
        // nginx trusted every instance (an untrusted one is skipped quietly otherwise).
        QVERIFY2(!m_nginx.errorLog().contains(u"verify error"), qPrintable(m_nginx.errorLog()));

        m_servers.front()->stop();
        // nginx passes every request on to the instance still up, a POST included.
        for (int i = 0; i < 4; ++i) {
            const Answer me = send("GET", QStringLiteral("/api/v1/me"), {}, token);
            QVERIFY2(me.status == 200, qPrintable(QString::fromUtf8(me.body) + m_nginx.errorLog()));
        }
        const PaknRun r =
            pakn(m_officer, {QStringLiteral("act"), QString::number(officersCaseId()),
                             QStringLiteral("note"), QStringLiteral("text=Một máy chủ đã dừng.")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + m_nginx.errorLog()));
        QCOMPARE(pakn(m_officer, {QStringLiteral("sync")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestNginxFront)
#include "tst_nginx_front.moc"
