// pakn-server: the composition root. Parses the command line, prepares the
// data directory, opens the database, seeds demo data, loads the TLS
// identity, listens, and announces itself on stdout.

#include "CommandLine.h"
#include "DataDirectory.h"
#include "ServerLogging.h"
#include "TerminationSignals.h"
#include "admin/AdminCommand.h"
#include "admin/BackupCommand.h"
#include "attachments/AttachmentFiles.h"
#include "demo/DemoSeeder.h"
#include "http/ApiServer.h"
#include "reference/ReferenceInForce.h"
#include "security/TlsIdentity.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QTextStream>
#include <cstdio>

using namespace pakn::server;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "pakn-server: %s\n", qUtf8Printable(message));
    return code;
}

QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
               : address.toString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    keepSecretsOutOfLogs();
    QCoreApplication::setApplicationName(QStringLiteral("pakn-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAKN_SERVER_VERSION));

    if (BackupCommand::isBackupInvocation(QCoreApplication::arguments()))
        return BackupCommand::run(QCoreApplication::arguments());
    if (AdminCommand::isAdminInvocation(QCoreApplication::arguments()))
        return AdminCommand::run(QCoreApplication::arguments(), [] {
            QTextStream in(stdin);
            return in.readLine();
        });

    // First: a SIGTERM during a long start then waits in the socket pair and
    // stops the server as soon as its event loop runs.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);

    const CommandLineOutcome options = CommandLine::parse(QCoreApplication::arguments());
    if (!options.config) {
        if (options.exitCode == 0) {
            std::printf("%s\n", qUtf8Printable(options.message));
            return 0;
        }
        return fail(options.message, options.exitCode);
    }
    const ServerConfig &config = *options.config;

    QString error;
    if (!DataDirectory::prepare(config.dataDir, &error))
        return fail(error);
    // One server per data directory on SQLite: two writers on one file would
    // only meet as "database is locked" errors in the middle of requests.
    // Several servers sharing one PostgreSQL database is what it is for.
    QLockFile lock(config.dataDir + QStringLiteral("/pakn-server.lock"));
    if (config.database.isEmpty() && !lock.tryLock(0))
        return fail(QStringLiteral("another pakn-server is already using %1").arg(config.dataDir));
    Database database;
    if (!database.open(config.databaseLocation(), &error))
        return fail(error);
    if (config.demoMode()) {
        const PasswordHasher hasher;
        // The demo's deadlines follow the stored calendar (seeded on first start).
        ReferenceRepository referenceStore(database.connection());
        const ReferenceInForce reference(referenceStore);
        AttachmentFiles files(config.attachmentsPath());
        if (!DemoSeeder(database.connection(), reference.rules(), hasher, &files)
                 .seedIfEmpty(config.demoCases, &error))
            return fail(QStringLiteral("cannot seed demo data: ") + error);
    }
    const auto identity =
        TlsIdentity::loadOrCreate(config.certificatePath(), config.privateKeyPath(), &error);
    if (!identity)
        return fail(error);

    ApiServer server(database, config);
    if (!server.listen(*identity, &error))
        return fail(error);

    std::printf("pakn-server: certificate SHA-256 fingerprint %s\n",
                qUtf8Printable(identity->fingerprintText()));
    std::printf("pakn-server: listening on https://%s:%u\n",
                qUtf8Printable(urlHost(config.listenAddress)), unsigned(server.port()));
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    qCInfo(lcServer) << "stopped";
    return code;
}
