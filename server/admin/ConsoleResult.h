#pragma once

// What a `pakn-server admin` command that prints lines produced, for
// AdminCommand to print and turn into an exit code.

#include <QStringList>

namespace pakn::server {

struct ConsoleResult
{
    int exitCode = 0;   // 0 done, 1 refused or failed, 2 bad arguments
    QStringList output; // to standard output
    QString problem;    // to standard error
};

} // namespace pakn::server
