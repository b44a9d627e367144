#include "ServerTestSupport.h"

#include "attachments/AttachmentFiles.h"
#include "demo/DemoSeeder.h"
#include "domain/WorkflowRules.h"
#include "security/PasswordHasher.h"
#include "storage/CaseRepository.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace pakn::server;

TestServer::TestServer(int demoCases)
    : m_demoCases(demoCases),
      m_now(std::make_shared<QDateTime>(DemoSeeder::referenceTime().addDays(1)))
{
    m_config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    m_config.listenPort = 0;
    m_config.dataDir = m_dir.path();
    m_config.database = m_scratch.url();
    m_config.clock = [now = m_now] { return *now; };
}

TestServer::~TestServer()
{
    m_api.reset(); // before the database it uses
}

bool TestServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    if (ScratchDatabase::onPostgres() && m_scratch.url().isEmpty()) {
        *error = m_scratch.error();
        return false;
    }
    if (!m_database.open(m_config.databaseLocation(), error))
        return false;
    const PasswordHasher hasher;
    const pakn::WorkflowRules rules;
    AttachmentFiles files(m_config.attachmentsPath());
    if (!DemoSeeder(m_database.connection(), rules, hasher, &files).seedIfEmpty(m_demoCases, error))
        return false;
    m_identity = TlsIdentity::generate(error);
    if (!m_identity)
        return false;
    m_api = std::make_unique<ApiServer>(m_database, m_config);
    return m_api->listen(*m_identity, error);
}

bool TestServer::restart(QString *error)
{
    m_api.reset();
    m_database.close();
    if (!m_database.open(m_config.databaseLocation(), error))
        return false;
    m_api = std::make_unique<ApiServer>(m_database, m_config);
    return m_api->listen(*m_identity, error);
}

QUrl TestServer::url(const QString &path) const
{
    // An absolute path ("/open311/v2/…") is outside the staff API.
    QUrl u(QStringLiteral("https://127.0.0.1") +
           (path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/api/v1/") + path));
    u.setPort(m_api ? m_api->port() : 0);
    return u;
}

TestClient::TestClient(const TestServer &server) : m_server(server) {}

CaseRef findCase(TestServer &server, const QString &where, const QString &order)
{
    QSqlQuery q(server.database().connection());
    q.exec(QStringLiteral("SELECT c.id, c.version FROM cases c LEFT JOIN units u ON u.id = "
                          "c.unit_id LEFT JOIN accounts a ON a.id = c.assignee_id WHERE ") +
           where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT 1"));
    return q.next() ? CaseRef{q.value(0).toLongLong(), q.value(1).toLongLong()} : CaseRef{};
}

namespace {
QByteArray feedJsonFromRows(pakn::server::CaseRepository &cases, qint64 id)
{
    const auto c = cases.find(id);
    return c ? pakn::server::CaseFeedJson::of(*c) : QByteArray();
}
} // namespace

QByteArray feedJsonFromRows(TestServer &server, qint64 id)
{
    pakn::server::CaseRepository cases(server.database().connection());
    return feedJsonFromRows(cases, id);
}

QStringList feedJsonMismatches(TestServer &server, int *stale)
{
    *stale = 0;
    QSqlQuery q(server.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, seq, feed_json_seq, feed_json FROM cases")))
        return {QStringLiteral("cannot read the cases: ") + q.lastError().text()};
    QList<std::pair<qint64, QByteArray>> current;
    while (q.next()) {
        if (q.value(2).isNull() || q.value(2).toLongLong() != q.value(1).toLongLong())
            ++*stale;
        else
            current.append({q.value(0).toLongLong(), q.value(3).toByteArray()});
    }
    q.finish();
    pakn::server::CaseRepository cases(server.database().connection());
    QStringList mismatches;
    for (const auto &[id, bytes] : current) {
        const QByteArray rows = feedJsonFromRows(cases, id);
        if (bytes == rows)
            continue;
        qsizetype at = 0;
        while (at < bytes.size() && at < rows.size() && bytes.at(at) == rows.at(at))
            ++at;
        const qsizetype from = qMax<qsizetype>(0, at - 40);
        mismatches.append(QStringLiteral("case %1: stored …%2… rows …%3…")
                              .arg(id)
                              .arg(QString::fromUtf8(bytes.mid(from, 120)),
                                   QString::fromUtf8(rows.mid(from, 120))));
    }
    return mismatches;
}

namespace {
// The SQL of every statement on an SQLite connection that has read rows but
// was neither read to its end nor finished: it holds the connection on the
// snapshot it started in, so the server, answering on the same connection,
// would not see what its actions' thread committed since.
QStringList unfinishedReads(const QSqlDatabase &db)
{
    QStringList found;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return found;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    for (sqlite3_stmt *s = sqlite3_next_stmt(connection, nullptr); s;
         s = sqlite3_next_stmt(connection, s))
        if (sqlite3_stmt_busy(s))
            found.append(QString::fromUtf8(sqlite3_sql(s)));
    return found;
}
} // namespace

HttpResult TestClient::finish(QNetworkReply *reply)
{
    // Checked before the request leaves: a test's own query left reading on the
    // server's connection makes the server answer from an old snapshot.
    if (const QStringList open = unfinishedReads(m_server.database().connection()); !open.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("a query on the server's connection is still "
                                               "reading (finish() it): %1")
                                    .arg(open.join(QLatin1String(" | ")))),
                     __FILE__, __LINE__);
    // Only this server's own certificate is accepted, and only for being self-signed.
    reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_server.certificate())});
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    r.etag = reply->rawHeader("ETag");
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.append({name, value});
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

HttpResult TestClient::get(const QString &path, const QByteArray &token)
{
    QNetworkRequest request(m_server.url(path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return finish(m_nam.get(request));
}

HttpResult TestClient::post(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResult TestClient::postRaw(const QString &path, const QByteArray &body, const QByteArray &token,
                               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server.url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_nam.post(request, body));
}

HttpResult TestClient::send(const QByteArray &method, const QString &path, const QByteArray &token,
                            const QJsonObject &body,
                            const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server.url(path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (body.isEmpty())
        return finish(m_nam.sendCustomRequest(request, method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return finish(m_nam.sendCustomRequest(request, method,
                                          QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

HttpResult TestClient::sendBytes(const QByteArray &method, const QString &path,
                                 const QByteArray &token, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server.url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_nam.sendCustomRequest(request, method, body));
}

QByteArray TestClient::login(const QString &login, const QString &password)
{
    const HttpResult r =
        post(QStringLiteral("login"), {{QStringLiteral("login"), login},
                                       {QStringLiteral("password"), password},
                                       {QStringLiteral("client"), QStringLiteral("tst 1.0")}});
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString().toLatin1()
                           : QByteArray();
}

HttpResult TestClient::act(const QByteArray &token, qint64 caseId, const QString &action,
                           qint64 baseVersion, const QJsonObject &params, const QString &key)
{
    return post(QStringLiteral("cases/%1/actions").arg(caseId),
                {{QStringLiteral("action"), action},
                 {QStringLiteral("key"),
                  key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key},
                 {QStringLiteral("baseVersion"), baseVersion},
                 {QStringLiteral("params"), params}},
                token);
}
