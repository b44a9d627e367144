#include "net/ApiClient.h"

#include "ClientLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <memory>

namespace pakn {

namespace {

QString mismatchMessage(const QByteArray &expected, const QByteArray &actual)
{
    return ApiClient::tr("The server's certificate does not match the pinned fingerprint.\n"
                         "Expected: %1\nActual: %2")
        .arg(ServerEndpoint::formatFingerprint(expected),
             actual.isEmpty() ? ApiClient::tr("(no certificate)")
                              : ServerEndpoint::formatFingerprint(actual));
}

// One reason in plain words per problem (a chain can repeat one for each certificate).
QString certificateProblem(const QSslError &e, const QString &host)
{
    const QSslCertificate &c = e.certificate();
    switch (e.error()) {
    case QSslError::CertificateExpired:
        return ApiClient::tr("it expired on %1")
            .arg(c.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    case QSslError::CertificateNotYetValid:
        return ApiClient::tr("it is not valid before %1")
            .arg(c.effectiveDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    case QSslError::HostNameMismatch: {
        QStringList names = c.subjectAlternativeNames().values();
        if (names.isEmpty())
            names = c.subjectInfo(QSslCertificate::CommonName);
        return ApiClient::tr("it was issued for another host name (%1), not %2")
            .arg(names.join(QLatin1String(", ")), host);
    }
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return ApiClient::tr("it was issued by an unknown issuer (%1)").arg(c.issuerDisplayName());
    default:
        return e.errorString();
    }
}

QString untrustedMessage(const QList<QSslError> &errors, const QString &host,
                         const QByteArray &actual)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        if (const QString reason = certificateProblem(e, host); !reasons.contains(reason))
            reasons.append(reason);
    return ApiClient::tr("The server's certificate is not trusted: %1. Its SHA-256 fingerprint is "
                         "%2; compare it with the fingerprint your administrator gave you "
                         "before trusting it.")
        .arg(reasons.join(QLatin1String("; ")), ServerEndpoint::formatFingerprint(actual));
}

// What the handshake refused, and the certificate it got.
struct TlsRefusal
{
    QString message;
    QByteArray fingerprint;
};

bool isOfflineError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return e >= QNetworkReply::ProxyConnectionRefusedError &&
               e <= QNetworkReply::UnknownProxyError;
    }
}

const char *verbOf(QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return "GET";
    }
}

ApiResult resultOf(QNetworkReply *reply, const TlsRefusal &tlsRefusal, bool binary)
{
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    if (!tlsRefusal.message.isEmpty()) {
        r.kind = ApiResult::Kind::TlsError;
        r.message = tlsRefusal.message;
        r.peerFingerprint = tlsRefusal.fingerprint;
        return r;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (r.httpStatus == 0) {
        if (error == QNetworkReply::SslHandshakeFailedError) {
            r.kind = ApiResult::Kind::TlsError;
            r.message = ApiClient::tr("The secure connection to %1 failed: %2")
                            .arg(host, reply->errorString());
        } else if (isOfflineError(error)) {
            r.kind = ApiResult::Kind::Offline;
            r.message = error == QNetworkReply::OperationCanceledError
                            ? ApiClient::tr("The server %1 did not answer in time.").arg(host)
                            : ApiClient::tr("Cannot reach the server %1: %2")
                                  .arg(host, reply->errorString());
        } else {
            r.kind = ApiResult::Kind::BadResponse;
            r.message = ApiClient::tr("The server %1 sent an answer that is not HTTP: %2")
                            .arg(host, reply->errorString());
        }
        return r;
    }

    r.etag = reply->rawHeader("ETag");
    if (r.httpStatus == 304 && !reply->request().rawHeader("If-None-Match").isEmpty()) {
        r.notModified = true;
        return r;
    }
    const QByteArray raw = reply->readAll();
    if (binary && r.httpStatus >= 200 && r.httpStatus < 300) {
        if (error != QNetworkReply::NoError && isOfflineError(error)) {
            r.kind = ApiResult::Kind::Offline; // the connection broke mid-answer
            r.message =
                ApiClient::tr("The connection to %1 broke: %2").arg(host, reply->errorString());
        }
        r.bytes = raw;
        return r;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parse);
    r.body = doc.object();
    if (r.httpStatus >= 400) {
        r.kind = ApiResult::Kind::HttpError;
        const QJsonObject e = r.body.value(QStringLiteral("error")).toObject();
        r.errorCode = e.value(QStringLiteral("code")).toString();
        r.errorField = e.value(QStringLiteral("field")).toString();
        r.message = e.value(QStringLiteral("message")).toString();
        if (r.message.isEmpty())
            r.message = ApiClient::tr("The server answered with HTTP status %1.").arg(r.httpStatus);
    } else if (r.httpStatus < 200 || r.httpStatus >= 300) {
        r.kind = ApiResult::Kind::BadResponse;
        r.message =
            ApiClient::tr("The server answered with unexpected HTTP status %1.").arg(r.httpStatus);
    } else if (error != QNetworkReply::NoError && isOfflineError(error)) {
        r.kind = ApiResult::Kind::Offline; // the connection broke mid-answer
        r.message = ApiClient::tr("The connection to %1 broke: %2").arg(host, reply->errorString());
    } else if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        r.kind = ApiResult::Kind::BadResponse;
        r.message = parse.error != QJsonParseError::NoError
                        ? ApiClient::tr("The server's answer is not valid JSON (%1 at byte %2).")
                              .arg(parse.errorString())
                              .arg(parse.offset)
                        : ApiClient::tr("The server's answer is not a JSON object.");
    }
    return r;
}

} // namespace

ApiClient::ApiClient(ServerEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_nam(new QNetworkAccessManager(this))
{
    // A redirect could carry the bearer token to another host: never follow one.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_setupError = m_endpoint.validate();
    if (m_setupError.isEmpty() && !m_endpoint.caFile.isEmpty()) {
        m_caCertificates = QSslCertificate::fromPath(m_endpoint.caFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            m_setupError = tr("The CA file %1 cannot be read or holds no PEM certificate.")
                               .arg(m_endpoint.caFile);
    }
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_endpoint.baseUrl;
    QString prefix = url.path();
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    url.setPath(prefix + QStringLiteral("api/v1/") + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest ApiClient::requestFor(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    if (!refuseIfMisconfigured(done))
        send(m_nam->get(requestFor(urlFor(path, query))), std::move(done));
}

void ApiClient::getIfNoneMatch(const QString &path, const QByteArray &etag, Callback done)
{
    if (refuseIfMisconfigured(done))
        return;
    QNetworkRequest request = requestFor(urlFor(path, {}));
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    send(m_nam->get(request), std::move(done));
}

void ApiClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    if (refuseIfMisconfigured(done))
        return;
    QNetworkRequest request = requestFor(urlFor(path, {}));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    send(m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void ApiClient::put(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                    Callback done)
{
    if (refuseIfMisconfigured(done))
        return;
    QNetworkRequest request = requestFor(urlFor(path, query));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/octet-stream"));
    send(m_nam->put(request, bytes), std::move(done));
}

void ApiClient::deleteResource(const QString &path, Callback done)
{
    if (!refuseIfMisconfigured(done))
        send(m_nam->deleteResource(requestFor(urlFor(path, {}))), std::move(done));
}

void ApiClient::getBytes(const QString &path, const QUrlQuery &query, Callback done)
{
    if (refuseIfMisconfigured(done))
        return;
    send(m_nam->get(requestFor(urlFor(path, query))), std::move(done), true);
}

void ApiClient::download(const QString &path, Callback done, Progress progress)
{
    if (refuseIfMisconfigured(done))
        return;
    QNetworkRequest request = requestFor(urlFor(path, {}));
    request.setRawHeader("Accept", "*/*");
    QNetworkReply *reply = m_nam->get(request);
    if (progress)
        connect(reply, &QNetworkReply::downloadProgress, this, std::move(progress));
    send(reply, std::move(done), true);
}

namespace {
// Decodes an Ok answer with `decode`; one that does not decode becomes a BadResponse.
template <typename T, typename Decode> std::optional<T> decoded(ApiResult &r, Decode decode)
{
    if (!r.ok())
        return std::nullopt;
    QString error;
    std::optional<T> value = decode(r.body, &error);
    if (!value) {
        r.kind = ApiResult::Kind::BadResponse;
        r.message = ApiClient::tr("The server's answer is not what was expected: %1").arg(error);
    }
    return value;
}
} // namespace

void ApiClient::fetchFigures(const FiguresRequest &request, FiguresCallback done)
{
    get(QStringLiteral("figures"), figuresQuery(request), [done](ApiResult r) {
        const auto report = decoded<FiguresReport>(
            r, [](const QJsonObject &o, QString *e) { return figuresReportFromJson(o, e); });
        done(r, report);
    });
}

void ApiClient::fetchFigureCases(const FiguresRequest &request, std::optional<Measure> measure,
                                 FigureCasesCallback done)
{
    get(QStringLiteral("figures/cases"), figuresQuery(request, measure), [done](ApiResult r) {
        const auto list = decoded<FigureCaseList>(r, &figureCasesFromAnswer);
        done(r, list);
    });
}

void ApiClient::createCase(const StaffReport &report, const QString &key, CaseCallback done)
{
    post(QStringLiteral("cases"), report.requestBody(key), [done](ApiResult r) {
        const auto created = decoded<Case>(r, &caseFromAnswer);
        done(r, created);
    });
}

void ApiClient::revealPhone(qint64 caseId, qint64 baseVersion, const QString &key,
                            RevealCallback done)
{
    const QJsonObject body{{QStringLiteral("action"), toCode(CaseAction::RevealContact)},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("baseVersion"), baseVersion}};
    post(QStringLiteral("cases/%1/actions").arg(caseId), body, [done](ApiResult r) {
        const auto c = decoded<Case>(r, &caseFromAnswer);
        const QJsonValue phone = r.body.value(QStringLiteral("reporterPhone"));
        if (c && !phone.isString()) {
            r.kind = ApiResult::Kind::BadResponse;
            r.message = tr("The server's answer is not what was expected: %1")
                            .arg(QStringLiteral("no reporterPhone"));
            return done(r, std::nullopt, {});
        }
        done(r, c, phone.toString());
    });
}

bool ApiClient::refuseIfMisconfigured(const Callback &done)
{
    if (m_setupError.isEmpty())
        return false;
    ApiResult r;
    r.kind = ApiResult::Kind::TlsError;
    r.message = m_setupError;
    // Callers expect the answer later, never from inside get()/post().
    QMetaObject::invokeMethod(
        this, [done, r] { done(r); }, Qt::QueuedConnection);
    return true;
}

void ApiClient::send(QNetworkReply *reply, Callback done, bool binary)
{
    auto tlsRefusal = std::make_shared<TlsRefusal>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const QByteArray pin = m_endpoint.fingerprint;

    connect(reply, &QNetworkReply::sslErrors, this,
            [reply, pin, tlsRefusal](const QList<QSslError> &errors) {
                QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                if (peer.isNull() && !errors.isEmpty())
                    peer = errors.first().certificate();
                const QByteArray actual = peer.digest(QCryptographicHash::Sha256);
                if (!pin.isEmpty() && !peer.isNull() && actual == pin) {
                    // The pinned certificate itself: its chain is not trusted (it is
                    // self-signed) and that is exactly what pinning accepts.
                    reply->ignoreSslErrors(errors);
                    return;
                }
                tlsRefusal->fingerprint = actual;
                tlsRefusal->message = pin.isEmpty()
                                          ? untrustedMessage(errors, reply->url().host(), actual)
                                          : mismatchMessage(pin, actual);
            });
    // A certificate trusted by a CA must still be the pinned one when a pin is set.
    connect(reply, &QNetworkReply::encrypted, this, [reply, pin, tlsRefusal] {
        if (pin.isEmpty())
            return;
        const QByteArray actual =
            reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (actual != pin) {
            tlsRefusal->fingerprint = actual;
            tlsRefusal->message = mismatchMessage(pin, actual);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, tlsRefusal, clock, done, binary] {
        reply->deleteLater();
        const ApiResult result = resultOf(reply, *tlsRefusal, binary);
        qCDebug(lcNet).noquote() << verbOf(reply) << reply->url().path() << "->"
                                 << result.httpStatus << "in" << clock->elapsed() << "ms";
        if (!result.ok())
            qCInfo(lcNet).noquote() << reply->url().path() << "failed:" << result.message;
        done(result);
    });
}

} // namespace pakn
