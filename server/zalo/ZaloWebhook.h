#pragma once

// POST /api/v1/zalo/webhook: the events Zalo sends for the Official Account.
// Checks the signature (401 when missing or wrong), drops replays (200 with
// "ignored": an event whose timestamp is more than the replay window away
// from now, or whose message id was handled before — Zalo retries what is not
// answered with a 2xx), then in one transaction marks the id seen and keeps
// the message (`keep`), and answers. The rest (cases, messages to the
// citizen, ratings) runs after the answer has left (`afterAnswer`, queued on
// this thread's event loop).

#include "http/ApiReply.h"
#include "zalo/ZaloEvent.h"
#include "zalo/ZaloSettings.h"
#include "zalo/ZaloSignature.h"
#include "zalo/ZaloStore.h"

#include <QObject>
#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace pakn::server {

class RouteTable;

class ZaloWebhook
{
public:
    using Step = std::function<bool(const ZaloEvent &)>;

    ZaloWebhook(const ZaloSettings &settings, ZaloStore &store, std::function<QDateTime()> clock,
                Step keep, std::function<void(const ZaloEvent &)> afterAnswer, QObject *context);

    void addTo(RouteTable &routes);
    ApiReply handle(const QHttpServerRequest &request);

private:
    const ZaloSettings &m_settings;
    ZaloSignature m_signature;
    ZaloStore &m_store;
    std::function<QDateTime()> m_clock;
    Step m_keep;
    std::function<void(const ZaloEvent &)> m_afterAnswer;
    QObject *m_context;
};

} // namespace pakn::server
