#include "zalo/ZaloSignature.h"

#include <QCryptographicHash>

namespace pakn::server {

ZaloSignature::ZaloSignature(QString appId, QString oaSecretKey)
    : m_appId(appId.toUtf8()), m_secret(oaSecretKey.toUtf8())
{}

QByteArray ZaloSignature::expected(const QByteArray &body, const QByteArray &timestamp) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_appId);
    hash.addData(body);
    hash.addData(timestamp);
    hash.addData(m_secret);
    return QByteArrayLiteral("mac=") + hash.result().toHex();
}

bool ZaloSignature::matches(const QByteArray &header, const QByteArray &body,
                            const QByteArray &timestamp) const
{
    const QByteArray want = expected(body, timestamp);
    const QByteArray got = header.trimmed().toLower();
    if (got.size() != want.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < want.size(); ++i)
        difference |= static_cast<unsigned char>(got[i] ^ want[i]);
    return difference == 0;
}

} // namespace pakn::server
