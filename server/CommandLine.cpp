#include "CommandLine.h"

#include "ConfigFile.h"
#include "demo/DemoSeeder.h"
#include "storage/DatabaseUrl.h"
#include "zalo/ZaloSettingsFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace pakn::server {

namespace {
CommandLineOutcome failure(const QString &message)
{
    return {std::nullopt, message, 2};
}

// Uploads are held in memory while they are checked: keep them to a size that allows.
constexpr qint64 maxAttachmentBytes = 100 * 1024 * 1024;
} // namespace

QString CommandLine::defaultDataDirectory()
{
    // $XDG_DATA_HOME/pakn-server (usually ~/.local/share/pakn-server).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/pakn-server");
}

std::optional<std::pair<QHostAddress, quint16>> CommandLine::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return std::nullopt; // an IPv6 address needs brackets: [::1]:8443
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

CommandLineOutcome CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PAKN Desk central server: the HTTPS API the desk clients sync with."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Data directory (database, certificate). "
                                                 "Default: %1")
                                      .arg(defaultDataDirectory()),
                                  QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on; port 0 picks "
                                                   "a free one. Default: 127.0.0.1:8443"),
                                    QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption demo(QStringLiteral("demo-cases"),
                                  QStringLiteral("Demo mode: fill an empty database with demo "
                                                 "units, accounts (password \"demo\") and N "
                                                 "cases. Loopback addresses only."),
                                  QStringLiteral("N"));
    const QCommandLineOption autoClose(
        QStringLiteral("auto-close-days"),
        QStringLiteral("Close answered cases that no citizen rated after N days (0: never). "
                       "Default: 7; 0 in demo mode, whose story stops at its reference date."),
        QStringLiteral("N"));
    const QCommandLineOption attachmentBytes(
        QStringLiteral("attachment-max-bytes"),
        QStringLiteral("Largest attachment (photo or document) accepted, in bytes. "
                       "Default: %1 (10 MB).")
            .arg(AttachmentLimits().maxFileBytes),
        QStringLiteral("BYTES"));
    const QCommandLineOption attachmentCount(
        QStringLiteral("attachments-per-case"),
        QStringLiteral("Most attachments one case can have. Default: %1.")
            .arg(AttachmentLimits().maxPerCase),
        QStringLiteral("N"));
    const QCommandLineOption zalo(
        QStringLiteral("zalo-config"),
        QStringLiteral("Connect a Zalo Official Account: a JSON file with its app id, keys and "
                       "tokens (docs/API.md, \"Zalo webhook\"). Default: no Zalo webhook."),
        QStringLiteral("FILE"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Close a connection that sent nothing for N "
                                                 "seconds (10 to 3600). Default: 60."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Most connections open at once; beyond it a client gets 503 "
                       "(1 to 100000). Default: 1000."),
        QStringLiteral("N"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Use this PostgreSQL database (several servers may share it) instead of "
                       "SQLite in the data directory: postgresql://USER[:PASSWORD]@HOST[:PORT]/"
                       "DBNAME. The data directory still holds the certificate and attachments."),
        QStringLiteral("URL"));
    const QList<QCommandLineOption> fileOptions{
        data, listen, demo,           autoClose, attachmentBytes, attachmentCount,
        zalo, idle,   maxConnections, database};
    const QCommandLineOption configFile(
        QStringLiteral("config"),
        QStringLiteral("Read options from FILE: \"key = value\" lines with the long options' "
                       "names as keys (data = /var/lib/pakn); the command line overrides it."),
        QStringLiteral("FILE"));
    parser.addOptions(fileOptions);
    parser.addOption(configFile);
    if (!parser.parse(arguments))
        return failure(parser.errorText() + QStringLiteral("\n\n") + parser.helpText());
    if (parser.isSet(help))
        return {std::nullopt, parser.helpText(), 0};
    if (parser.isSet(version))
        return {std::nullopt,
                QCoreApplication::applicationName() + QLatin1Char(' ') +
                    QCoreApplication::applicationVersion(),
                0};
    if (parser.isSet(configFile)) {
        QStringList keys;
        for (const QCommandLineOption &option : fileOptions)
            keys << option.names().constFirst();
        QString error;
        const auto fromFile = ConfigFile::arguments(parser.value(configFile), keys, &error);
        if (!fromFile)
            return failure(error);
        // The file's options first: for an option given twice the last value counts.
        if (!parser.parse(arguments.mid(0, 1) + *fromFile + arguments.mid(1)))
            return failure(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(QStringLiteral("unexpected argument: ") +
                       parser.positionalArguments().first());

    ServerConfig config;
    config.dataDir = parser.isSet(data) ? parser.value(data) : defaultDataDirectory();
    if (config.dataDir.isEmpty())
        return failure(QStringLiteral("--data needs a directory"));
    if (parser.isSet(listen)) {
        const auto parsed = parseListen(parser.value(listen));
        if (!parsed)
            return failure(QStringLiteral("--listen wants ADDRESS:PORT (e.g. 127.0.0.1:8443 or "
                                          "[::1]:8443), not \"%1\"")
                               .arg(parser.value(listen)));
        config.listenAddress = parsed->first;
        config.listenPort = parsed->second;
    }
    if (parser.isSet(demo)) {
        bool ok = false;
        config.demoCases = parser.value(demo).toInt(&ok);
        if (!ok || config.demoCases < 0 || config.demoCases > DemoSeeder::maxCases)
            return failure(QStringLiteral("--demo-cases wants a number from 0 to %1")
                               .arg(DemoSeeder::maxCases));
        // Demo accounts have a published password: never reachable from a network.
        if (!config.listenAddress.isLoopback())
            return failure(QStringLiteral("demo mode only listens on a loopback address "
                                          "(127.0.0.1 or ::1), not %1: its accounts share the "
                                          "published password \"demo\"")
                               .arg(config.listenAddress.toString()));
        config.autoCloseAfterDays = 0;
    }
    if (parser.isSet(autoClose)) {
        bool ok = false;
        config.autoCloseAfterDays = parser.value(autoClose).toInt(&ok);
        if (!ok || config.autoCloseAfterDays < 0 || config.autoCloseAfterDays > 365)
            return failure(
                QStringLiteral("--auto-close-days wants a number of days from 0 to 365"));
    }
    if (parser.isSet(attachmentBytes)) {
        bool ok = false;
        config.attachmentLimits.maxFileBytes = parser.value(attachmentBytes).toLongLong(&ok);
        if (!ok || config.attachmentLimits.maxFileBytes < 1024 ||
            config.attachmentLimits.maxFileBytes > maxAttachmentBytes)
            return failure(QStringLiteral("--attachment-max-bytes wants a number of bytes from "
                                          "1024 to %1 (100 MB)")
                               .arg(maxAttachmentBytes));
    }
    if (parser.isSet(attachmentCount)) {
        bool ok = false;
        config.attachmentLimits.maxPerCase = parser.value(attachmentCount).toInt(&ok);
        if (!ok || config.attachmentLimits.maxPerCase < 1 ||
            config.attachmentLimits.maxPerCase > 1000)
            return failure(QStringLiteral("--attachments-per-case wants a number from 1 to 1000"));
    }
    if (parser.isSet(idle)) {
        bool ok = false;
        const int seconds = parser.value(idle).toInt(&ok);
        if (!ok || seconds < 10 || seconds > 3600)
            return failure(
                QStringLiteral("--idle-timeout wants a number of seconds from 10 to 3600"));
        config.idleConnectionTimeout = std::chrono::seconds(seconds);
    }
    if (parser.isSet(maxConnections)) {
        bool ok = false;
        config.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || config.maxConnections < 1 || config.maxConnections > 100000)
            return failure(QStringLiteral("--max-connections wants a number from 1 to 100000"));
    }
    if (parser.isSet(database)) {
        QString error;
        if (!DatabaseUrl::parse(parser.value(database), &error))
            return failure(error);
        config.database = parser.value(database);
    }
    if (parser.isSet(zalo)) {
        QString error;
        const auto settings = ZaloSettingsFile::read(parser.value(zalo), &error);
        if (!settings)
            return failure(error);
        config.zalo = *settings;
    }
    return {config, {}, 0};
}

} // namespace pakn::server
