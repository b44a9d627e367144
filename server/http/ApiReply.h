#pragma once

// One answer of the API: an HTTP status and a JSON body (or, for a file, raw
// bytes with their own Content-Type and headers). Errors always have the
// shape {"error": {"code", "message"}} (docs/API.md); the message is for
// people and never carries a token, a password or internal details.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <utility>

namespace pakn::server {

struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray etag;        // sent as the ETag header when set (a 304 has an empty body)
    QByteArray contentType; // empty: JSON
    QList<std::pair<QByteArray, QByteArray>> headers; // any further headers

    // Bytes that are not JSON: a file download, a thumbnail.
    static ApiReply raw(QByteArray body, QByteArray contentType, int status = 200);

    static ApiReply json(const QJsonObject &object, int status = 200);
    static ApiReply error(int status, const QString &code, const QString &message);

    static ApiReply badRequest(const QString &message);
    static ApiReply unauthenticated();
    static ApiReply notFound(const QString &message);
    static ApiReply tooLarge(qint64 limit);
    static ApiReply internal(); // the details go to the log, not to the client
};

// Runs `attempt` (one write in one transaction) again while it answers 500,
// `times` in all. Instances sharing PostgreSQL may store one key, or change one
// case, at once: the later writer's insert of the key or its write over the
// version it read fails and rolls back; run again, it answers as if it had come
// second (the stored answer, a 409). A real storage fault fails every time and
// ends as 500.
ApiReply retriedAfterLostRace(const std::function<ApiReply()> &attempt, int times = 3);

// The body as a JSON object, or nullopt with a 400 in `failure`.
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, ApiReply *failure);

} // namespace pakn::server
