#include "ClientLogging.h"

namespace pakn {
Q_LOGGING_CATEGORY(lcCache, "pakn.cache")
Q_LOGGING_CATEGORY(lcNet, "pakn.net")
Q_LOGGING_CATEGORY(lcSync, "pakn.sync")
Q_LOGGING_CATEGORY(lcProfile, "pakn.profile")
} // namespace pakn
