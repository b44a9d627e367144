#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcServer, "pakn.server")
Q_LOGGING_CATEGORY(lcStorage, "pakn.server.storage")
Q_LOGGING_CATEGORY(lcHttp, "pakn.server.http")
Q_LOGGING_CATEGORY(lcAuth, "pakn.server.auth")
Q_LOGGING_CATEGORY(lcTls, "pakn.server.tls")
Q_LOGGING_CATEGORY(lcActions, "pakn.server.actions")
Q_LOGGING_CATEGORY(lcDemo, "pakn.server.demo")
Q_LOGGING_CATEGORY(lcFigures, "pakn.server.figures")
