#include "http/ApiReply.h"

#include "ServerLogging.h"
#include "http/InputLimits.h"

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

namespace {

// How deeply arrays and objects nest in `json` (strings skipped), counted
// before parsing so that a deeply nested body costs no more than its bytes.
int nestingDepth(const QByteArray &json)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

std::optional<QJsonObject> parseJsonObject(const QByteArray &body, ApiReply *failure)
{
    if (nestingDepth(body) > InputLimits::maxJsonDepth) {
        *failure = ApiReply::badRequest(
            QStringLiteral("The body nests arrays and objects more than %1 deep")
                .arg(InputLimits::maxJsonDepth));
        return std::nullopt;
    }
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
