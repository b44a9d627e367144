#include "http/RouteTable.h"

#include "ServerLogging.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace pakn::server {

namespace {
const QByteArray contentType = QByteArrayLiteral("Content-Type");
const QByteArray jsonType = QByteArrayLiteral("application/json; charset=utf-8");
// What a session whose password must change may call.
const QStringList passwordChangeRoutes = {QStringLiteral("/api/v1/password"),
                                          QStringLiteral("/api/v1/logout")};

QString methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Post:
        return QStringLiteral("POST");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

bool wantsClose(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("Connection")).trimmed().toLower() ==
           QByteArrayLiteral("close");
}
} // namespace

RouteTable::RouteTable(QHttpServer &http, Authenticator &authenticator, qint64 maxBodyBytes)
    : m_http(http), m_authenticator(authenticator), m_maxBodyBytes(maxBodyBytes)
{
    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            send(request, responder, ApiReply::notFound(QStringLiteral("No such endpoint")));
        });
}

void RouteTable::send(const QHttpServerRequest &request, QHttpServerResponder &responder,
                      const ApiReply &reply)
{
    qCDebug(lcHttp) << request.method() << request.url().path() << reply.status;
    write(responder, reply, wantsClose(request));
}

void RouteTable::write(QHttpServerResponder &responder, const ApiReply &reply, bool close)
{
    // Written header by header: the list varies (ETag, a file's headers,
    // Connection), which QHttpServerResponder::write()'s initializer list cannot.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(contentType, reply.contentType.isEmpty() ? jsonType : reply.contentType);
    if (!reply.etag.isEmpty())
        responder.writeHeader(QByteArrayLiteral("ETag"), reply.etag);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    // QtHttpServer 6.4 keeps the connection open whatever the client asked.
    if (close)
        responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    if (QTcpSocket *socket = responder.socket(); close && socket)
        socket->disconnectFromHost(); // after the queued bytes are written
}

bool RouteTable::withinLimit(const QHttpServerRequest &request, ApiReply *reply, qint64 limit) const
{
    if (limit <= 0)
        limit = m_maxBodyBytes;
    bool declared = false;
    const qint64 length = request.value(QByteArrayLiteral("Content-Length")).toLongLong(&declared);
    if ((declared && length > limit) || request.body().size() > limit) {
        *reply = ApiReply::tooLarge(limit);
        return false;
    }
    return true;
}

std::optional<Caller> RouteTable::admit(const QHttpServerRequest &request, ApiReply *reply,
                                        qint64 limit)
{
    if (!withinLimit(request, reply, limit))
        return std::nullopt;
    auto caller = m_authenticator.authenticate(request, reply);
    // A generated password is known to apt's log and to whoever read it out:
    // until it is changed, the session can do nothing else.
    if (caller && caller->mustChangePassword &&
        !passwordChangeRoutes.contains(request.url().path())) {
        *reply = ApiReply::error(403, QStringLiteral("password_change_required"),
                                 QStringLiteral("Password change required: choose a new password "
                                                "(POST /api/v1/password) before anything else"));
        return std::nullopt;
    }
    return caller;
}

void RouteTable::record(bool added, Method method, const QString &path)
{
    if (!added) {
        qCCritical(lcHttp) << "cannot register the route" << path;
        return;
    }
    m_registered.append(methodName(method) + QLatin1Char(' ') + path);
}

void RouteTable::addPublic(Method method, const QString &path, PublicHandler handler)
{
    const bool added = m_http.route(
        path, method,
        [this, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ApiReply reply;
            send(request, responder, withinLimit(request, &reply) ? handler(request) : reply);
        });
    record(added, method, path);
}

// QHttpServer takes a route's path as a regular expression.
static QString literalDots(const QString &path)
{
    return QString(path).replace(QLatin1Char('.'), QStringLiteral("\\."));
}

void RouteTable::addPublicWithText(Method method, const QString &path, PublicTextHandler handler)
{
    const bool added =
        m_http.route(literalDots(path), method,
                     [this, handler](QString segment, const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder) {
                         ApiReply reply;
                         send(request, responder,
                              withinLimit(request, &reply) ? handler(segment, request) : reply);
                     });
    record(added, method, path);
}

void RouteTable::addPublicWithTwoTexts(Method method, const QString &path,
                                       PublicTextsHandler handler)
{
    const bool added = m_http.route(
        literalDots(path), method,
        [this, handler](QString first, QString second, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
            ApiReply reply;
            send(request, responder,
                 withinLimit(request, &reply) ? handler(first, second, request) : reply);
        });
    record(added, method, path);
}

void RouteTable::add(Method method, const QString &path, Handler handler)
{
    const bool added = m_http.route(
        path, method,
        [this, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ApiReply reply;
            const auto caller = admit(request, &reply);
            send(request, responder, caller ? handler(*caller, request) : reply);
        });
    record(added, method, path);
}

void RouteTable::addWithId(Method method, const QString &path, IdHandler handler)
{
    const bool added =
        m_http.route(path, method,
                     [this, handler](qint64 id, const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder) {
                         ApiReply reply;
                         const auto caller = admit(request, &reply);
                         send(request, responder, caller ? handler(*caller, id, request) : reply);
                     });
    record(added, method, path);
}

void RouteTable::addWithText(Method method, const QString &path, TextHandler handler)
{
    const bool added = m_http.route(
        path, method,
        [this, handler](QString segment, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
            ApiReply reply;
            const auto caller = admit(request, &reply);
            send(request, responder, caller ? handler(*caller, segment, request) : reply);
        });
    record(added, method, path);
}

void RouteTable::addWithIdAndText(Method method, const QString &path, IdTextHandler handler,
                                  qint64 maxBodyBytes)
{
    const bool added = m_http.route(
        path, method,
        [this, handler, maxBodyBytes](qint64 id, QString segment, const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
            ApiReply reply;
            const auto caller = admit(request, &reply, maxBodyBytes);
            send(request, responder, caller ? handler(*caller, id, segment, request) : reply);
        });
    record(added, method, path);
}

void RouteTable::addWaiting(Method method, const QString &path, WaitingHandler handler)
{
    const QString what = methodName(method) + QLatin1Char(' ') + path;
    const bool added = m_http.route(
        path, method,
        [this, handler, what](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ApiReply reply;
            const auto caller = admit(request, &reply);
            if (!caller)
                return send(request, responder, reply);
            handler(*caller, request,
                    PendingAnswer(std::move(responder), wantsClose(request), what));
        });
    record(added, method, path);
}

void RouteTable::addWaitingWithId(Method method, const QString &path, WaitingIdHandler handler)
{
    const QString what = methodName(method) + QLatin1Char(' ') + path;
    const bool added =
        m_http.route(path, method,
                     [this, handler, what](qint64 id, const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
                         ApiReply reply;
                         const auto caller = admit(request, &reply);
                         if (!caller)
                             return send(request, responder, reply);
                         handler(*caller, id, request,
                                 PendingAnswer(std::move(responder), wantsClose(request), what));
                     });
    record(added, method, path);
}

} // namespace pakn::server
