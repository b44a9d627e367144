#pragma once

// Copies an SQLite database's write-ahead log back into its file from a
// thread and connection of its own, every `interval` (PASSIVE: it neither
// waits for nor blocks a writer or a reader). The server's writers leave
// checkpoints to it: the commit that crossed the automatic checkpoint's mark
// did the copying itself, and every action queued behind that commit waited
// (p99 115–145 ms against 14 ms without; docs/PERFORMANCE.md). Nothing to do
// on PostgreSQL, which is never given one.

#include "storage/ConnectionThread.h"

#include <QTimer>
#include <chrono>

namespace pakn::server {

class WalCheckpointer
{
public:
    explicit WalCheckpointer(std::chrono::milliseconds interval = std::chrono::seconds(1));
    ~WalCheckpointer();

    // Opens the thread's connection to `location` (an SQLite file another
    // connection opened and migrated) and starts the timer; false with the reason.
    bool start(const QString &location, QString *error);

private:
    void checkpoint(Database &database);

    std::chrono::milliseconds m_interval;
    ConnectionThread m_thread;
    std::unique_ptr<QTimer> m_timer; // made, run and destroyed on m_thread
};

} // namespace pakn::server
