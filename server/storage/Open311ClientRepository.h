#pragma once

// The client applications allowed to POST Open311 service requests, each with
// an API key of its own. Only the key's SHA-256 is stored: the key is long and
// random, so a fast hash is enough, and lookups go straight by the hash.

#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace pakn::server {

struct Open311Client
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
};

class Open311ClientRepository : public Repository
{
public:
    using Repository::Repository;

    // Stores a new client; its id, or nullopt when the name is taken or the database failed.
    std::optional<qint64> add(const QString &name, const QByteArray &keyHash, const QDateTime &now);
    std::optional<Open311Client> findByKeyHash(const QByteArray &keyHash);
    // Every client in id order; `ok` false when the database failed.
    QList<Open311Client> list(bool *ok);
};

} // namespace pakn::server
