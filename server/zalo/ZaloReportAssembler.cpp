#include "zalo/ZaloReportAssembler.h"

#include "zalo/ZaloLogging.h"

namespace pakn::server {

namespace {

QStringList imageUrlsOf(const QList<ZaloMessage> &messages)
{
    QStringList images;
    for (const ZaloMessage &m : messages)
        if (!m.imageUrl.isEmpty())
            images.append(m.imageUrl);
    return images;
}

CitizenReport reportOf(const QList<ZaloMessage> &messages)
{
    CitizenReport report;
    report.channel = Channel::Zalo;
    QStringList texts;
    for (const ZaloMessage &m : messages) {
        if (!m.text.trimmed().isEmpty())
            texts.append(m.text.trimmed());
        if (m.latitude && m.longitude) {
            report.latitude = m.latitude;
            report.longitude = m.longitude;
        }
    }
    QString description = texts.join(QLatin1Char('\n'));
    if (description.isEmpty())
        description = QStringLiteral("Phản ánh qua Zalo (ảnh, vị trí)");
    const QStringList images = imageUrlsOf(messages);
    if (!images.isEmpty())
        description += QStringLiteral("\n\nẢnh gửi qua Zalo:\n") + images.join(QLatin1Char('\n'));
    if (description.size() > CaseIntake::maxDescription)
        description = description.left(CaseIntake::maxDescription - 1) + QStringLiteral("…");
    report.description = description;
    return report;
}

} // namespace

ZaloReportAssembler::ZaloReportAssembler(ZaloStore &store, CaseIntake &intake, MediaImport &media,
                                         ZaloDelivery &delivery, const ZaloSettings &settings,
                                         std::function<QDateTime()> clock)
    : m_store(store), m_intake(intake), m_media(media), m_delivery(delivery), m_settings(settings),
      m_clock(std::move(clock))
{}

bool ZaloReportAssembler::keep(const ZaloEvent &e)
{
    ZaloMessage m;
    m.userId = e.userId;
    m.at = m_clock();
    if (e.text.trimmed().compare(sendWord, Qt::CaseInsensitive) == 0) {
        m.send = true;
        return m_store.addMessage(m);
    }
    m.text = e.text;
    m.latitude = e.latitude;
    m.longitude = e.longitude;
    if (e.imageUrls.isEmpty())
        return m_store.addMessage(m);
    for (const QString &url : e.imageUrls) { // one row per image, the text on the first
        m.imageUrl = url;
        if (!m_store.addMessage(m))
            return false;
        m.text.clear();
    }
    return true;
}

void ZaloReportAssembler::assembleDue()
{
    const QStringList citizens = m_store.citizensWithCompleteReports(
        m_clock().addSecs(-std::chrono::seconds(m_settings.reportWindow).count()));
    for (const QString &userId : citizens)
        assemble(userId);
}

void ZaloReportAssembler::assemble(const QString &userId)
{
    const QList<ZaloMessage> messages = m_store.pendingMessages(userId);
    if (messages.isEmpty())
        return;
    const qint64 last = messages.back().id;
    const bool onlySend =
        std::all_of(messages.cbegin(), messages.cend(), [](const auto &m) { return m.send; });
    if (onlySend) {
        m_store.removeMessages(userId, last);
        tell(userId, QStringLiteral("Bạn chưa gửi nội dung phản ánh. Hãy nhắn nội dung, ảnh "
                                    "hoặc vị trí, rồi gửi \"#gui\"."));
        return;
    }
    // The case, its link to the citizen and the messages' removal commit together: a crash
    // leaves either the messages waiting or the case made, never both. Another server
    // instance making the same report first removes the messages: this case then rolls back.
    const auto received =
        m_intake.receive(reportOf(messages), {}, std::nullopt, [&](const Case &made) {
            return m_store.linkCase(made.id, userId) &&
                   m_store.removeMessages(userId, last) == messages.size();
        });
    if (const auto *failure = std::get_if<IntakeFailure>(&received)) {
        qCWarning(lcZalo) << "a Zalo report was not taken:" << failure->field << failure->message;
        if (!failure->invalid)
            return; // ours: the messages wait for the next round
        m_store.removeMessages(userId, last);
        tell(userId, QStringLiteral("Phản ánh chưa được tiếp nhận: thông tin không hợp lệ (%1). "
                                    "Xin gửi lại.")
                         .arg(failure->field));
        return;
    }
    const Case &c = std::get<Case>(received);
    m_media.importInto(c.id, QStringLiteral("zalo"), imageUrlsOf(messages));
    qCInfo(lcZalo) << "a Zalo report became case" << c.id;
    tell(userId, QStringLiteral("Đã tiếp nhận phản ánh của bạn, số hồ sơ %1. Kết quả xử lý sẽ "
                                "được gửi qua Zalo.")
                     .arg(c.id));
}

void ZaloReportAssembler::tell(const QString &userId, const QString &text)
{
    m_delivery.deliver(userId, {{QStringLiteral("text"), text}},
                       [](const ZaloSendResult &, int) {});
}

} // namespace pakn::server
