#pragma once

// Logging in: asks the server for a token, then fetches the user, the unit tree
// and the accounts in scope, and stores them in the profile and cache.

#include "ClientProfile.h"
#include "domain/Case.h"
#include "net/ApiClient.h"

#include <QObject>

namespace pakn {

class Login : public QObject
{
    Q_OBJECT
public:
    Login(ClientProfile &profile, QString clientName, QObject *parent = nullptr);

    // Starts logging in; emits exactly one of succeeded/failed.
    void start(const QString &password);

Q_SIGNALS:
    void succeeded(const pakn::Account &me);
    void failed(const QString &message, pakn::ApiResult::Kind kind);

private:
    ClientProfile &m_profile;
    QString m_client;
    ApiClient *m_api = nullptr;
};

} // namespace pakn
