#include "zalo/ZaloSettingsFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace pakn::server {

namespace {

// A whole number in [low, high] under `key`, or nullopt; `fallback` when absent.
std::optional<qint64> count(const QJsonObject &o, const char *key, qint64 fallback, qint64 low,
                            qint64 high)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(v.toInteger()) || d < double(low) || d > double(high))
        return std::nullopt;
    return v.toInteger();
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

std::optional<ZaloSettings> ZaloSettingsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the Zalo settings %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("the Zalo settings %1 are not a JSON object").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ZaloSettings s;
    const auto text = [&](const char *key, QString &into) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            into = v.toString();
        return v.isUndefined() || v.isString();
    };
    const auto bad = [&](const QString &why) {
        *error = QStringLiteral("the Zalo settings %1: %2").arg(path, why);
        return std::nullopt;
    };
    for (const auto &[key, into] : {std::pair<const char *, QString *>{"appId", &s.appId},
                                    {"oaSecretKey", &s.oaSecretKey},
                                    {"appSecret", &s.appSecret},
                                    {"accessToken", &s.accessToken},
                                    {"refreshToken", &s.refreshToken},
                                    {"apiBaseUrl", &s.apiBaseUrl},
                                    {"oauthBaseUrl", &s.oauthBaseUrl},
                                    {"channelLogin", &s.channelLogin}}) {
        if (!text(key, *into))
            return bad(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
    }
    if (!s.configured())
        return bad(QStringLiteral("\"appId\" and \"oaSecretKey\" are required"));
    if (!isHttpUrl(s.apiBaseUrl) || !isHttpUrl(s.oauthBaseUrl))
        return bad(QStringLiteral("\"apiBaseUrl\" and \"oauthBaseUrl\" must be http(s) URLs"));
    const auto report = count(o, "reportWindowSeconds", 600, 1, 24 * 3600);
    const auto reply = count(o, "replyWindowHours", 48, 1, 24 * 365);
    const auto delay = count(o, "retryDelayMs", 5000, 1, 3600 * 1000);
    const auto attempts = count(o, "sendAttempts", 5, 1, 20);
    if (!report || !reply || !delay || !attempts)
        return bad(QStringLiteral("reportWindowSeconds (1–86400), replyWindowHours (1–8760), "
                                  "retryDelayMs (1–3600000) and sendAttempts (1–20) must be "
                                  "whole numbers in range"));
    s.reportWindow = std::chrono::seconds(*report);
    s.replyWindow = std::chrono::hours(*reply);
    s.retryDelay = std::chrono::milliseconds(*delay);
    s.sendAttempts = int(*attempts);
    return s;
}

} // namespace pakn::server
