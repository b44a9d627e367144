#pragma once

// A published reply to a Zalo case goes to the citizen: the text with three
// buttons for the rating (their payloads "#danhgia <rating code>" come back as
// the citizen's message), unless the citizen's last message is older than
// the reply window — Zalo would refuse it, so the case records "outside the
// reply window" instead. The outcome lands in the case's history.

#include "zalo/ZaloCaseHistory.h"
#include "zalo/ZaloDelivery.h"
#include "zalo/ZaloStore.h"

namespace pakn::server {

class ZaloReplies
{
public:
    static inline const QString ratingWord = QStringLiteral("#danhgia");

    ZaloReplies(ZaloStore &store, ZaloDelivery &delivery, ZaloCaseHistory &history,
                const ZaloSettings &settings, std::function<QDateTime()> clock);

    // The case's reply was just published (approved); nothing for other channels' cases.
    void published(const Case &c);
    // The OA message: the reply and the rating buttons.
    static QJsonObject messageFor(const QString &reply);

private:
    ZaloStore &m_store;
    ZaloDelivery &m_delivery;
    ZaloCaseHistory &m_history;
    const ZaloSettings &m_settings;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
