#pragma once

// The API keys of Open311 client applications: 32 random bytes, hex, shown
// once when made; the server keeps only their SHA-256 (Open311ClientRepository).

#include <QByteArray>
#include <QString>

namespace pakn::server {

class Open311Keys
{
public:
    static QString generate();
    static QByteArray hashOf(const QString &key); // hex
};

} // namespace pakn::server
