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
    void fetchDirectory(const Account &me, const QByteArray &token);
    void finish(const Account &me, const QByteArray &token, const QList<Unit> &units,
                const QList<Account> &accounts);
    // Records the user, units and accounts; a cache of another user or server is
    // emptied first, unless it still holds that user's unsent work.
    bool storeInCache(const Account &me, const QList<Unit> &units, const QList<Account> &accounts,
                      QString *error);
    void fail(const QString &message, ApiResult::Kind kind);

    ClientProfile &m_profile;
    QString m_client;
    ApiClient *m_api = nullptr;
    bool m_running = false;
};

} // namespace pakn
