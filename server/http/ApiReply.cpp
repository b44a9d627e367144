#include "http/ApiReply.h"

#include "ServerLogging.h"

#include <QJsonDocument>

namespace pakn::server {

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

ApiReply ApiReply::raw(QByteArray body, QByteArray contentType, int status)
{
    ApiReply reply{status, std::move(body)};
    reply.contentType = std::move(contentType);
    return reply;
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message)
{
    return json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}},
                status);
}

ApiReply ApiReply::badRequest(const QString &message)
{
    return error(400, QStringLiteral("bad_request"), message);
}

ApiReply ApiReply::unauthenticated()
{
    return error(401, QStringLiteral("unauthenticated"),
                 QStringLiteral("A valid session is needed; please log in"));
}

ApiReply ApiReply::notFound(const QString &message)
{
    return error(404, QStringLiteral("not_found"), message);
}

ApiReply ApiReply::tooLarge(qint64 limit)
{
    // In MB when the limit is a whole number of them: the people who read it think in MB.
    constexpr qint64 mb = 1024 * 1024;
    const QString text = limit >= mb && limit % mb == 0 ? QStringLiteral("%1 MB").arg(limit / mb)
                                                        : QStringLiteral("%1 bytes").arg(limit);
    return error(413, QStringLiteral("too_large"),
                 QStringLiteral("The request body is larger than %1").arg(text));
}

ApiReply ApiReply::internal()
{
    return error(500, QStringLiteral("internal"),
                 QStringLiteral("The server could not complete the request"));
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &body, ApiReply *failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *failure =
            ApiReply::badRequest(QStringLiteral("The body is not valid JSON: %1 at offset %2")
                                     .arg(error.errorString())
                                     .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *failure = ApiReply::badRequest(QStringLiteral("The body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

ApiReply retriedAfterLostRace(const std::function<ApiReply()> &attempt, int times)
{
    for (int tried = 1;; ++tried) {
        ApiReply reply = attempt();
        if (reply.status != 500 || tried >= times)
            return reply;
        qCInfo(lcActions) << "a write failed, perhaps losing a race to another instance; trying "
                             "it again";
    }
}

} // namespace pakn::server
