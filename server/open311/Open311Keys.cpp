#include "open311/Open311Keys.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace pakn::server {

QString Open311Keys::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QByteArray Open311Keys::hashOf(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace pakn::server
