#include "storage/DatabaseUrl.h"

#include <QUrl>

namespace pakn::server {

bool DatabaseUrl::isPostgres(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    const QString usage =
        QStringLiteral("--database wants postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME");
    if (!isPostgres(text)) {
        *error = usage;
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    DatabaseUrl parsed;
    if (url.isValid()) {
        parsed.host = url.host();
        parsed.port = url.port(5432);
        parsed.user = url.userName(QUrl::FullyDecoded);
        parsed.password = url.password(QUrl::FullyDecoded);
        parsed.name = url.path(QUrl::FullyDecoded).mid(1);
    }
    if (!url.isValid() || parsed.host.isEmpty() || parsed.user.isEmpty() || parsed.name.isEmpty() ||
        parsed.name.contains(QLatin1Char('/')) || url.hasQuery()) {
        // The text itself may hold a password: name what is wrong without it.
        *error = usage;
        return std::nullopt;
    }
    return parsed;
}

QString DatabaseUrl::redacted() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace pakn::server
