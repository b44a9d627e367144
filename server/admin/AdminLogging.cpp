#include "admin/AdminLogging.h"

Q_LOGGING_CATEGORY(lcAdmin, "pakn.server.admin")
