#pragma once

// Ends a session: forgets the token here at once (memory, then the keychain
// or file: logging out works offline and survives a crash), and asks the
// server to forget it too, best effort with a short timeout. "Everywhere" asks
// the server to end every session of the account (other computers included).

#include "SessionCredentials.h"

#include <QObject>

namespace pakn {

class ApiClient;

class Logout : public QObject
{
    Q_OBJECT
public:
    explicit Logout(SessionCredentials &credentials, QObject *parent = nullptr);

    enum class Reach
    {
        ThisSession,
        Everywhere,
    };

    // Emits finished exactly once, when the token's storage and the server
    // (when there was a token) have answered.
    void start(Reach reach = Reach::ThisSession);

Q_SIGNALS:
    void finished(bool serverConfirmed);

private:
    void finishWhenDone();

    SessionCredentials &m_credentials;
    ApiClient *m_api = nullptr;
    int m_waiting = 0; // answers still to come: the storage's, the server's
    bool m_confirmed = false;
};

} // namespace pakn
