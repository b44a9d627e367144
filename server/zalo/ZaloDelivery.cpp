#include "zalo/ZaloDelivery.h"

#include "zalo/ZaloLogging.h"

#include <QTimer>

namespace pakn::server {

ZaloDelivery::ZaloDelivery(ZaloOaClient &client, const ZaloSettings &settings, QObject *parent)
    : QObject(parent), m_client(client), m_settings(settings)
{}

void ZaloDelivery::deliver(const QString &userId, const QJsonObject &message,
                           std::function<void(const ZaloSendResult &, int)> done)
{
    attempt(userId, message, 1, std::move(done));
}

void ZaloDelivery::attempt(const QString &userId, const QJsonObject &message, int number,
                           std::function<void(const ZaloSendResult &, int)> done)
{
    m_client.send(userId, message, [=, this](const ZaloSendResult &result) {
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
        QTimer::singleShot(delay, this, [=, this] { attempt(userId, message, number + 1, done); });
    });
}

} // namespace pakn::server
