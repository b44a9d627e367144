#include "FakeZaloApi.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace {

QHttpServerResponse json(const QJsonObject &o)
{
    return QHttpServerResponse(o);
}

FakeZaloRequest recorded(const QHttpServerRequest &r)
{
    FakeZaloRequest f;
    f.path = r.url().path().toUtf8();
    f.accessToken = r.value("access_token");
    f.secretKey = r.value("secret_key");
    f.body = r.body();
    f.json = QJsonDocument::fromJson(r.body()).object();
    return f;
}

} // namespace

FakeZaloApi::FakeZaloApi()
{
    m_http.route(
        QStringLiteral("/v3.0/oa/message/cs"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r) {
            FakeZaloRequest f = recorded(r);
            QHttpServerResponse answer =
                json({{QStringLiteral("error"), 0},
                      {QStringLiteral("message"), QStringLiteral("Success")}});
            if (failNextSends > 0) {
                --failNextSends;
                answer = QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
            } else if (f.accessToken != validToken) {
                answer =
                    json({{QStringLiteral("error"), -216},
                          {QStringLiteral("message"), QStringLiteral("Access token is invalid")}});
            } else {
                f.accepted = true;
            }
            messages.append(f);
            return answer;
        });
    for (const char *kind : {"image", "file"}) {
        const bool image = qstrcmp(kind, "image") == 0;
        m_http.route(
            QStringLiteral("/v2.0/oa/upload/") + QLatin1String(kind),
            QHttpServerRequest::Method::Post, [this, image](const QHttpServerRequest &r) {
                FakeZaloRequest f = recorded(r);
                f.accepted = f.accessToken == validToken;
                uploads.append(f);
                if (!f.accepted)
                    return json(
                        {{QStringLiteral("error"), -216},
                         {QStringLiteral("message"), QStringLiteral("Access token is invalid")}});
                const QString id = QStringLiteral("up-%1").arg(++m_uploaded);
                const QJsonObject data{
                    {image ? QStringLiteral("attachment_id") : QStringLiteral("token"), id}};
                return json({{QStringLiteral("error"), 0},
                             {QStringLiteral("message"), QStringLiteral("Success")},
                             {QStringLiteral("data"), data}});
            });
    }
    m_http.route(QStringLiteral("/v4/oa/access_token"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) {
                     refreshes.append(recorded(r));
                     validToken = "token-" + QByteArray::number(++m_issued);
                     return json({{QStringLiteral("access_token"), QString::fromLatin1(validToken)},
                                  {QStringLiteral("refresh_token"),
                                   QStringLiteral("refresh-%1").arg(m_issued)},
                                  {QStringLiteral("expires_in"), QStringLiteral("90000")}});
                 });
}

bool FakeZaloApi::start()
{
    m_port = m_http.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString FakeZaloApi::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QList<QJsonObject> FakeZaloApi::acceptedMessagesTo(const QString &userId) const
{
    QList<QJsonObject> found;
    for (const FakeZaloRequest &m : messages) {
        const QJsonObject recipient = m.json.value(QStringLiteral("recipient")).toObject();
        if (m.accepted && recipient.value(QStringLiteral("user_id")).toString() == userId)
            found.append(m.json.value(QStringLiteral("message")).toObject());
    }
    return found;
}
