#pragma once

// The Zalo OA message API: sends one message to a citizen
// (POST {api}/v3.0/oa/message/cs with the access token), and when Zalo says
// the token is invalid or expired, gets a new one once with the refresh token
// (POST {oauth}/v4/oa/access_token) and sends again. Tokens live in memory;
// the configured ones are the starting point after a restart.

#include "zalo/ZaloSettings.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <functional>

namespace pakn::server {

struct ZaloSendResult
{
    bool ok = false;
    bool retryable = false; // a network or server failure: worth trying again later
    QString error;          // for the log and the case's history; never a token
};

class ZaloOaClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ZaloSendResult &)>;

    explicit ZaloOaClient(const ZaloSettings &settings, QObject *parent = nullptr);

    // `message` is the API's "message" object ({"text": …} and maybe an attachment).
    void send(const QString &userId, const QJsonObject &message, Done done);

private:
    void post(const QByteArray &body, bool mayRefresh, Done done);
    void refresh(std::function<void(bool)> done);

    const ZaloSettings &m_settings;
    QString m_accessToken;
    QString m_refreshToken;
    QNetworkAccessManager m_nam;
};

} // namespace pakn::server
