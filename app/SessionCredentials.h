#pragma once

// The session token of a profile, kept between runs where the profile says
// (ClientProfile::tokenStorage): the system keychain (the default; qtkeychain:
// the Secret Service or KWallet on Linux), the profile's 0600 token file (an
// explicit choice for scripts and unattended machines) or nowhere. The token
// of the running session is held here, in memory, whatever the storage. When
// no keychain answers, the token stays in memory only and the user is told
// once (takeNotice()). Every operation ends with a signal, emitted later:
// nothing here waits for D-Bus.
//
// A token file left by a version that kept it there is moved to the keychain
// by load() and deleted, even when no keychain takes it (the user then logs in
// again next time): no token stays on disk unless the profile chose the file.

#include "ClientProfile.h"

#include <QObject>
#include <functional>

namespace QKeychain {
class Job;
}

namespace pakn {

class SessionCredentials : public QObject
{
    Q_OBJECT
public:
    explicit SessionCredentials(ClientProfile &profile, QObject *parent = nullptr);

    ClientProfile &profile() const { return m_profile; }

    // This session's token; empty when logged out (or before loaded()).
    QByteArray token() const { return m_token; }
    // Whether the token is kept beyond this process.
    bool remembered() const { return m_remembered; }

    // Reads the kept token; emits loaded().
    void load();
    // A new session's token: in memory at once, then kept; emits kept().
    void keep(const QByteArray &token);
    // Logging out here: the token leaves memory at once, then its storage; emits forgotten().
    void forget();

    // After the storage refused the token (no keychain): the sentence telling the
    // user, the first time it is asked for; empty otherwise.
    QString takeNotice();

    // The keychain entry: one service for the application, one key per server and user.
    static QString keychainService();
    static QString keychainKey(const ClientProfile &profile);

Q_SIGNALS:
    void loaded();
    void kept(bool remembered);
    void forgotten();

private:
    // Moves a token file of an older version to the keychain (and deletes the file).
    void moveTokenFile(const QByteArray &token);
    void writeToKeychain(const QByteArray &token, const std::function<void()> &done);
    void deleteFromKeychain(const QString &key, const std::function<void()> &done);
    // The keychain did not do what was asked: say so (once) and keep to memory.
    void keychainFailed(const QKeychain::Job *job, const char *what);
    void emitLater(void (SessionCredentials::*signal)());

    ClientProfile &m_profile;
    QByteArray m_token;
    QString m_keychainKey; // where the token is in the keychain, when it is
    bool m_remembered = false;
    QString m_notice;
    bool m_told = false;
};

} // namespace pakn
