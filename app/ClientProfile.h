#pragma once

// A client profile: one directory holding the settings (server, user, trust),
// the cache database and the session token. Several profiles can live on one
// machine (one per person, or for tests). The password is never stored.

#include "net/ServerEndpoint.h"

#include <QCoreApplication>
#include <QString>

namespace pakn {

class ClientProfile
{
    Q_DECLARE_TR_FUNCTIONS(pakn::ClientProfile)

public:
    // The default directory: $PAKN_PROFILE, else the platform's app data dir + "/default".
    static QString defaultDirectory();

    explicit ClientProfile(QString directory);

    QString directory() const { return m_dir; }
    QString cachePath() const; // <dir>/cache.sqlite

    // Settings (profile.ini). load() returns false with a message when unreadable.
    bool load(QString *error);
    bool save(QString *error) const;

    ServerEndpoint endpoint;
    QString login;
    QString language; // "vi" (default) or "en"

    // The bearer token of the current session, kept in a file only the user can
    // read (mode 0600). Empty when logged out.
    QByteArray readToken() const;
    bool writeToken(const QByteArray &token, QString *error) const;
    void clearToken() const;

private:
    QString m_dir;
};

} // namespace pakn
