#include "net/StaffReport.h"

#include <QUuid>

namespace pakn {

QJsonObject StaffReport::requestBody(const QString &key) const
{
    QJsonObject body{{QStringLiteral("key"), key},
                     {QStringLiteral("channel"), toCode(channel)},
                     {QStringLiteral("description"), description}};
    const auto text = [&body](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            body.insert(name, value);
    };
    text(QStringLiteral("title"), title);
    text(QStringLiteral("field"), field);
    text(QStringLiteral("reporterName"), reporterName);
    text(QStringLiteral("reporterPhone"), reporterPhone);
    text(QStringLiteral("address"), address);
    if (latitude)
        body.insert(QStringLiteral("latitude"), *latitude);
    if (longitude)
        body.insert(QStringLiteral("longitude"), *longitude);
    return body;
}

QString StaffReport::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace pakn
