#pragma once

// The `pakn` command line: parses the arguments, runs one command against the
// profile's cache and server, and returns the process exit code.

#include "CliOutput.h"
#include "ClientProfile.h"
#include "SessionCredentials.h"
#include "sync/SyncEngine.h"

#include <QStringList>

namespace pakn {

class CliCommand
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        NotAuthenticated = 4,
        Queued = 75
    };

    explicit CliCommand(QStringList arguments);
    int run();

private:
    int login(const QStringList &args);
    int logout(QStringList args);
    // The new password when the server asks for one; empty (and said why) when none.
    QString newPassword(const QString &user);
    int sync();
    int list(const QStringList &args, bool search);
    int show(const QStringList &args);
    int act(const QStringList &args);
    int outbox();
    int attachments(const QString &command, const QStringList &args); // attach, file
    int drafts();

    // Runs one sync round on this thread; false (with a message) if it did not complete.
    bool syncRound(QString *message, SyncState *finalState = nullptr);
    bool requireLogin();
    // The session's token, read where the profile keeps it (once, waiting here).
    QByteArray sessionToken();
    int usage(const QString &problem);

    QStringList m_args;
    std::unique_ptr<ClientProfile> m_profile;
    std::unique_ptr<SessionCredentials> m_credentials;
    bool m_credentialsLoaded = false;
    CliOutput m_out{false};
    int m_rejected = 0; // queued actions the server refused during this run
};

} // namespace pakn
