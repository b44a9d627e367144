#include "zalo/ZaloWebhook.h"

#include "http/RouteTable.h"
#include "storage/TransactionGuard.h"
#include "zalo/ZaloLogging.h"

#include <QCryptographicHash>
#include <QTimer>

namespace pakn::server {

namespace {

ApiReply ignored(const QString &why)
{
    return ApiReply::json({{QStringLiteral("ignored"), why}});
}

} // namespace

ZaloWebhook::ZaloWebhook(const ZaloSettings &settings, ZaloStore &store,
                         std::function<QDateTime()> clock, Step keep,
                         std::function<void(const ZaloEvent &)> afterAnswer, QObject *context)
    : m_settings(settings), m_signature(settings.appId, settings.oaSecretKey), m_store(store),
      m_clock(std::move(clock)), m_keep(std::move(keep)), m_afterAnswer(std::move(afterAnswer)),
      m_context(context)
{}

void ZaloWebhook::addTo(RouteTable &routes)
{
    routes.addPublic(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/zalo/webhook"),
                     [this](const QHttpServerRequest &request) { return handle(request); });
}

ApiReply ZaloWebhook::handle(const QHttpServerRequest &request)
{
    const QByteArray signature = request.value(QByteArrayLiteral("X-ZEvent-Signature"));
    if (signature.isEmpty())
        return ApiReply::error(401, QStringLiteral("unsigned"),
                               QStringLiteral("The event has no X-ZEvent-Signature"));
    if (!m_settings.configured())
        return ApiReply::error(503, QStringLiteral("not_configured"),
                               QStringLiteral("This server has no Zalo Official Account"));
    ApiReply failure;
    const auto body = parseJsonObject(request.body(), &failure);
    if (!body)
        return failure;
    const auto event = ZaloEvent::parse(*body);
    if (!event)
        return ApiReply::badRequest(
            QStringLiteral("An event needs \"event_name\" and a numeric \"timestamp\""));
    if (!m_signature.matches(signature, request.body(), event->timestamp)) {
        qCWarning(lcZalo) << "refused a webhook event with a wrong signature";
        return ApiReply::error(401, QStringLiteral("bad_signature"),
                               QStringLiteral("The event's signature does not match"));
    }
    // Compared with the window's ends, not as now − timestamp: a signed event
    // may carry any 64-bit timestamp, and that difference could overflow.
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const qint64 window = std::chrono::milliseconds(m_settings.replayWindow).count();
    if (event->timestampMs < now - window || event->timestampMs > now + window) {
        qCInfo(lcZalo) << "ignored an event stamped" << event->timestampMs << "at" << now;
        return ignored(QStringLiteral("stale"));
    }
    // Events without a message id are told apart by their signed bytes.
    const QString id =
        !event->messageId.isEmpty()
            ? event->messageId
            : QString::fromLatin1(
                  QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256).toHex());
    TransactionGuard transaction(m_store.database());
    if (!transaction.isActive())
        return ApiReply::internal();
    if (!m_store.markSeen(id, m_clock())) {
        if (m_store.failed())
            return ApiReply::internal();
        qCInfo(lcZalo) << "ignored a replayed event";
        return ignored(QStringLiteral("replayed"));
    }
    if (!m_keep(*event) || !transaction.commit())
        return ApiReply::internal(); // not seen after all: Zalo sends it again
    QTimer::singleShot(0, m_context, [this, e = *event] { m_afterAnswer(e); });
    return ApiReply::json({{QStringLiteral("received"), true}});
}

} // namespace pakn::server
