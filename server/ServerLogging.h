#pragma once

// One logging category per area of the server; enable with
// QT_LOGGING_RULES="pakn.server.*.debug=true".

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcActions)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcFigures)

namespace pakn::server {
// QtHttpServer's own debug output prints every request's headers, the
// bearer token included: it stays off whatever QT_LOGGING_RULES says
// (tests/e2e/tst_logs_private). Call once, early in main().
void keepSecretsOutOfLogs();
} // namespace pakn::server
