#pragma once

// Runs file work (reading, hashing, writing up to a few megabytes) on the
// global thread pool and hands its result back on `context`'s thread, so the
// GUI thread never waits on the disk for a large file. Nothing is called back
// once `context` is gone.

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace pakn {

template <typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(const T &)> then)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    future.then(context, [then = std::move(then)](const T &result) { then(result); });
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace pakn
