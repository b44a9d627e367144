#pragma once

// Copies an SQLite database's write-ahead log back into its file from a
// thread and connection of its own, every `interval` (PASSIVE: it neither
// waits for nor blocks a writer or a reader). The writers keep their
// automatic checkpoint (at 16,000 log pages): that one is what lets SQLite
// start the log over, which it does only once the whole log is in the file
// and no commit came between — a checkpoint run from here alone, beside
// steady writes, never gets there, and the log grew by 30 MB a second in a
// benchmark. But when a writer's commit crosses the mark, this thread has
// already copied all but the last interval's pages, so that commit no longer
// holds every action behind it for a whole log's copying (p99 121–146 ms
// before, 25–37 ms with a 50 ms interval; docs/PERFORMANCE.md). Nothing to do
// on PostgreSQL, which is never given one.

#include "storage/ConnectionThread.h"

#include <QTimer>
#include <chrono>

namespace pakn::server {

class WalCheckpointer
{
public:
    explicit WalCheckpointer(std::chrono::milliseconds interval = std::chrono::milliseconds(50));
    ~WalCheckpointer();

    // Opens the thread's connection to `location` (an SQLite file another
    // connection opened and migrated) and starts the timer; false with the reason.
    bool start(const QString &location, QString *error);

private:
    void checkpoint(Database &database);

    std::chrono::milliseconds m_interval;
    ConnectionThread m_thread;
    std::unique_ptr<QTimer> m_timer; // made, run and destroyed on m_thread
    // Of the last checkpoint, for the log (on m_thread only).
    int m_copied = 0;
    bool m_failing = false;
};

} // namespace pakn::server
