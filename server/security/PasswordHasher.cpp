#include "security/PasswordHasher.h"

#include "ServerLogging.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace pakn::server {

namespace {

constexpr int saltBytes = 16;
constexpr int hashBytes = 32;
// A stored count above this is damaged data, not a policy: refuse rather than spin.
constexpr int maximumIterations = 10000000;

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(hashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), hashBytes,
                                     reinterpret_cast<unsigned char *>(out.data()));
    return ok == 1 ? out : QByteArray();
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(std::max(iterations, minimumIterations))
{}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltBytes / sizeof(quint32));
    const QByteArray derived = pbkdf2(password, salt, m_iterations);
    if (derived.isEmpty())
        return {};
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(m_iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored) const
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")) {
        qCWarning(lcAuth) << "a stored password hash has an unknown format";
        return false;
    }
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!numeric || iterations < 1 || iterations > maximumIterations || !salt ||
        salt.decoded.isEmpty() || !expected || expected.decoded.size() != hashBytes) {
        qCWarning(lcAuth) << "a stored password hash is malformed";
        return false;
    }
    const QByteArray derived = pbkdf2(password, salt.decoded, iterations);
    return derived.size() == hashBytes &&
           CRYPTO_memcmp(derived.constData(), expected.decoded.constData(), hashBytes) == 0;
}

void PasswordHasher::spendVerifyTime(const QString &password) const
{
    static const QByteArray salt(saltBytes, 'x');
    pbkdf2(password, salt, m_iterations);
}

} // namespace pakn::server
