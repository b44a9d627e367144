#pragma once

// The HTTPS API (docs/API.md) over one open database: builds the stores, the
// handlers and the route table, and listens. Handlers run on the thread that
// owns this object, one request at a time; case actions are written on a
// thread of their own (ActionWriter) and answered back on this one.

#include "ServerConfig.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace pakn::server {

class Database;
class TlsIdentity;

class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(Database &database, ServerConfig config, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on the configured address and port with this identity. False
    // with a message (address in use, not an address of this machine, …).
    bool listen(const TlsIdentity &identity, QString *error);
    // Serves on `server`, already listening, without TLS: for the HTTP fuzz
    // target on loopback only (pakn-server itself always uses listen()).
    void serveUnencrypted(QTcpServer *server);
    quint16 port() const;
    // The registered routes, "METHOD /path" (see RouteTable::registered()).
    QStringList routes() const;
    // Requests held by GET /feed/wait right now (p2-live; tests wait on it).
    int feedWaits() const;

private:
    // Hourly: closes answers nobody rated, forgets old answers to retried actions.
    void upkeep();

    struct Parts;
    std::unique_ptr<Parts> m_parts;
    quint16 m_port = 0;
    QTimer m_upkeepTimer;
};

} // namespace pakn::server
