#pragma once

// A thread of the server's own with a database connection of its own
// (Database::join: the database the main thread opened and migrated). A
// connection belongs to the thread that opened it, so the connection and
// whatever is built on it are made, used and destroyed on this thread only:
// start() and stop() run their work there and wait for it; post() runs work
// there later, in order.

#include "storage/Database.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace pakn::server {

class ConnectionThread
{
public:
    explicit ConnectionThread(const QString &name);
    // Stops the thread if stop() was not called (nothing is torn down then but the connection).
    ~ConnectionThread();
    ConnectionThread(const ConnectionThread &) = delete;
    ConnectionThread &operator=(const ConnectionThread &) = delete;

    // Opens the connection to `location` on the thread, then runs `setUp`
    // with it there; false with the reason when the connection did not open.
    bool start(const QString &location, const std::function<void(Database &)> &setUp,
               QString *error);
    // Runs `work` on the thread after what was posted before it (nothing
    // once stopped or if the connection did not open).
    void post(std::function<void()> work);
    // Runs `tearDown` on the thread (after everything posted), closes the
    // connection there and ends the thread; waits for all of it.
    void stop(const std::function<void()> &tearDown);

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context;   // lives on m_thread: what work is posted to
    std::unique_ptr<Database> m_database; // opened and closed on m_thread
};

} // namespace pakn::server
