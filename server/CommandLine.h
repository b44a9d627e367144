#pragma once

// `pakn-server [--data DIR] [--listen ADDRESS:PORT] [--demo-cases N]
// [--auto-close-days N] [--attachment-max-bytes BYTES] [--attachments-per-case N]
// [--zalo-config FILE] [--config FILE]` into a
// ServerConfig, with a clear message and exit code 2 for anything invalid.

#include "ServerConfig.h"

#include <QStringList>
#include <optional>

namespace pakn::server {

struct CommandLineOutcome
{
    std::optional<ServerConfig> config; // set when the server should start
    QString message;                    // help text, version or the error
    int exitCode = 0;                   // when config is empty: 0 (help/version) or 2
};

class CommandLine
{
public:
    static CommandLineOutcome parse(const QStringList &arguments);
    // "127.0.0.1:8443", "[::1]:0", "localhost:8443"; nullopt when malformed.
    static std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
    static QString defaultDataDirectory();
};

} // namespace pakn::server
