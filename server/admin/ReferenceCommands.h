#pragma once

// The reference-data areas of `pakn-server admin`: holiday, workday, hours,
// deadline, field and template. AdminCommand parses the command line and
// opens the database; this turns one command into a ReferenceAdministration
// call, and a list into lines of text.

#include "admin/ReferenceAdministration.h"

#include <QCommandLineParser>
#include <QHash>

namespace pakn::server {

class ReferenceCommands
{
public:
    // Area → its commands.
    static const QHash<QString, QStringList> &commands();
    static QString usage();
    // The options these commands read (--field, --title, --body).
    static QList<QCommandLineOption> options();

    // nullopt: the arguments do not fit the command (`problem` says how).
    static std::optional<AdminOutcome> run(const QString &area, const QString &command,
                                           const QStringList &args,
                                           const QCommandLineParser &parser,
                                           ReferenceAdministration &admin, const AdminActor &actor,
                                           QString *problem);

private:
    static std::optional<AdminOutcome> list(const QString &area, const QCommandLineParser &parser,
                                            ReferenceAdministration &admin);
};

} // namespace pakn::server
