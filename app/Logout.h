#pragma once

// Ends a session: removes the token from the profile at once (so logging out
// works offline and survives a crash), then asks the server to forget it too,
// best effort with a short timeout.

#include "ClientProfile.h"

#include <QObject>

namespace pakn {

class ApiClient;

class Logout : public QObject
{
    Q_OBJECT
public:
    explicit Logout(ClientProfile &profile, QObject *parent = nullptr);

    // Emits finished exactly once (at once when there was no token).
    void start();

Q_SIGNALS:
    void finished(bool serverConfirmed);

private:
    ClientProfile &m_profile;
    ApiClient *m_api = nullptr;
};

} // namespace pakn
