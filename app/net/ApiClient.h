#pragma once

// The HTTPS client for the server's API (docs/API.md). One QNetworkAccessManager
// per ApiClient, so it lives on one thread. Every request has a timeout;
// certificate errors are never ignored, except the expected ones for a
// certificate whose fingerprint matches the pinned one.

#include "net/ApiPayloads.h"
#include "net/ServerEndpoint.h"
#include "net/StaffReport.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSslCertificate>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pakn {

struct ApiResult
{
    enum class Kind
    {
        Ok,
        Offline,     // connection refused, host unreachable, timeout: try again later
        TlsError,    // certificate not trusted or fingerprint mismatch: do not retry
        HttpError,   // the server answered 4xx/5xx (errorCode from its body)
        BadResponse, // not JSON, truncated, or not the expected shape
    };
    Kind kind = Kind::Ok;
    int httpStatus = 0;
    QString errorCode; // the server's error code, e.g. "conflict"
    QString message;   // for people; never contains the token or password
    QJsonObject body;
    QByteArray etag;          // the answer's ETag header, if any
    bool notModified = false; // a 304 to If-None-Match: Ok, with no body
    QByteArray bytes;         // the raw answer of download() (files, thumbnails), getBytes()
    QString errorField;       // the request member a 400 names, e.g. "reporterPhone" (POST /cases)
    QByteArray peerFingerprint; // TlsError: SHA-256 of the certificate the server offered (raw)
    bool ok() const { return kind == Kind::Ok; }
    // An answer the client cannot use (malformed, or not storable), in words for people.
    static ApiResult badResponse(const QString &message)
    {
        ApiResult r;
        r.kind = Kind::BadResponse;
        r.message = message;
        return r;
    }
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit ApiClient(ServerEndpoint endpoint, QObject *parent = nullptr);
    ~ApiClient() override;

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // A request that receives nothing for this long fails (transfer timeout).
    static constexpr int kDefaultTimeoutMs = 30000;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const ServerEndpoint &endpoint() const { return m_endpoint; }

    // `path` is relative to /api/v1, e.g. "feed". The callback runs on this thread.
    void get(const QString &path, const QUrlQuery &query, Callback done);
    // get() whose answer is kept as bytes (result.bytes), for a caller that
    // reads them itself (FeedFetcher); error answers are read as download()'s.
    void getBytes(const QString &path, const QUrlQuery &query, Callback done);
    // A conditional GET: a 304 answer is Ok with notModified set.
    void getIfNoneMatch(const QString &path, const QByteArray &etag, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    // PUT of raw bytes (an attachment upload); the answer is JSON.
    void put(const QString &path, const QUrlQuery &query, const QByteArray &bytes, Callback done);
    void deleteResource(const QString &path, Callback done);
    // A GET whose answer is kept as bytes (result.bytes), not parsed; error
    // answers are still read as the API's error JSON. `progress` (optional)
    // is told the bytes received so far and the total (-1 when unknown).
    using Progress = std::function<void(qint64 received, qint64 total)>;
    void download(const QString &path, Callback done, Progress progress = {});

    // GET /figures and /figures/cases, decoded. An answer that does not decode
    // is a BadResponse (the value is then nullopt, as on any failure).
    using FiguresCallback =
        std::function<void(const ApiResult &, const std::optional<FiguresReport> &)>;
    void fetchFigures(const FiguresRequest &request, FiguresCallback done);
    using FigureCasesCallback =
        std::function<void(const ApiResult &, const std::optional<FigureCaseList> &)>;
    // The cases behind `measure`, or without one every case in the report.
    void fetchFigureCases(const FiguresRequest &request, std::optional<Measure> measure,
                          FigureCasesCallback done);

    // POST /cases (staff intake; online only, see StaffReport): the new case,
    // or nullopt with the reason in the result (Offline: keep the form and
    // resend with the same key; HttpError 400: errorField names what to fix).
    using CaseCallback = std::function<void(const ApiResult &, const std::optional<Case> &)>;
    void createCase(const StaffReport &report, const QString &key, CaseCallback done);

    // POST /cases/{id}/actions with reveal_contact (online only: the full
    // number is in that answer alone, and each reveal is in the case's
    // history): the case as it is now, with the phone masked, and the number.
    // A 409 is an HttpError whose body has the current case.
    using RevealCallback =
        std::function<void(const ApiResult &, const std::optional<Case> &, const QString &phone)>;
    void revealPhone(qint64 caseId, qint64 baseVersion, const QString &key, RevealCallback done);

private:
    void send(QNetworkReply *reply, Callback done, bool binary = false);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    QNetworkRequest requestFor(const QUrl &url) const;
    // An unusable endpoint (bad URL, plain http, unreadable CA file) answers
    // every request with that reason, asynchronously like a real answer.
    bool refuseIfMisconfigured(const Callback &done);

    ServerEndpoint m_endpoint;
    QNetworkAccessManager *m_nam;
    QList<QSslCertificate> m_caCertificates;
    QString m_setupError;
    QByteArray m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace pakn
