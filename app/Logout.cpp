#include "Logout.h"

#include "net/ApiClient.h"

namespace pakn {

Logout::Logout(SessionCredentials &credentials, QObject *parent)
    : QObject(parent), m_credentials(credentials)
{}

void Logout::start(Reach reach)
{
    const QByteArray token = m_credentials.token();
    m_waiting = token.isEmpty() ? 1 : 2;
    connect(&m_credentials, &SessionCredentials::forgotten, this, &Logout::finishWhenDone,
            Qt::SingleShotConnection);
    m_credentials.forget();
    if (token.isEmpty())
        return;
    ClientProfile &profile = m_credentials.profile();
    m_api = new ApiClient(profile.endpoint, this);
    m_api->setToken(token);
    m_api->setTimeout(5000);
    m_api->post(reach == Reach::Everywhere ? QStringLiteral("logout/everywhere")
                                           : QStringLiteral("logout"),
                {}, [this](const ApiResult &result) {
                    m_confirmed = result.ok();
                    finishWhenDone();
                });
}

void Logout::finishWhenDone()
{
    if (--m_waiting == 0)
        Q_EMIT finished(m_confirmed);
}

} // namespace pakn
