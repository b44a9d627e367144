#include "Logout.h"

#include "net/ApiClient.h"

#include <QTimer>

namespace pakn {

Logout::Logout(ClientProfile &profile, QObject *parent) : QObject(parent), m_profile(profile) {}

void Logout::start(Reach reach)
{
    const QByteArray token = m_profile.readToken();
    m_profile.clearToken();
    if (token.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false); });
        return;
    }
    m_api = new ApiClient(m_profile.endpoint, this);
    m_api->setToken(token);
    m_api->setTimeout(5000);
    m_api->post(reach == Reach::Everywhere ? QStringLiteral("logout/everywhere")
                                           : QStringLiteral("logout"),
                {}, [this](const ApiResult &result) { Q_EMIT finished(result.ok()); });
}

} // namespace pakn
