#include "admin/AdminCommand.h"

#include "CommandLine.h"
#include "admin/AdminHistoryListing.h"
#include "admin/Open311Commands.h"
#include "admin/ReferenceCommands.h"
#include "admin/UnitAdministration.h"
#include "admin/UserAdministration.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <cstdio>

namespace pakn::server {

namespace {

constexpr int usageError = 2;

int say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
    return 0;
}

int complain(const QString &line, int code = 1)
{
    std::fprintf(stderr, "pakn-server admin: %s\n", qUtf8Printable(line));
    return code;
}

int misuse(const QString &line)
{
    complain(line, usageError);
    std::fprintf(stderr, "%s", qUtf8Printable(AdminCommand::usage()));
    return usageError;
}

int finish(const ConsoleResult &r)
{
    for (const QString &line : r.output)
        say(line);
    return r.exitCode == 2 ? misuse(r.problem) : r.exitCode ? complain(r.problem) : 0;
}

// The console's administrator: the operating system's user who ran the command.
AdminActor consoleActor()
{
    AdminActor actor;
    const QString user = qEnvironmentVariable("SUDO_USER", qEnvironmentVariable("USER"));
    if (!user.isEmpty())
        actor.client = QStringLiteral("pakn-server admin (%1)").arg(user.left(64));
    return actor;
}

int finish(const AdminOutcome &outcome)
{
    if (!outcome.ok())
        return complain(outcome.message);
    say(outcome.message);
    if (!outcome.generatedPassword.isEmpty())
        say(QStringLiteral("one-time password (shown only now): ") + outcome.generatedPassword);
    return 0;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

void printTree(const QList<StoredUnit> &units)
{
    QHash<UnitId, QList<const StoredUnit *>> children;
    for (const StoredUnit &u : units)
        children[u.active() ? u.unit.parentId : -1].append(&u);
    // Depth-first from the roots; `seen` guards against a cycle in stored data.
    QSet<UnitId> seen;
    std::function<void(UnitId, int)> walk = [&](UnitId parent, int depth) {
        for (const StoredUnit *u : children.value(parent)) {
            if (seen.contains(u->unit.id))
                continue;
            seen.insert(u->unit.id);
            say(QString(depth * 2, QLatin1Char(' ')) +
                QStringLiteral("%1 %2 (%3)").arg(u->unit.id).arg(u->unit.name, u->unit.kind));
            walk(u->unit.id, depth + 1);
        }
    };
    walk(0, 0);
    for (const StoredUnit *u : children.value(-1))
        say(QStringLiteral("%1 %2 (%3, merged into %4)")
                .arg(u->unit.id)
                .arg(u->unit.name, u->unit.kind)
                .arg(u->mergedInto));
}

struct Invocation
{
    QCommandLineParser &parser;
    QStringList args; // after "<area> <command>"
    const AdminCommand::PasswordSource &readPassword;

    QString option(const char *name) const { return parser.value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return parser.isSet(QString::fromLatin1(name)); }
};

// Runs one command; nullopt means a usage error with `problem` set.
std::optional<int> runUnit(const QString &command, const Invocation &in, UnitAdministration &units,
                           const AdminActor &actor, QString *problem)
{
    const QStringList &a = in.args;
    if (command == QLatin1String("list") && a.isEmpty()) {
        bool ok = false;
        const QList<StoredUnit> all = units.list(&ok);
        if (!ok)
            return complain(AdminOutcome::storage().message);
        printTree(all);
        return 0;
    }
    // Without --parent: the top unit of an empty database (a fresh install's first unit).
    if (command == QLatin1String("create") && a.isEmpty() && in.isSet("name") && in.isSet("kind") &&
        (!in.isSet("parent") || parseId(in.option("parent"))))
        return finish(units.create(in.option("name"), in.option("kind"),
                                   in.isSet("parent") ? *parseId(in.option("parent")) : 0, actor));
    if (command == QLatin1String("rename") && a.size() == 1 && parseId(a.at(0)) && in.isSet("name"))
        return finish(units.rename(*parseId(a.at(0)), in.option("name"), actor));
    if (command == QLatin1String("move") && a.size() == 1 && parseId(a.at(0)) &&
        parseId(in.option("parent")))
        return finish(units.move(*parseId(a.at(0)), *parseId(in.option("parent")), actor));
    if (command == QLatin1String("merge") && a.size() == 2 && parseId(a.at(0)) && parseId(a.at(1)))
        return finish(units.merge(*parseId(a.at(0)), *parseId(a.at(1)), actor));
    *problem = QStringLiteral("bad arguments for \"unit %1\"").arg(command);
    return std::nullopt;
}

std::optional<int> runUser(const QString &command, const Invocation &in, UserAdministration &users,
                           const AdminActor &actor, QString *problem)
{
    const QStringList &a = in.args;
    const auto password = [&in]() -> QString {
        return in.isSet("password-stdin") ? in.readPassword() : QString();
    };
    if (in.isSet("password-stdin") && command != QLatin1String("create") &&
        command != QLatin1String("reset-password")) {
        *problem = QStringLiteral("--password-stdin only goes with create and reset-password");
        return std::nullopt;
    }
    if (command == QLatin1String("list") && a.isEmpty()) {
        bool ok = false;
        const QList<StoredAccount> all = users.list(&ok);
        if (!ok)
            return complain(AdminOutcome::storage().message);
        for (const StoredAccount &s : all)
            say(QStringLiteral("%1 %2 %3 \"%4\" unit %5%6%7")
                    .arg(s.account.id)
                    .arg(s.account.login, toCode(s.account.role), s.account.displayName)
                    .arg(s.account.unitId)
                    .arg(s.disabled ? QStringLiteral(" (disabled)") : QString(),
                         s.mustChangePassword ? QStringLiteral(" (must change its password)")
                                              : QString()));
        return 0;
    }
    if (command == QLatin1String("create") && a.size() == 1 && in.isSet("name") &&
        in.isSet("role") && parseId(in.option("unit"))) {
        const QString secret = password();
        if (in.isSet("password-stdin") && secret.isEmpty())
            return complain(QStringLiteral("no password on standard input"));
        return finish(users.create(a.at(0), in.option("name"), in.option("role"),
                                   *parseId(in.option("unit")), secret, actor));
    }
    if ((command == QLatin1String("disable") || command == QLatin1String("enable")) &&
        a.size() == 1)
        return finish(users.setDisabled(a.at(0), command == QLatin1String("disable"), actor));
    if (command == QLatin1String("reset-password") && a.size() == 1) {
        const QString secret = password();
        if (in.isSet("password-stdin") && secret.isEmpty())
            return complain(QStringLiteral("no password on standard input"));
        return finish(users.resetPassword(a.at(0), secret, actor));
    }
    if (command == QLatin1String("set-role") && a.size() == 2 &&
        (!in.isSet("unit") || parseId(in.option("unit"))))
        return finish(users.setRole(a.at(0), a.at(1),
                                    in.isSet("unit") ? *parseId(in.option("unit")) : 0, actor));
    *problem = QStringLiteral("bad arguments for \"user %1\"").arg(command);
    return std::nullopt;
}

} // namespace

bool AdminCommand::isAdminInvocation(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("admin");
}

QString AdminCommand::usage()
{
    return QStringLiteral(
               "usage: pakn-server admin [--data DIR | --database postgresql://…] <command>\n"
               "  unit list\n"
               "  unit create --name NAME --kind KIND --parent ID   (no --parent: the top unit of "
               "an\n"
               "              empty database)\n"
               "  unit rename ID --name NAME\n"
               "  unit move ID --parent ID\n"
               "  unit merge FROM_ID INTO_ID\n"
               "  user list\n"
               "  user create LOGIN --name NAME --role ROLE --unit ID [--password-stdin]\n"
               "  user disable LOGIN | user enable LOGIN\n"
               "  user reset-password LOGIN [--password-stdin]\n"
               "  user set-role LOGIN ROLE [--unit ID]\n"
               "  history list [--limit N] [--before ID]   (the administration's history, "
               "newest first)\n") +
           ReferenceCommands::usage() + Open311Commands::usage() +
           QStringLiteral("Run it while no pakn-server uses the data directory (SQLite); on "
                          "PostgreSQL it may run beside the servers.\n");
}

int AdminCommand::run(const QStringList &arguments, const PasswordSource &readPassword)
{
    QCommandLineParser parser;
    const auto value = [](const char *name, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  QString::fromLatin1(valueName));
    };
    parser.addOptions(
        {value("data", "DIR"), value("database", "URL"), value("name", "NAME"),
         value("kind", "KIND"), value("parent", "ID"), value("role", "ROLE"), value("unit", "ID"),
         value("limit", "N"), value("before", "ID"),
         QCommandLineOption(QStringLiteral("password-stdin")),
         QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")})});
    parser.addOptions(ReferenceCommands::options());
    if (!parser.parse(arguments))
        return misuse(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qUtf8Printable(usage()));
        return 0;
    }
    QStringList positional = parser.positionalArguments(); // "admin", area, command, …
    if (positional.size() < 3)
        return misuse(QStringLiteral("which command?"));
    const QString area = positional.at(1);
    const QString command = positional.at(2);
    QHash<QString, QStringList> commands = ReferenceCommands::commands();
    commands.insert(QStringLiteral("unit"),
                    {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("rename"),
                     QStringLiteral("move"), QStringLiteral("merge")});
    commands.insert(QStringLiteral("user"),
                    {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("disable"),
                     QStringLiteral("enable"), QStringLiteral("reset-password"),
                     QStringLiteral("set-role")});
    commands.insert(QStringLiteral("open311"), Open311Commands::commands());
    commands.insert(QStringLiteral("history"), {QStringLiteral("list")});
    if (!commands.contains(area))
        return misuse(
            QStringLiteral("unknown area \"%1\"; use unit, user, holiday, workday, "
                           "hours, deadline, field, template, ranking, open311 or history")
                .arg(area));
    if (!commands.value(area).contains(command))
        return misuse(QStringLiteral("unknown command \"%1 %2\"").arg(area, command));

    const QString dataDir = parser.isSet(QStringLiteral("data"))
                                ? parser.value(QStringLiteral("data"))
                                : CommandLine::defaultDataDirectory();
    const QString url = parser.value(QStringLiteral("database"));
    QString error;
    if (!url.isEmpty() && !DatabaseUrl::parse(url, &error))
        return misuse(error);
    if (url.isEmpty() && !QFileInfo(dataDir).isDir())
        return complain(QStringLiteral("data directory %1 does not exist").arg(dataDir));
    // The server's own lock: while a server runs on an SQLite file, it alone
    // writes it. PostgreSQL takes concurrent writers, servers or this command.
    QLockFile lock(dataDir + QStringLiteral("/pakn-server.lock"));
    if (url.isEmpty() && !lock.tryLock(0))
        return complain(
            QStringLiteral("a pakn-server is running on %1; stop it first").arg(dataDir));
    Database database;
    if (!database.open(url.isEmpty() ? dataDir + QStringLiteral("/pakn-server.sqlite") : url,
                       &error))
        return complain(error);

    const QSqlDatabase db = database.connection();
    UnitRepository unitStore(db);
    AccountRepository accountStore(db);
    SessionRepository sessionStore(db);
    CaseRepository caseStore(db);
    ChangeFeed feed(db, caseStore);
    const PasswordHasher hasher;
    const auto clock = [] { return QDateTime::currentDateTimeUtc(); };
    AdminEventRepository events(db);
    AdminHistory history(events, clock);
    UnitAdministration units({unitStore, accountStore, caseStore, feed, history}, clock);
    UserAdministration users({unitStore, accountStore, sessionStore, history}, hasher);

    ReferenceRepository referenceStore(db);
    ReferenceAdministration reference(referenceStore, history);
    const AdminActor actor = consoleActor();

    const Invocation in{parser, positional.mid(3), readPassword};
    if (area == QLatin1String("history")) {
        return finish(
            AdminHistoryListing::run(events, in.args, in.option("limit"), in.option("before")));
    }
    if (area == QLatin1String("open311")) {
        Open311ClientRepository clients(db);
        return finish(Open311Commands::run(command, in.args, clients, history, actor));
    }
    QString problem;
    if (ReferenceCommands::commands().contains(area)) {
        const auto outcome =
            ReferenceCommands::run(area, command, in.args, parser, reference, actor, &problem);
        return outcome ? finish(*outcome) : misuse(problem);
    }
    const auto code = area == QLatin1String("unit") ? runUnit(command, in, units, actor, &problem)
                                                    : runUser(command, in, users, actor, &problem);
    return code ? *code : misuse(problem);
}

} // namespace pakn::server
