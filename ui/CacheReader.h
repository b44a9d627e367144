#pragma once

// Reads the cache on a thread of its own, over its own connection to the
// cache file, so that slow reads of a million cached cases (counting every
// queue, a search over common words) never hold up painting or typing.
// Reads posted under one slot replace each other while they wait: only the
// newest runs. The answer comes back on the poster's thread, where the
// caller drops it if something newer was asked for in the meantime.

#include "cache/CaseStore.h"

#include <QObject>
#include <QThread>
#include <functional>

namespace pakn {

class CacheReader : public QObject
{
    Q_OBJECT
public:
    // `cachePath`: the file the GUI's own store reads.
    explicit CacheReader(QString cachePath, QObject *parent = nullptr);
    ~CacheReader() override;

    // Runs `read` on the reading thread, then `done` with its result on this
    // object's thread (not at all if this object is gone by then).
    template <typename Result>
    void read(int slot, std::function<Result(const CaseStore &)> read,
              std::function<void(const Result &)> done)
    {
        post(slot, [read = std::move(read), done = std::move(done)](const CaseStore &store) {
            return std::function<void()>([result = read(store), done] { done(result); });
        });
    }

private:
    using Job = std::function<std::function<void()>(const CaseStore &)>;
    void post(int slot, Job job);

    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace pakn
