#pragma once

// Logging categories of the client library, one per area.

#include <QLoggingCategory>

namespace pakn {
Q_DECLARE_LOGGING_CATEGORY(lcCache)   // pakn.cache: the SQLite cache and its migrations
Q_DECLARE_LOGGING_CATEGORY(lcNet)     // pakn.net: HTTPS requests and TLS trust
Q_DECLARE_LOGGING_CATEGORY(lcSync)    // pakn.sync: sync rounds, outbox sending, feed
Q_DECLARE_LOGGING_CATEGORY(lcProfile) // pakn.profile: profile settings, token, login
} // namespace pakn
