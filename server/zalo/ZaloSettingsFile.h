#pragma once

// The Zalo channel's settings from a JSON file (`pakn-server --zalo-config
// FILE`), so the OA's secrets stay out of the process list. Keys: appId,
// oaSecretKey, appSecret, accessToken, refreshToken, apiBaseUrl,
// oauthBaseUrl, channelLogin, reportWindowSeconds, replyWindowHours,
// retryDelayMs, sendAttempts (docs/API.md, "Zalo webhook").

#include "zalo/ZaloSettings.h"

#include <optional>

namespace pakn::server {

class ZaloSettingsFile
{
public:
    // The settings, or nullopt with `error` naming the file and the key at fault (never a value).
    static std::optional<ZaloSettings> read(const QString &path, QString *error);
};

} // namespace pakn::server
