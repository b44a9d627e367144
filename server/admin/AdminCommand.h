#pragma once

// `pakn-server admin [--data DIR] <unit|user> <command> …`: administration
// from a console on the server machine, against the data directory's
// database while no server runs on it (the server's lock file is taken, so a
// running server is reported instead of racing it). One line per result;
// exit code 0 done, 1 refused or failed, 2 usage error.

#include <QStringList>
#include <functional>

namespace pakn::server {

class AdminCommand
{
public:
    // Reads a password for --password-stdin; injectable for tests.
    using PasswordSource = std::function<QString()>;

    static bool isAdminInvocation(const QStringList &arguments);
    // `arguments` as main() got them: program, "admin", ….
    static int run(const QStringList &arguments, const PasswordSource &readPassword);
    static QString usage();
};

} // namespace pakn::server
