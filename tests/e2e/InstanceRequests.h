#pragma once

// JSON requests to several pakn-server instances for the load tests, each
// instance trusted by its own certificate (its data directory's
// certificate.pem, which names 127.0.0.1). One QNetworkAccessManager: many
// requests in flight, answered on the caller's event loop.

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <functional>

class InstanceRequests
{
public:
    struct Instance
    {
        QUrl url;
        QString certificatePath;
    };
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (networkError says why)
        QByteArray body;
        QString networkError;
        QJsonObject json() const;
    };
    using Done = std::function<void(const Answer &)>;

    explicit InstanceRequests(QList<Instance> instances);

    qsizetype count() const { return m_instances.size(); }
    void send(int instance, const QByteArray &method, const QString &path, const QByteArray &body,
              const QByteArray &token, Done done);
    // Waits (bounded) for the answer: for setting up and checking, not for the load.
    Answer call(int instance, const QByteArray &method, const QString &path,
                const QByteArray &body = {}, const QByteArray &token = {});
    // A token for `login` (password "demo"), and the account's JSON; empty when refused.
    QByteArray logIn(int instance, const QString &login, QJsonObject *account = nullptr);
    // Every case the token's scope holds, by id, read from the feed (GET /feed from 0).
    QHash<qint64, QJsonObject> scope(int instance, const QByteArray &token, QString *error);

private:
    QList<Instance> m_instances;
    QNetworkAccessManager m_nam;
};
