#include "zalo/ZaloReplies.h"

#include "zalo/ZaloLogging.h"

#include <QJsonArray>

namespace pakn::server {

ZaloReplies::ZaloReplies(ZaloStore &store, ZaloDelivery &delivery, ZaloCaseHistory &history,
                         const ZaloSettings &settings, std::function<QDateTime()> clock)
    : m_store(store), m_delivery(delivery), m_history(history), m_settings(settings),
      m_clock(std::move(clock))
{}

QJsonObject ZaloReplies::messageFor(const QString &reply)
{
    const std::pair<Rating, QString> choices[] = {
        {Rating::Satisfied, QStringLiteral("Hài lòng")},
        {Rating::Acceptable, QStringLiteral("Chấp nhận được")},
        {Rating::NotSatisfied, QStringLiteral("Không hài lòng")},
    };
    QJsonArray buttons;
    for (const auto &[rating, title] : choices)
        buttons.append(QJsonObject{
            {QStringLiteral("title"), title},
            {QStringLiteral("type"), QStringLiteral("oa.query.hide")},
            {QStringLiteral("payload"), QString(ratingWord + QLatin1Char(' ') + toCode(rating))}});
    const QJsonObject payload{{QStringLiteral("buttons"), buttons}};
    return {{QStringLiteral("text"),
             QString(reply + QStringLiteral("\n\nXin bạn đánh giá kết quả giải quyết:"))},
            {QStringLiteral("attachment"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                         {QStringLiteral("payload"), payload}}}};
}

void ZaloReplies::published(const Case &c)
{
    const QString userId = m_store.citizenOf(c.id);
    if (userId.isEmpty())
        return;
    const QDateTime last = m_store.lastMessageAt(userId);
    if (!last.isValid() ||
        last.addSecs(std::chrono::seconds(m_settings.replyWindow).count()) < m_clock()) {
        qCInfo(lcZalo) << "case" << c.id << "answered outside the Zalo reply window";
        m_history.record(c.id, QStringLiteral("outside_reply_window"),
                         QStringLiteral("Không gửi trả lời qua Zalo: ngoài thời hạn phản hồi "
                                        "(công dân nhắn lần cuối lúc %1 UTC)")
                             .arg(last.toString(Qt::ISODate)));
        return;
    }
    const CaseId id = c.id;
    m_delivery.deliver(userId, messageFor(c.replyPublished),
                       [this, id](const ZaloSendResult &result, int attempts) {
                           if (result.ok)
                               m_history.record(id, QStringLiteral("delivered"),
                                                QStringLiteral("Đã gửi trả lời cho công dân qua "
                                                               "Zalo (lần thử %1)")
                                                    .arg(attempts));
                           else
                               m_history.record(id, QStringLiteral("failed"),
                                                QStringLiteral("Không gửi được trả lời qua Zalo "
                                                               "sau %1 lần thử: %2")
                                                    .arg(attempts)
                                                    .arg(result.error));
                       });
}

} // namespace pakn::server
