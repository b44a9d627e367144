#pragma once

// A client profile: one directory holding the settings (server, user, trust),
// the cache database and the session token. Several profiles can live on one
// machine (one per person, or for tests). The password is never stored.

#include "net/ServerEndpoint.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pakn {

// Where the session token is kept between runs (SessionCredentials).
enum class TokenStorage
{
    Keychain, // the system keychain; not remembered when none answers (the default)
    File,     // the profile's token file, mode 0600: for scripts and unattended machines
    None,     // never remembered
};

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
    QString language;                                   // "vi" (default) or "en"
    TokenStorage tokenStorage = TokenStorage::Keychain; // session/token_storage

    static QString tokenStorageCode(TokenStorage storage); // "keychain", "file", "none"
    static std::optional<TokenStorage> tokenStorageFromCode(const QString &code);

    // The token file: the bearer token of the current session, readable by the
    // user only (mode 0600); empty when there is none. Only SessionCredentials
    // decides whether it is used.
    QByteArray readToken() const;
    bool writeToken(const QByteArray &token, QString *error) const;
    void clearToken() const;

private:
    QString m_dir;
};

} // namespace pakn
