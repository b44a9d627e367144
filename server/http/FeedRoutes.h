#pragma once

// GET /feed?after=SEQ&limit=N: the caller's change feed, one page at a time.

#include "http/RouteTable.h"
#include "storage/ChangeFeed.h"

namespace pakn::server {

class FeedRoutes
{
public:
    static constexpr int defaultLimit = 500;
    static constexpr int maxLimit = 1000;

    explicit FeedRoutes(ChangeFeed &feed);

    void addTo(RouteTable &routes);
    ApiReply page(const Caller &caller, const QHttpServerRequest &request);

private:
    ChangeFeed &m_feed;
};

} // namespace pakn::server
