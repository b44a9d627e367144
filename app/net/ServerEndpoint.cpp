#include "net/ServerEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace pakn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pakn::ServerEndpoint", text);
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

std::optional<QByteArray> ServerEndpoint::parseFingerprint(const QString &text)
{
    // openssl prints "sha256 Fingerprint=AB:CD:…" (3.x) or "SHA256 Fingerprint=…" (1.1).
    static const QRegularExpression prefix(QStringLiteral("^sha-?256\\s*fingerprint\\s*=\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString hex = text.trimmed();
    hex.remove(prefix);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hexDigits.match(hex).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

QString ServerEndpoint::formatFingerprint(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex(':').toUpper());
}

QString ServerEndpoint::validate() const
{
    if (baseUrl.isEmpty())
        return tr("No server address is set.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The server address \"%1\" is not a valid URL.")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo));
    if (!baseUrl.userInfo().isEmpty())
        return tr("The server address must not contain a user name or password.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!allowPlainLoopback)
            return tr("The server address must start with https:// (plain http is not allowed).");
        if (!isLoopback(baseUrl.host()))
            return tr("Plain http is only allowed to this computer (loopback), not to %1.")
                .arg(baseUrl.host());
    } else if (scheme != QLatin1String("https")) {
        return tr("The server address must start with https://.");
    }
    if (!fingerprint.isEmpty() && fingerprint.size() != 32)
        return tr("The certificate fingerprint must be a SHA-256 fingerprint (32 bytes).");
    return {};
}

} // namespace pakn
