#include "zalo/ZaloOaClient.h"

#include "zalo/ZaloLogging.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace pakn::server {

namespace {

// Zalo's answers for a token it no longer takes (invalid, expired).
bool tokenRejected(int error)
{
    return error == -216 || error == -124 || error == -220;
}

QUrl endpoint(const QString &base, const char *path)
{
    QString url = base;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return QUrl(url + QLatin1String(path));
}

} // namespace

ZaloOaClient::ZaloOaClient(const ZaloSettings &settings, ZaloStore &store,
                           std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_store(store), m_clock(std::move(clock))
{}

ZaloTokens ZaloOaClient::currentTokens()
{
    return m_store.tokens().value_or(ZaloTokens{m_settings.accessToken, m_settings.refreshToken});
}

void ZaloOaClient::send(const QString &userId, const QJsonObject &message, Done done)
{
    const QJsonObject body{
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("user_id"), userId}}},
        {QStringLiteral("message"), message}};
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call([this, json](const QString &token) { return postMessage(json, token); }, true,
         [done](const ZaloSendResult &result, const QJsonObject &) { done(result); });
}

void ZaloOaClient::sendFile(const QString &userId, const ZaloFile &file, Done done)
{
    call([this, file](const QString &token) { return postUpload(file, token); }, true,
         [this, userId, file, done](const ZaloSendResult &result, const QJsonObject &answer) {
             const QJsonObject data = answer.value(QStringLiteral("data")).toObject();
             const QString uploaded =
                 data.value(file.image ? QStringLiteral("attachment_id") : QStringLiteral("token"))
                     .toString();
             if (!result.ok || uploaded.isEmpty()) {
                 done(result.ok ? ZaloSendResult{false, false,
                                                 QStringLiteral("Zalo API: the upload gave no id")}
                                : result);
                 return;
             }
             send(userId, fileMessage(file, uploaded), done);
         });
}

QJsonObject ZaloOaClient::fileMessage(const ZaloFile &file, const QString &uploaded)
{
    if (!file.image)
        return {{QStringLiteral("attachment"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                             {QStringLiteral("payload"),
                              QJsonObject{{QStringLiteral("token"), uploaded}}}}}};
    const QJsonObject element{{QStringLiteral("media_type"), QStringLiteral("image")},
                              {QStringLiteral("attachment_id"), uploaded}};
    const QJsonObject payload{{QStringLiteral("template_type"), QStringLiteral("media")},
                              {QStringLiteral("elements"), QJsonArray{element}}};
    return {{QStringLiteral("attachment"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                         {QStringLiteral("payload"), payload}}}};
}

QNetworkReply *ZaloOaClient::postMessage(const QByteArray &body, const QString &accessToken)
{
    QNetworkRequest request(endpoint(m_settings.apiBaseUrl, "/v3.0/oa/message/cs"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("access_token", accessToken.toUtf8());
    request.setTransferTimeout(30000);
    return m_nam.post(request, body);
}

QNetworkReply *ZaloOaClient::postUpload(const ZaloFile &file, const QString &accessToken)
{
    QNetworkRequest request(endpoint(m_settings.apiBaseUrl, file.image ? "/v2.0/oa/upload/image"
                                                                       : "/v2.0/oa/upload/file"));
    request.setRawHeader("access_token", accessToken.toUtf8());
    request.setTransferTimeout(60000);
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, file.contentType);
    // RFC 7578: a non-ASCII name goes percent-encoded in UTF-8.
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QString(QStringLiteral("form-data; name=\"file\"; filename=\"") +
                           QString::fromLatin1(QUrl::toPercentEncoding(file.fileName)) +
                           QLatin1Char('"')));
    part.setBody(file.bytes);
    form->append(part);
    QNetworkReply *reply = m_nam.post(request, form);
    form->setParent(reply);
    return reply;
}

void ZaloOaClient::call(const Request &request, bool mayRefresh, Answered done)
{
    const QString token = currentTokens().access;
    QNetworkReply *reply = request(token);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, token, mayRefresh, done] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || http != 200) {
            done({false, true,
                  QStringLiteral("Zalo API: HTTP %1 %2").arg(http).arg(reply->errorString())},
                 {});
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int error = answer.value(QStringLiteral("error")).toInt(-1);
        if (error == 0) {
            done({true, false, {}}, answer);
            return;
        }
        if (tokenRejected(error) && mayRefresh) {
            refresh(token, [this, request, done](bool refreshed) {
                if (refreshed)
                    call(request, false, done);
                else
                    done({false, true,
                          QStringLiteral("Zalo API: the access token could not be refreshed")},
                         {});
            });
            return;
        }
        done({false, false,
              QStringLiteral("Zalo API error %1: %2")
                  .arg(error)
                  .arg(answer.value(QStringLiteral("message")).toString().left(200))},
             answer);
    });
}

void ZaloOaClient::refresh(const QString &rejected, std::function<void(bool)> done)
{
    const ZaloTokens tokens = currentTokens();
    if (tokens.access != rejected) {
        done(true); // another request (or instance) has refreshed it meanwhile
        return;
    }
    QNetworkRequest request(endpoint(m_settings.oauthBaseUrl, "/v4/oa/access_token"));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("secret_key", m_settings.appSecret.toUtf8());
    request.setTransferTimeout(30000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("refresh_token"), tokens.refresh);
    form.addQueryItem(QStringLiteral("app_id"), m_settings.appId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    QNetworkReply *reply = m_nam.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, tokens, done] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString access = answer.value(QStringLiteral("access_token")).toString();
        if (reply->error() != QNetworkReply::NoError || access.isEmpty()) {
            qCWarning(lcZalo) << "refreshing the OA access token failed:" << reply->errorString();
            done(false);
            return;
        }
        const QString next = answer.value(QStringLiteral("refresh_token")).toString();
        // Zalo's refresh tokens are single-use: the new one replaces it.
        const ZaloTokens fresh{access, next.isEmpty() ? tokens.refresh : next};
        if (!m_store.saveTokens(fresh, m_clock())) {
            qCWarning(lcZalo) << "the refreshed OA tokens could not be stored";
            done(false);
            return;
        }
        qCInfo(lcZalo) << "refreshed the OA access token";
        done(true);
    });
}

} // namespace pakn::server
