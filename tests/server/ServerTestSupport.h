#pragma once

// An in-process pakn-server for API tests: a temporary data directory, a
// seeded demo database (SQLite there, or PostgreSQL: ScratchDatabase), a fresh certificate and the
// API listening on an ephemeral loopback port, with a clock the test moves. Plus a small HTTPS
// client (a real QNetworkAccessManager) that accepts exactly this server's
// self-signed certificate and nothing else.

#include "ScratchDatabase.h"
#include "ServerConfig.h"
#include "http/ApiServer.h"
#include "security/TlsIdentity.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray etag;
    QList<std::pair<QByteArray, QByteArray>> headers; // every response header
    QJsonObject json;                                 // empty when the body is not a JSON object
    QString networkError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

class TestServer
{
public:
    explicit TestServer(int demoCases = 300);
    ~TestServer();

    bool start(QString *error);
    // Stops the API, closes the database, and opens and starts both again on
    // the same data directory (a new port): what survives a server restart.
    bool restart(QString *error);

    QUrl url(const QString &path) const; // path below /api/v1, e.g. "feed", or from "/"
    QSslCertificate certificate() const
    {
        return m_identity ? m_identity->certificate() : QSslCertificate();
    }
    pakn::server::Database &database() { return m_database; }
    const pakn::server::Database &database() const { return m_database; }
    QStringList routes() const { return m_api ? m_api->routes() : QStringList(); }
    int feedWaits() const { return m_api ? m_api->feedWaits() : 0; }
    QDateTime now() const { return *m_now; }
    void advance(qint64 seconds) { *m_now = m_now->addSecs(seconds); }
    void setNow(const QDateTime &now) { *m_now = now; }
    pakn::server::ServerConfig &config() { return m_config; } // before start()

private:
    QTemporaryDir m_dir;
    ScratchDatabase m_scratch; // outlives m_database: dropped after it closed
    int m_demoCases;
    std::shared_ptr<QDateTime> m_now;
    pakn::server::ServerConfig m_config;
    pakn::server::Database m_database;
    std::optional<pakn::server::TlsIdentity> m_identity;
    std::unique_ptr<pakn::server::ApiServer> m_api;
};

// A case picked straight from the server's database for a test to act on.
struct CaseRef
{
    qint64 id = 0;
    qint64 version = 0;
};
// The first case matching `where` (SQL over cases c, units u, accounts a) in
// `order` ("c.id" or "c.id DESC"); id 0 when none matches.
CaseRef findCase(TestServer &server, const QString &where,
                 const QString &order = QStringLiteral("c.id"));

// A case's feed JSON as CaseJsonWriter writes it from the case's rows read
// back now (empty when there is no such case).
QByteArray feedJsonFromRows(TestServer &server, qint64 id);
// Every case whose stored feed JSON is marked current for its seq but differs
// from feedJsonFromRows(), as "case N"; `stale` counts those not marked current.
QStringList feedJsonMismatches(TestServer &server, int *stale);

class TestClient
{
public:
    explicit TestClient(const TestServer &server);

    HttpResult get(const QString &path, const QByteArray &token = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    HttpResult postRaw(const QString &path, const QByteArray &body, const QByteArray &token = {},
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Any method (PUT, DELETE, a GET with headers …); an empty body sends none.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &token,
                    const QJsonObject &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Any method with raw bytes as the body (an attachment's upload).
    HttpResult sendBytes(const QByteArray &method, const QString &path, const QByteArray &token,
                         const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Logs in with the demo password; empty on failure.
    QByteArray login(const QString &login, const QString &password = QStringLiteral("demo"));
    // POST cases/{id}/actions with a fresh key unless one is given.
    HttpResult act(const QByteArray &token, qint64 caseId, const QString &action,
                   qint64 baseVersion, const QJsonObject &params = {}, const QString &key = {});

private:
    HttpResult finish(class QNetworkReply *reply);

    const TestServer &m_server;
    QNetworkAccessManager m_nam;
};
