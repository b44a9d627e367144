#include "zalo/ZaloReplies.h"

#include "zalo/ZaloLogging.h"

#include <QJsonArray>

namespace pakn::server {

ZaloReplies::ZaloReplies(ZaloStore &store, ZaloDelivery &delivery, ZaloCaseHistory &history,
                         const AttachmentFiles &files, const ZaloSettings &settings,
                         std::function<QDateTime()> clock)
    : m_store(store), m_delivery(delivery), m_history(history), m_files(files),
      m_settings(settings), m_clock(std::move(clock))
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
    Sending sending{userId, c.id, c.replyPublished, {}, 0, 0, {}};
    for (const Attachment &a : c.attachments)
        if (a.purpose == Attachment::Purpose::Evidence)
            sending.evidence.append(a);
    sending.total = int(sending.evidence.size());
    sendEvidence(std::move(sending));
}

void ZaloReplies::sendEvidence(Sending sending)
{
    if (sending.evidence.isEmpty()) {
        sendReply(sending);
        return;
    }
    const Attachment a = sending.evidence.takeFirst();
    const auto bytes = m_files.read(a.sha256);
    const auto file = bytes ? ZaloFile::from(a, *bytes)
                            : std::variant<ZaloFile, QString>(
                                  QStringLiteral("%1 is missing on the server").arg(a.fileName));
    if (const auto *why = std::get_if<QString>(&file)) {
        sending.problems.append(*why);
        sendEvidence(std::move(sending));
        return;
    }
    m_delivery.deliverFile(
        sending.userId, std::get<ZaloFile>(file),
        [this, sending, name = a.fileName](const ZaloSendResult &result, int) mutable {
            if (result.ok)
                ++sending.sent;
            else
                sending.problems.append(name + QStringLiteral(": ") + result.error);
            sendEvidence(std::move(sending));
        });
}

void ZaloReplies::sendReply(const Sending &sending)
{
    m_delivery.deliver(sending.userId, messageFor(sending.reply),
                       [this, sending](const ZaloSendResult &result, int attempts) {
                           record(sending, result, attempts);
                       });
}

void ZaloReplies::record(const Sending &s, const ZaloSendResult &result, int attempts)
{
    QString detail =
        result.ok
            ? QStringLiteral("Đã gửi trả lời cho công dân qua Zalo (lần thử %1)").arg(attempts)
            : QStringLiteral("Không gửi được trả lời qua Zalo sau %1 lần thử: %2")
                  .arg(attempts)
                  .arg(result.error);
    if (s.total > 0)
        detail += QStringLiteral("; tệp minh chứng đã gửi: %1/%2").arg(s.sent).arg(s.total);
    if (!s.problems.isEmpty())
        detail +=
            QStringLiteral(" (không gửi được: %1)").arg(s.problems.join(QStringLiteral("; ")));
    m_history.record(
        s.id, result.ok ? QStringLiteral("delivered") : QStringLiteral("failed"), detail.left(2000),
        {{QStringLiteral("evidenceSent"), s.sent}, {QStringLiteral("evidenceTotal"), s.total}});
}

} // namespace pakn::server
