#include "cases/NextVersion.h"

namespace pakn::server {

bool storeNextVersion(CaseRepository &cases, ChangeFeed &feed, Case &c, const QDateTime &now)
{
    c.version += 1;
    c.updatedAt = now;
    const auto seq = feed.take();
    return seq && cases.update(c, *seq) &&
           cases.appendEvents(c.id, c.history.end() - 1, c.history.end());
}

} // namespace pakn::server
