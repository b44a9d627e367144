#include "zalo/ZaloOaClient.h"

#include "zalo/ZaloLogging.h"

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

ZaloOaClient::ZaloOaClient(const ZaloSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_accessToken(settings.accessToken),
      m_refreshToken(settings.refreshToken)
{}

void ZaloOaClient::send(const QString &userId, const QJsonObject &message, Done done)
{
    const QJsonObject body{
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("user_id"), userId}}},
        {QStringLiteral("message"), message}};
    post(QJsonDocument(body).toJson(QJsonDocument::Compact), true, std::move(done));
}

void ZaloOaClient::post(const QByteArray &body, bool mayRefresh, Done done)
{
    QNetworkRequest request(endpoint(m_settings.apiBaseUrl, "/v3.0/oa/message/cs"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("access_token", m_accessToken.toUtf8());
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_nam.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, mayRefresh, done] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || http != 200) {
            done({false, true,
                  QStringLiteral("Zalo API: HTTP %1 %2").arg(http).arg(reply->errorString())});
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int error = answer.value(QStringLiteral("error")).toInt(-1);
        if (error == 0) {
            done({true, false, {}});
            return;
        }
        if (tokenRejected(error) && mayRefresh) {
            refresh([this, body, done](bool refreshed) {
                if (refreshed)
                    post(body, false, done);
                else
                    done({false, true,
                          QStringLiteral("Zalo API: the access token could not be "
                                         "refreshed")});
            });
            return;
        }
        done({false, false,
              QStringLiteral("Zalo API error %1: %2")
                  .arg(error)
                  .arg(answer.value(QStringLiteral("message")).toString().left(200))});
    });
}

void ZaloOaClient::refresh(std::function<void(bool)> done)
{
    QNetworkRequest request(endpoint(m_settings.oauthBaseUrl, "/v4/oa/access_token"));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("secret_key", m_settings.appSecret.toUtf8());
    request.setTransferTimeout(30000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("refresh_token"), m_refreshToken);
    form.addQueryItem(QStringLiteral("app_id"), m_settings.appId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    QNetworkReply *reply = m_nam.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString access = answer.value(QStringLiteral("access_token")).toString();
        if (reply->error() != QNetworkReply::NoError || access.isEmpty()) {
            qCWarning(lcZalo) << "refreshing the OA access token failed:" << reply->errorString();
            done(false);
            return;
        }
        m_accessToken = access;
        const QString next = answer.value(QStringLiteral("refresh_token")).toString();
        if (!next.isEmpty())
            m_refreshToken = next; // Zalo's refresh tokens are single-use
        qCInfo(lcZalo) << "refreshed the OA access token";
        done(true);
    });
}

} // namespace pakn::server
