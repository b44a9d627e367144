#pragma once

// The administration area's logging category (pakn.server.admin).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAdmin)
