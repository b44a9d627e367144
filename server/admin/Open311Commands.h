#pragma once

// The `open311` area of `pakn-server admin`: `open311 add NAME` registers a
// client application and prints its API key once (only its hash is kept);
// `open311 list` shows the applications. Lines for AdminCommand to print.
// Adding one is in the administration's history.

#include "admin/AdminHistory.h"
#include "admin/ConsoleResult.h"
#include "storage/Open311ClientRepository.h"

namespace pakn::server {

class Open311Commands
{
public:
    static QStringList commands();
    static QString usage();
    static ConsoleResult run(const QString &command, const QStringList &args,
                             Open311ClientRepository &clients, AdminHistory &history,
                             const AdminActor &actor);
};

} // namespace pakn::server
