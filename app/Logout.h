#pragma once

// Ends a session: removes the token from the profile at once (so logging out
// works offline and survives a crash), then asks the server to forget it too,
// best effort with a short timeout. "Everywhere" asks the server to end every
// session of the account (other computers included).

#include "ClientProfile.h"

#include <QObject>

namespace pakn {

class ApiClient;

class Logout : public QObject
{
    Q_OBJECT
public:
    explicit Logout(ClientProfile &profile, QObject *parent = nullptr);

    enum class Reach
    {
        ThisSession,
        Everywhere,
    };

    // Emits finished exactly once (at once when there was no token).
    void start(Reach reach = Reach::ThisSession);

Q_SIGNALS:
    void finished(bool serverConfirmed);

private:
    ClientProfile &m_profile;
    ApiClient *m_api = nullptr;
};

} // namespace pakn
