#include "http/ApiReply.h"

#include <QJsonDocument>

namespace pakn::server {

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
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
    return error(413, QStringLiteral("too_large"),
                 QStringLiteral("The request body is larger than %1 bytes").arg(limit));
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

} // namespace pakn::server
