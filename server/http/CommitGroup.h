#pragma once

// Group commit for the writes that answer requests (POST /cases/{id}/actions).
// A write handed in waits at most until the event loop comes round again:
// every write that arrived meanwhile (while the previous group's COMMIT and
// its fsync blocked the thread) runs with it in ONE transaction, each in its
// own savepoint, so a write that fails rolls back only itself. The answers
// are sent, and the writes' after-commit effects run, only once the shared
// COMMIT returned; if it fails, every write of the group answers 500 (the
// client retries with the same idempotency key) and none is acknowledged.
// A lone write commits on the next turn of the loop, with no timer.
// `opening` runs first in every group's transaction: the server takes the
// feed counter's lock there, so groups on several instances sharing one
// PostgreSQL queue behind each other instead of deadlocking on the rows
// (idempotency keys, cases) their writes lock in different orders.

#include "http/ApiReply.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace pakn::server {

// What one write inside a group produced.
struct GroupedWrite
{
    ApiReply reply;                    // a 500 rolls the write back to its savepoint
    std::function<void()> afterCommit; // e.g. telling a channel; only once committed
};

class CommitGroup : public QObject
{
    Q_OBJECT
public:
    using Write = std::function<GroupedWrite()>;
    using Answer = std::function<void(const ApiReply &)>;

    // `maxWrites`: a group that reaches it commits at once (bounds its latency and size).
    CommitGroup(QSqlDatabase db, std::function<bool()> opening, int maxWrites = 64,
                QObject *parent = nullptr);
    ~CommitGroup() override;

    // Runs `write` in the next group and calls `answer` with its reply after the commit.
    void add(Write write, Answer answer);
    int waiting() const { return int(m_waiting.size()); }
    // Groups committed so far and the writes in them (for the log and tests).
    qint64 groups() const { return m_groups; }
    qint64 writes() const { return m_writes; }

private:
    struct Entry
    {
        Write write;
        Answer answer;
        GroupedWrite outcome;
    };

    void commitWaiting();

    QSqlDatabase m_db;
    std::function<bool()> m_opening;
    int m_maxWrites;
    std::vector<Entry> m_waiting;
    bool m_scheduled = false;
    qint64 m_groups = 0;
    qint64 m_writes = 0;
};

} // namespace pakn::server
