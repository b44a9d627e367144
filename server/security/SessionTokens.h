#pragma once

// Bearer tokens: 32 random bytes from the system generator, base64url. Only
// their SHA-256 (hex) is stored, so a copy of the database opens no session.

#include <QByteArray>
#include <QString>

namespace pakn::server::SessionTokens {

QByteArray generate();
QString hashOf(const QByteArray &token);

} // namespace pakn::server::SessionTokens
