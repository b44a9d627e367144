#include "zalo/ZaloCaseHistory.h"

#include "storage/TransactionGuard.h"
#include "zalo/ZaloLogging.h"

namespace pakn::server {

ZaloCaseHistory::ZaloCaseHistory(CaseRepository &cases, ChangeFeed &feed,
                                 std::function<QDateTime()> clock)
    : m_cases(cases), m_feed(feed), m_clock(std::move(clock))
{}

bool ZaloCaseHistory::record(CaseId id, const QString &status, const QString &detail)
{
    TransactionGuard transaction(m_cases.database());
    if (!transaction.isActive())
        return false;
    auto c = m_cases.find(id); // with its history: update() rebuilds the case's facts from it
    if (!c)
        return false;
    const QDateTime now = m_clock();
    CaseEvent e;
    e.at = now;
    e.actorName = QStringLiteral("Hệ thống");
    e.action = action;
    e.detail = detail;
    e.client = QStringLiteral("zalo");
    e.data.insert(QStringLiteral("status"), status);
    c->history.append(e);
    c->version += 1;
    c->updatedAt = now;
    const auto seq = m_feed.take();
    const bool stored = seq && m_cases.update(*c, *seq) &&
                        m_cases.appendEvents(id, c->history.end() - 1, c->history.end()) &&
                        transaction.commit();
    if (!stored)
        qCWarning(lcZalo) << "could not record the Zalo delivery status on case" << id;
    return stored;
}

} // namespace pakn::server
