#pragma once

// The API's routes on top of QHttpServer. Every route gets the same wrapping:
// the body size limit (413; 1 MB unless the route names its own),
// authentication (401) unless public, answers with the right Content-Type
// (JSON unless the reply says otherwise), "Connection: close" honoured, and a
// JSON 404 for every path or method that is not in the table.

#include "http/ApiReply.h"
#include "http/Authenticator.h"
#include "http/PendingAnswer.h"

#include <QHttpServerRequest>
#include <QStringList>
#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace pakn::server {

class RouteTable
{
public:
    using Method = QHttpServerRequest::Method;
    using PublicHandler = std::function<ApiReply(const QHttpServerRequest &)>;
    using Handler = std::function<ApiReply(const Caller &, const QHttpServerRequest &)>;
    using PublicTextHandler = std::function<ApiReply(const QString &, const QHttpServerRequest &)>;
    using PublicTextsHandler =
        std::function<ApiReply(const QString &, const QString &, const QHttpServerRequest &)>;
    using IdHandler = std::function<ApiReply(const Caller &, qint64, const QHttpServerRequest &)>;
    using TextHandler =
        std::function<ApiReply(const Caller &, const QString &, const QHttpServerRequest &)>;
    using IdTextHandler = std::function<ApiReply(const Caller &, qint64, const QString &,
                                                 const QHttpServerRequest &)>;

    // A route that may answer later (a long poll): it keeps `answer` and sends it when ready.
    using WaitingHandler =
        std::function<void(const Caller &, const QHttpServerRequest &, PendingAnswer answer)>;
    // A route with an id that answers later (an action answered after its group commit).
    using WaitingIdHandler = std::function<void(const Caller &, qint64, const QHttpServerRequest &,
                                                PendingAnswer answer)>;

    RouteTable(QHttpServer &http, Authenticator &authenticator, qint64 maxBodyBytes);

    void addPublic(Method method, const QString &path, PublicHandler handler);
    // Public routes with one or two "<arg>" text placeholders (Open311's
    // "services/<arg>.<arg>"); a '.' in `path` is a literal dot.
    void addPublicWithText(Method method, const QString &path, PublicTextHandler handler);
    void addPublicWithTwoTexts(Method method, const QString &path, PublicTextsHandler handler);
    void add(Method method, const QString &path, Handler handler);
    // `path` holds one "<arg>" placeholder for a positive integer id.
    void addWithId(Method method, const QString &path, IdHandler handler);
    // `path` holds one "<arg>" placeholder for a path segment (e.g. a login).
    void addWithText(Method method, const QString &path, TextHandler handler);
    // `path` holds two placeholders: an id, then a text segment (e.g. a UUID).
    // `maxBodyBytes` > 0 replaces the table's body limit for this route only.
    void addWithIdAndText(Method method, const QString &path, IdTextHandler handler,
                          qint64 maxBodyBytes = 0);
    void addWaiting(Method method, const QString &path, WaitingHandler handler);
    void addWaitingWithId(Method method, const QString &path, WaitingIdHandler handler);

    // Every registered route as "METHOD /path" ("<arg>" for a placeholder), in
    // registration order: tests check that each one has an authorization entry.
    const QStringList &registered() const { return m_registered; }

    // Writes a reply; public so that the 404 handler and tests share one format.
    static void send(const QHttpServerRequest &request, QHttpServerResponder &responder,
                     const ApiReply &reply);
    // The writing half of send(), for answers sent after their request (PendingAnswer).
    static void write(QHttpServerResponder &responder, const ApiReply &reply, bool close);

private:
    bool withinLimit(const QHttpServerRequest &request, ApiReply *reply, qint64 limit = 0) const;
    // Size limit and authentication; nullopt when `reply` holds the answer.
    std::optional<Caller> admit(const QHttpServerRequest &request, ApiReply *reply,
                                qint64 limit = 0);
    void record(bool added, Method method, const QString &path);

    QHttpServer &m_http;
    Authenticator &m_authenticator;
    qint64 m_maxBodyBytes;
    QStringList m_registered;
};

} // namespace pakn::server
