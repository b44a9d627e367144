#include "zalo/ZaloDelivery.h"

#include "zalo/ZaloLogging.h"

#include <QTimer>

namespace pakn::server {

ZaloDelivery::ZaloDelivery(ZaloOaClient &client, const ZaloSettings &settings, QObject *parent)
    : QObject(parent), m_client(client), m_settings(settings)
{}

void ZaloDelivery::deliver(const QString &userId, const QJsonObject &message, Done done)
{
    attempt([this, userId,
             message](ZaloOaClient::Done sent) { m_client.send(userId, message, std::move(sent)); },
            1, std::move(done));
}

void ZaloDelivery::deliverFile(const QString &userId, const ZaloFile &file, Done done)
{
    attempt([this, userId,
             file](ZaloOaClient::Done sent) { m_client.sendFile(userId, file, std::move(sent)); },
            1, std::move(done));
}

void ZaloDelivery::attempt(const Attempt &send, int number, Done done)
{
    send([=, this](const ZaloSendResult &result) {
        if (result.ok || !result.retryable || number >= m_settings.sendAttempts) {
            if (!result.ok)
                qCWarning(lcZalo) << "giving up on a message after" << number
                                  << "attempts:" << result.error;
            done(result, number);
            return;
        }
        const auto delay = m_settings.retryDelay * (1 << std::min(number - 1, 10));
        qCInfo(lcZalo) << "sending failed (" << result.error << "), trying again in"
                       << delay.count() << "ms";
        QTimer::singleShot(delay, this, [=, this] { attempt(send, number + 1, done); });
    });
}

} // namespace pakn::server
