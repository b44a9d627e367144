#include "ServerLogging.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcServer, "pakn.server")
Q_LOGGING_CATEGORY(lcStorage, "pakn.server.storage")
Q_LOGGING_CATEGORY(lcHttp, "pakn.server.http")
Q_LOGGING_CATEGORY(lcAuth, "pakn.server.auth")
Q_LOGGING_CATEGORY(lcTls, "pakn.server.tls")
Q_LOGGING_CATEGORY(lcActions, "pakn.server.actions")
Q_LOGGING_CATEGORY(lcDemo, "pakn.server.demo")
Q_LOGGING_CATEGORY(lcFigures, "pakn.server.figures")

namespace pakn::server {

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutRequestDumps(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

void keepSecretsOutOfLogs()
{
    previousFilter = QLoggingCategory::installFilter(withoutRequestDumps);
}

} // namespace pakn::server
