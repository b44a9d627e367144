#pragma once

// Gets one message (or file) to a citizen through the OA client, trying again after a
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

    using Done = std::function<void(const ZaloSendResult &, int attempts)>;

    // `done` gets the last attempt's result and how many attempts were made.
    void deliver(const QString &userId, const QJsonObject &message, Done done);
    // A file is uploaded again on every attempt: Zalo's upload ids may not outlive a failure.
    void deliverFile(const QString &userId, const ZaloFile &file, Done done);

private:
    using Attempt = std::function<void(ZaloOaClient::Done)>;
    void attempt(const Attempt &send, int number, Done done);

    ZaloOaClient &m_client;
    const ZaloSettings &m_settings;
};

} // namespace pakn::server
