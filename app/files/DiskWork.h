#pragma once

// Runs file work (reading, hashing, writing up to a few megabytes) on the
// global thread pool and hands its result back on `context`'s thread, so the
// GUI thread never waits on the disk for a large file. Nothing is called back
// once `context` is gone: the answer goes through a QFutureWatcher owned by
// `context` (QFuture::then(context, …) asserts in Qt 6.4 when the context
// died while the work ran).

#include <QFutureWatcher>
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
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             then(watcher->result());
                     });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace pakn
