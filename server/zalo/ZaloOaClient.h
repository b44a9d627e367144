#pragma once

// The Zalo OA API: sends one message to a citizen
// (POST {api}/v3.0/oa/message/cs with the access token) or one file (uploaded
// first: POST {api}/v2.0/oa/upload/image or …/upload/file, then a message
// naming it), and when Zalo says the token is invalid or expired, gets a new
// one once with the refresh token (POST {oauth}/v4/oa/access_token) and tries
// again. Tokens live in memory; the configured ones are the starting point
// after a restart.

#include "zalo/ZaloFile.h"
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
    // Uploads `file`, then sends it: an image as a media message, a PDF as a file message.
    void sendFile(const QString &userId, const ZaloFile &file, Done done);

    // The message that shows an uploaded image (its attachment id) or file (its token).
    static QJsonObject fileMessage(const ZaloFile &file, const QString &uploaded);

private:
    using Answered = std::function<void(const ZaloSendResult &, const QJsonObject &answer)>;
    using Request = std::function<QNetworkReply *()>;
    // Runs the request; on a rejected token, refreshes once and runs it again.
    void call(const Request &request, bool mayRefresh, Answered done);
    QNetworkReply *postMessage(const QByteArray &body);
    QNetworkReply *postUpload(const ZaloFile &file);
    void refresh(std::function<void(bool)> done);

    const ZaloSettings &m_settings;
    QString m_accessToken;
    QString m_refreshToken;
    QNetworkAccessManager m_nam;
};

} // namespace pakn::server
