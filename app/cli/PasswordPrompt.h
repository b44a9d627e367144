#pragma once

#include <QString>

namespace pakn {

// Reads a password from the terminal without echoing it. Returns an empty
// string when standard input is not a terminal and nothing could be read.
QString promptPassword(const QString &prompt);

} // namespace pakn
