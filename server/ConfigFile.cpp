#include "ConfigFile.h"

#include <QFile>

namespace pakn::server::ConfigFile {

std::optional<QStringList> arguments(const QString &path, const QStringList &keys, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the configuration file %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QStringList result;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (equals <= 0 || value.isEmpty()) {
            *error = QStringLiteral("%1:%2: expected \"key = value\"").arg(path).arg(number);
            return std::nullopt;
        }
        if (!keys.contains(key)) {
            *error = QStringLiteral("%1:%2: unknown key \"%3\"; use one of: %4")
                         .arg(path)
                         .arg(number)
                         .arg(key.left(40), keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        // A value may be quoted to keep spaces at its ends; the quotes are not part of it.
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
            value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        result << QStringLiteral("--") + key + QLatin1Char('=') + value;
    }
    return result;
}

} // namespace pakn::server::ConfigFile
