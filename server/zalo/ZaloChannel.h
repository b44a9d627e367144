#pragma once

// The Zalo Official Account channel, put together (docs/API.md, "Zalo
// webhook"): the webhook route, the reports becoming cases, replies going
// back and ratings coming back. Owned by the ApiServer; everything runs on
// its thread.

#include "attachments/MediaImport.h"
#include "intake/CaseIntake.h"
#include "zalo/ZaloCaseHistory.h"
#include "zalo/ZaloDelivery.h"
#include "zalo/ZaloRatings.h"
#include "zalo/ZaloReplies.h"
#include "zalo/ZaloReportAssembler.h"
#include "zalo/ZaloWebhook.h"

#include <QTimer>

namespace pakn::server {

// What the channel shares with the rest of the server.
struct ZaloStores
{
    CaseRepository &cases;
    AccountRepository &accounts;
    UnitRepository &units;
    CaseActionService &actions;
    CaseIntake &intake;
    SystemCaseChange &changes;
    MediaImport &media;
    const AttachmentFiles &files;
};

class ZaloChannel : public QObject
{
    Q_OBJECT
public:
    ZaloChannel(ZaloStores stores, const ZaloSettings &settings, std::function<QDateTime()> clock,
                QObject *parent = nullptr);

    void addTo(RouteTable &routes);
    // A reply was published on this case; sent on if a Zalo citizen's.
    void replyPublished(const Case &c);
    // Hourly upkeep: forgets event ids older than any replay could be.
    void forgetOldEvents();

private:
    bool keep(const ZaloEvent &event);
    void afterAnswer(const ZaloEvent &event);

    const ZaloSettings &m_settings;
    std::function<QDateTime()> m_clock;
    ZaloStore m_store;
    ZaloCaseHistory m_history;
    ZaloOaClient m_client;
    ZaloDelivery m_delivery;
    ZaloReportAssembler m_assembler;
    ZaloReplies m_replies;
    ZaloRatings m_ratings;
    ZaloWebhook m_webhook;
    QTimer m_reportTimer; // reports complete by time, not by "#gui"
};

} // namespace pakn::server
