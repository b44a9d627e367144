#pragma once

// How the server talks to a Zalo Official Account (docs/API.md, "Zalo
// webhook"). Without an app id and OA secret key the webhook refuses every
// event. The secrets are never logged.

#include <QString>
#include <chrono>

namespace pakn::server {

struct ZaloSettings
{
    QString appId;
    QString oaSecretKey; // signs the webhook's events
    QString appSecret;   // with the refresh token, gets a new access token
    QString accessToken;
    QString refreshToken;
    QString apiBaseUrl = QStringLiteral("https://openapi.zalo.me");
    QString oauthBaseUrl = QStringLiteral("https://oauth.zaloapp.com");
    QString channelLogin = QStringLiteral("zalo"); // the account that rates for the citizen

    // A citizen's messages form one report until "#gui" or this long after the first one.
    std::chrono::seconds reportWindow = std::chrono::minutes(10);
    // Zalo lets an OA answer a citizen this long after the citizen's last message.
    std::chrono::seconds replyWindow = std::chrono::hours(48);
    // Events older (or further ahead) than this are replays.
    std::chrono::seconds replayWindow = std::chrono::minutes(5);
    // A failed send is tried again after this, doubling each time, up to `sendAttempts` in all.
    std::chrono::milliseconds retryDelay = std::chrono::seconds(5);
    int sendAttempts = 5;

    bool configured() const { return !appId.isEmpty() && !oaSecretKey.isEmpty(); }
};

} // namespace pakn::server
