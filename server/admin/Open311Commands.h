#pragma once

// The `open311` area of `pakn-server admin`: `open311 add NAME` registers a
// client application and prints its API key once (only its hash is kept);
// `open311 list` shows the applications. Lines for AdminCommand to print.

#include "storage/Open311ClientRepository.h"

#include <QStringList>

namespace pakn::server {

struct Open311CommandResult
{
    int exitCode = 0;   // 0 done, 1 refused or failed, 2 bad arguments
    QStringList output; // to standard output
    QString problem;    // to standard error
};

class Open311Commands
{
public:
    static QStringList commands();
    static QString usage();
    static Open311CommandResult run(const QString &command, const QStringList &args,
                                    Open311ClientRepository &clients);
};

} // namespace pakn::server
