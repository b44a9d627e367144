#include "zalo/ZaloEvent.h"

#include <QJsonArray>

namespace pakn::server {

namespace {

// Zalo sends numbers as strings in places ("timestamp", coordinates); take both.
std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

} // namespace

std::optional<ZaloEvent> ZaloEvent::parse(const QJsonObject &body)
{
    ZaloEvent e;
    e.name = body.value(QStringLiteral("event_name")).toString();
    const QJsonValue ts = body.value(QStringLiteral("timestamp"));
    if (ts.isString()) {
        e.timestamp = ts.toString().toUtf8();
        bool ok = false;
        e.timestampMs = e.timestamp.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else if (ts.isDouble()) {
        e.timestampMs = ts.toInteger();
        e.timestamp = QByteArray::number(e.timestampMs);
    } else {
        return std::nullopt;
    }
    if (e.name.isEmpty())
        return std::nullopt;
    e.userId =
        body.value(QStringLiteral("sender")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject message = body.value(QStringLiteral("message")).toObject();
    e.messageId = message.value(QStringLiteral("msg_id")).toString();
    e.text = message.value(QStringLiteral("text")).toString();
    const QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue &a : attachments) {
        const QJsonObject payload = a.toObject().value(QStringLiteral("payload")).toObject();
        const QString type = a.toObject().value(QStringLiteral("type")).toString();
        if (type == QLatin1String("image")) {
            const QString url = payload.value(QStringLiteral("url")).toString();
            if (!url.isEmpty())
                e.imageUrls.append(url);
        } else if (type == QLatin1String("location")) {
            const QJsonObject at = payload.value(QStringLiteral("coordinates")).toObject();
            e.latitude = numberOf(at.value(QStringLiteral("latitude")));
            e.longitude = numberOf(at.value(QStringLiteral("longitude")));
        }
    }
    return e;
}

bool ZaloEvent::isMessage() const
{
    return !userId.isEmpty() &&
           (name == QLatin1String("user_send_text") || name == QLatin1String("user_send_image") ||
            name == QLatin1String("user_send_location"));
}

} // namespace pakn::server
