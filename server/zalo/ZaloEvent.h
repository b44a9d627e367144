#pragma once

// One Zalo webhook event as the channel needs it: who sent what, when. Text,
// image (the attachments' payload url) and location (payload coordinates)
// messages; other events (follow, seen, …) parse with an empty message.

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace pakn::server {

struct ZaloEvent
{
    QString name;         // event_name, e.g. "user_send_text"
    QString userId;       // sender.id
    QString messageId;    // message.msg_id; the replay check's key
    QByteArray timestamp; // as sent: it is part of the signature
    qint64 timestampMs = 0;
    QString text;
    QStringList imageUrls;
    std::optional<double> latitude;
    std::optional<double> longitude;

    // Nullopt when the body is not an event object with a numeric timestamp.
    static std::optional<ZaloEvent> parse(const QJsonObject &body);
    bool isMessage() const; // text, image or location from a citizen
};

} // namespace pakn::server
