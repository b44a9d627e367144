#pragma once

// Gets one message to a citizen through the OA client, trying again after a
// network or server failure with a doubling delay (settings: retryDelay,
// sendAttempts). Attempts are kept in memory: a restart forgets a message
// still waiting for its next attempt.

#include "zalo/ZaloOaClient.h"

namespace pakn::server {

class ZaloDelivery : public QObject
{
    Q_OBJECT
public:
    ZaloDelivery(ZaloOaClient &client, const ZaloSettings &settings, QObject *parent = nullptr);

    // `done` gets the last attempt's result and how many attempts were made.
    void deliver(const QString &userId, const QJsonObject &message,
                 std::function<void(const ZaloSendResult &, int attempts)> done);

private:
    void attempt(const QString &userId, const QJsonObject &message, int number,
                 std::function<void(const ZaloSendResult &, int)> done);

    ZaloOaClient &m_client;
    const ZaloSettings &m_settings;
};

} // namespace pakn::server
