#pragma once

// pakn-server's configuration file (--config FILE, /etc/pakn/server.conf in
// the Debian package): `key = value` lines whose keys are the long command-line
// options without their dashes, `#` comments and blank lines. It becomes
// `--key=value` arguments placed before the command line's own, so the command
// line overrides the file and every value is checked in one place.

#include <QStringList>
#include <optional>

namespace pakn::server::ConfigFile {

// nullopt with `error` naming the file and line when the file cannot be read,
// a line is not `key = value`, or a key is not one of `keys`.
std::optional<QStringList> arguments(const QString &path, const QStringList &keys, QString *error);

} // namespace pakn::server::ConfigFile
