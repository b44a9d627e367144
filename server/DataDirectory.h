#pragma once

// The server's data directory: created on first start with mode 0700 (it
// holds the database and the private key), and checked to be writable.

#include <QString>

namespace pakn::server::DataDirectory {

bool prepare(const QString &path, QString *error);

} // namespace pakn::server::DataDirectory
