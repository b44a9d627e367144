#include "http/FeedWaitRoom.h"

#include "ServerLogging.h"
#include "http/QueryParameter.h"

#include <QUrlQuery>
#include <algorithm>

namespace pakn::server {

namespace {
// Past this many new seqs at once (a bulk move of cases) everyone is woken
// rather than the range read: a waiter woken for nothing just gets an empty page.
constexpr qint64 kMostSeqsToSort = 5000;

ApiReply changedReply(bool changed)
{
    return ApiReply::json({{QStringLiteral("changed"), changed}});
}

} // namespace

FeedWaitRoom::FeedWaitRoom(FeedProbe &probe, FeedWaitLimits limits, QObject *parent)
    : QObject(parent), m_probe(probe), m_limits(limits)
{
    m_poll.setInterval(m_limits.pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &FeedWaitRoom::check);
}

FeedWaitRoom::~FeedWaitRoom() = default;

void FeedWaitRoom::addTo(RouteTable &routes)
{
    routes.addWaiting(RouteTable::Method::Get, QStringLiteral("/api/v1/feed/wait"),
                      [this](const Caller &c, const QHttpServerRequest &r, PendingAnswer answer) {
                          wait(c, r, std::move(answer));
                      });
}

void FeedWaitRoom::nudge()
{
    if (m_waiters.empty() || m_nudged)
        return;
    m_nudged = true;
    // Queued: the writer's transaction commits before its handler returns.
    QMetaObject::invokeMethod(this, &FeedWaitRoom::check, Qt::QueuedConnection);
}

std::optional<ApiReply> FeedWaitRoom::refusal(const Caller &caller) const
{
    if (int(m_waiters.size()) >= m_limits.inAll)
        return ApiReply::error(503, QStringLiteral("busy"),
                               QStringLiteral("Too many clients are waiting; sync on your interval "
                                              "and try again later"));
    const auto mine = std::count_if(m_waiters.cbegin(), m_waiters.cend(), [&](const Waiter &w) {
        return w.account == caller.account.id && w.answer.isConnected();
    });
    if (mine >= m_limits.perAccount)
        return ApiReply::error(
            429, QStringLiteral("too_many_waits"),
            QStringLiteral("This account already waits on the feed %1 times").arg(mine));
    return std::nullopt;
}

void FeedWaitRoom::wait(const Caller &caller, const QHttpServerRequest &request,
                        PendingAnswer answer)
{
    const QUrlQuery query = request.query();
    const auto after =
        integerParameter(query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    const auto timeout =
        integerParameter(query, QStringLiteral("timeout"), defaultTimeout, 1, maxTimeout);
    if (!after)
        return answer.send(
            ApiReply::badRequest(QStringLiteral("\"after\" must be a non-negative integer")));
    if (!timeout)
        return answer.send(ApiReply::badRequest(
            QStringLiteral("\"timeout\" must be a number of seconds from 1 to %1")
                .arg(maxTimeout)));
    if (auto refused = refusal(caller))
        return answer.send(*refused);

    // The newest seq is read before the scope is checked: a change committed
    // in between has a larger seq and is caught by the next check().
    const std::optional<qint64> newest =
        m_waiters.empty() ? m_probe.newestSeq() : std::optional(m_seen);
    const std::optional<bool> pending = m_probe.hasChangeAfter(caller.scope, *after);
    if (!newest || !pending)
        return answer.send(ApiReply::internal());
    if (*pending)
        return answer.send(changedReply(true));

    m_seen = *newest;
    m_waiters.push_back({std::move(answer), caller.account.id, caller.scope, *after,
                         QDeadlineTimer(std::chrono::seconds(*timeout))});
    if (!m_poll.isActive())
        m_poll.start();
}

void FeedWaitRoom::check()
{
    m_nudged = false;
    if (const auto gone =
            std::erase_if(m_waiters, [](const Waiter &w) { return !w.answer.isConnected(); }))
        qCDebug(lcHttp) << "forgot" << gone << "feed waits whose clients left";
    if (!m_waiters.empty()) {
        const std::optional<qint64> newest = m_probe.newestSeq();
        if (newest && *newest > m_seen) {
            if (*newest - m_seen > kMostSeqsToSort) {
                answerAll(true, [](const Waiter &) { return true; });
            } else if (const auto changed = m_probe.unitsChanged(m_seen, *newest)) {
                answerAll(true, [&](const Waiter &w) { return touches(w, *changed); });
            }
            m_seen = *newest;
        }
        answerAll(false, [](const Waiter &w) { return w.deadline.hasExpired(); });
    }
    if (m_waiters.empty()) {
        m_poll.stop();
        m_seen = -1; // nobody follows the feed: read it afresh for the next waiter
    }
}

bool FeedWaitRoom::touches(const Waiter &w, const QHash<UnitId, qint64> &changed)
{
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        if (it.value() > w.after && (w.scope.isEverything() || w.scope.contains(it.key())))
            return true;
    return false;
}

void FeedWaitRoom::answerAll(bool changed, const std::function<bool(const Waiter &)> &which)
{
    // Answers are collected first: sending may run event handlers that reach this room.
    std::vector<PendingAnswer> due;
    std::erase_if(m_waiters, [&](Waiter &w) {
        if (!which(w))
            return false;
        due.push_back(std::move(w.answer));
        return true;
    });
    if (!due.empty())
        qCDebug(lcHttp) << "answering" << due.size() << "feed waits, changed:" << changed;
    for (PendingAnswer &answer : due)
        answer.send(changedReply(changed));
}

} // namespace pakn::server
