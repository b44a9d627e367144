#include "http/FeedRoutes.h"

#include "http/JsonWriter.h"
#include "http/QueryParameter.h"

#include <QUrlQuery>
#include <limits>

namespace pakn::server {

FeedRoutes::FeedRoutes(ChangeFeed &feed) : m_feed(feed) {}

void FeedRoutes::addTo(RouteTable &routes)
{
    routes.add(RouteTable::Method::Get, QStringLiteral("/api/v1/feed"),
               [this](const Caller &c, const QHttpServerRequest &r) { return page(c, r); });
}

ApiReply FeedRoutes::page(const Caller &caller, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const auto after =
        integerParameter(query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    const auto limit = integerParameter(query, QStringLiteral("limit"), defaultLimit, 1, maxLimit);
    if (!after)
        return ApiReply::badRequest(QStringLiteral("\"after\" must be a non-negative integer"));
    if (!limit)
        return ApiReply::badRequest(
            QStringLiteral("\"limit\" must be an integer from 1 to %1").arg(maxLimit));

    const auto page = m_feed.page(caller.scope, *after, int(*limit));
    if (!page)
        return ApiReply::internal();

    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("changes")).beginArray();
    for (const FeedEntry &e : page->entries) {
        w.beginObject();
        w.member(QLatin1StringView("seq"), e.seq);
        if (e.removed)
            w.member(QLatin1StringView("removed"), e.caseId);
        else
            w.key(QLatin1StringView("case")).raw(e.caseJson);
        w.endObject();
    }
    w.endArray();
    w.member(QLatin1StringView("cursor"), page->cursor);
    w.key(QLatin1StringView("more")).value(page->more);
    w.endObject();
    return {200, w.take()};
}

} // namespace pakn::server
