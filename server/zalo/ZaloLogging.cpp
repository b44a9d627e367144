#include "zalo/ZaloLogging.h"

Q_LOGGING_CATEGORY(lcZalo, "pakn.server.zalo")
