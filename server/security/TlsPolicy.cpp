#include "security/TlsPolicy.h"

#include <QSslCipher>

namespace pakn::server {

namespace {

bool isModern(const QSslCipher &cipher)
{
    const QString name = cipher.name();
    if (name.startsWith(QLatin1String("TLS_"))) // TLS 1.3: AEAD with forward secrecy
        return true;
    const bool forwardSecret = name.startsWith(QLatin1String("ECDHE-"));
    const bool aead =
        name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20-POLY1305"));
    return forwardSecret && aead;
}

} // namespace

void applyTlsPolicy(QSslConfiguration &tls)
{
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> modern;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers())
        if (isModern(cipher))
            modern.append(cipher);
    tls.setCiphers(modern);
}

} // namespace pakn::server
