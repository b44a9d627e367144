#pragma once

// The Zalo OA API: sends one message to a citizen
// (POST {api}/v3.0/oa/message/cs with the access token) or one file (uploaded
// first: POST {api}/v2.0/oa/upload/image or …/upload/file, then a message
// naming it), and when Zalo says the token is invalid or expired, gets a new
// one once with the refresh token (POST {oauth}/v4/oa/access_token) and tries
// again. The tokens are kept in the database (ZaloStore), shared by every
// server instance: Zalo's refresh tokens are single-use, so an instance whose
// token was refused first looks whether another one already refreshed it. The
// configured tokens are used until the first refresh.

#include "zalo/ZaloFile.h"
#include "zalo/ZaloSettings.h"
#include "zalo/ZaloStore.h"

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

    ZaloOaClient(const ZaloSettings &settings, ZaloStore &store, std::function<QDateTime()> clock,
                 QObject *parent = nullptr);

    // `message` is the API's "message" object ({"text": …} and maybe an attachment).
    void send(const QString &userId, const QJsonObject &message, Done done);
    // Uploads `file`, then sends it: an image as a media message, a PDF as a file message.
    void sendFile(const QString &userId, const ZaloFile &file, Done done);

    // The message that shows an uploaded image (its attachment id) or file (its token).
    static QJsonObject fileMessage(const ZaloFile &file, const QString &uploaded);

private:
    using Answered = std::function<void(const ZaloSendResult &, const QJsonObject &answer)>;
    using Request = std::function<QNetworkReply *(const QString &accessToken)>;
    // Runs the request; on a rejected token, refreshes once and runs it again.
    void call(const Request &request, bool mayRefresh, Answered done);
    QNetworkReply *postMessage(const QByteArray &body, const QString &accessToken);
    QNetworkReply *postUpload(const ZaloFile &file, const QString &accessToken);
    ZaloTokens currentTokens();
    // Gets a new access token unless `rejected` is no longer the current one.
    void refresh(const QString &rejected, std::function<void(bool)> done);

    const ZaloSettings &m_settings;
    ZaloStore &m_store;
    std::function<QDateTime()> m_clock;
    QNetworkAccessManager m_nam;
};

} // namespace pakn::server
