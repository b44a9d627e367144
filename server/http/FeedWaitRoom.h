#pragma once

// GET /feed/wait?after=SEQ&timeout=S: a long poll on the caller's change feed
// (docs/API.md). The request is answered at once when the caller's scope has
// a change after SEQ, else held (its responder kept, the server's thread free)
// until such a change commits or the timeout passes.
//
// Waking: this process's writers nudge the room when they take a seq (the
// check runs once their handler returned, so after the commit), and while
// anyone waits the newest committed seq is read every `pollInterval` so that
// changes committed by other server instances on the same database are seen
// too. A new range of seqs costs one small query for the units it touched,
// however many wait; each waiter then checks its scope in memory.

#include "http/PendingAnswer.h"
#include "http/RouteTable.h"
#include "storage/FeedProbe.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <vector>

namespace pakn::server {

struct FeedWaitLimits
{
    int perAccount = 4;
    int inAll = 2000;
    std::chrono::milliseconds pollInterval = std::chrono::milliseconds(250);
};

class FeedWaitRoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultTimeout = 25; // seconds
    static constexpr int maxTimeout = 55;     // below the 60 s idle-connection cut

    FeedWaitRoom(FeedProbe &probe, FeedWaitLimits limits, QObject *parent = nullptr);
    ~FeedWaitRoom() override;

    void addTo(RouteTable &routes);
    // A writer took a seq: look again once the current request is done.
    void nudge();
    int waiting() const { return int(m_waiters.size()); }

private:
    struct Waiter
    {
        PendingAnswer answer;
        UserId account = 0;
        AccessScope scope;
        qint64 after = 0;
        QDeadlineTimer deadline;
    };

    void wait(const Caller &caller, const QHttpServerRequest &request, PendingAnswer answer);
    std::optional<ApiReply> refusal(const Caller &caller) const;
    void check();
    // Answers the waiters whose scope holds a unit in `changed` past their `after`.
    void wake(const QHash<UnitId, qint64> &changed);
    void answerAll(bool changed, const std::function<bool(const Waiter &)> &which);
    static bool touches(const Waiter &w, const QHash<UnitId, qint64> &changed);

    FeedProbe &m_probe;
    FeedWaitLimits m_limits;
    std::vector<Waiter> m_waiters;
    qint64 m_seen = -1; // the newest seq already checked against the waiters; -1: none yet
    QTimer m_poll;
    bool m_nudged = false;
};

} // namespace pakn::server
