#include "zalo/ZaloChannel.h"

#include "zalo/ZaloLogging.h"

namespace pakn::server {

ZaloChannel::ZaloChannel(ZaloStores s, const ZaloSettings &settings,
                         std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_clock(clock), m_store(s.cases.database()),
      m_history(s.changes), m_client(settings, m_store, clock, this),
      m_delivery(m_client, settings, this),
      m_assembler(m_store, s.intake, s.media, m_delivery, settings, clock),
      m_replies(m_store, m_delivery, m_history, s.files, settings, clock),
      m_ratings(m_store, s.cases, s.actions, s.accounts, s.units, settings),
      m_webhook(
          settings, m_store, clock, [this](const ZaloEvent &e) { return keep(e); },
          [this](const ZaloEvent &e) { afterAnswer(e); }, this)
{
    if (!settings.configured())
        return;
    // Often enough that a report is a case within a minute of its window.
    m_reportTimer.setInterval(
        std::min<std::chrono::milliseconds>(settings.reportWindow, std::chrono::minutes(1)));
    connect(&m_reportTimer, &QTimer::timeout, this, [this] { m_assembler.assembleDue(); });
    m_reportTimer.start();
    QTimer::singleShot(0, this, [this] { m_assembler.assembleDue(); }); // left before a restart
}

void ZaloChannel::addTo(RouteTable &routes)
{
    m_webhook.addTo(routes);
}

void ZaloChannel::replyPublished(const Case &c)
{
    if (!m_settings.configured())
        return; // a case is the citizen's on Zalo when ZaloStore links it, whatever its channel
    // After the approval's answer has left: the delivery status is a new version of the case.
    QTimer::singleShot(0, this, [this, c] { m_replies.published(c); });
}

void ZaloChannel::forgetOldEvents()
{
    const int forgotten = m_store.forgetSeenBefore(m_clock().addDays(-1));
    if (forgotten > 0)
        qCInfo(lcZalo) << "forgot" << forgotten << "handled Zalo event ids";
}

bool ZaloChannel::keep(const ZaloEvent &e)
{
    if (!e.isMessage())
        return true; // follow, seen, …: nothing to keep
    if (!m_store.touchCitizen(e.userId, m_clock()))
        return false;
    return ZaloRatings::ratingOf(e) ? true : m_assembler.keep(e);
}

void ZaloChannel::afterAnswer(const ZaloEvent &e)
{
    if (!e.isMessage())
        return;
    if (ZaloRatings::ratingOf(e))
        m_ratings.rate(e);
    else
        m_assembler.assembleDue();
}

} // namespace pakn::server
