#pragma once

// The Zalo channel's log category: QT_LOGGING_RULES="pakn.server.zalo.debug=true".

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcZalo)
