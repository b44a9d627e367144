#include "InstanceRequests.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

QJsonObject InstanceRequests::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

InstanceRequests::InstanceRequests(QList<Instance> instances) : m_instances(std::move(instances)) {}

void InstanceRequests::send(int instance, const QByteArray &method, const QString &path,
                            const QByteArray &body, const QByteArray &token, Done done)
{
    const Instance &to = m_instances.at(instance);
    QNetworkRequest request(to.url.resolved(QUrl(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(to.certificatePath));
    request.setSslConfiguration(tls);
    request.setTransferTimeout(60000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        if (a.status == 0)
            a.networkError = reply->errorString();
        reply->deleteLater();
        done(a);
    });
}

InstanceRequests::Answer InstanceRequests::call(int instance, const QByteArray &method,
                                                const QString &path, const QByteArray &body,
                                                const QByteArray &token)
{
    QEventLoop loop;
    Answer answer;
    answer.networkError = QStringLiteral("no answer within 60 s");
    send(instance, method, path, body, token, [&](const Answer &a) {
        answer = a;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return answer;
}

QByteArray InstanceRequests::logIn(int instance, const QString &login, QJsonObject *account)
{
    const QJsonObject request{{QStringLiteral("login"), login},
                              {QStringLiteral("password"), QStringLiteral("demo")},
                              {QStringLiteral("client"), QStringLiteral("tst_two_instances")}};
    const QJsonObject answer =
        call(instance, "POST", QStringLiteral("/api/v1/login"), QJsonDocument(request).toJson())
            .json();
    if (account)
        *account = answer.value(QStringLiteral("user")).toObject();
    return answer.value(QStringLiteral("token")).toString().toUtf8();
}

QHash<qint64, QJsonObject> InstanceRequests::scope(int instance, const QByteArray &token,
                                                   QString *error)
{
    QHash<qint64, QJsonObject> cases;
    qint64 cursor = 0;
    for (bool more = true; more;) {
        const Answer a =
            call(instance, "GET", QStringLiteral("/api/v1/feed?after=%1&limit=1000").arg(cursor),
                 {}, token);
        if (a.status != 200) {
            *error = QStringLiteral("GET /feed: %1 %2%3")
                         .arg(a.status)
                         .arg(QString::fromUtf8(a.body), a.networkError);
            return {};
        }
        const QJsonObject page = a.json();
        for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = change.toObject().value(QStringLiteral("case")).toObject();
            if (!c.isEmpty())
                cases.insert(c.value(QStringLiteral("id")).toInteger(), c);
        }
        cursor = page.value(QStringLiteral("cursor")).toInteger();
        more = page.value(QStringLiteral("more")).toBool();
    }
    return cases;
}
