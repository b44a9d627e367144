#pragma once

// Runs FactsBackfill on a thread of its own, over its own connection to the
// cache file, a batch at a time with the event loop between batches (so it
// stops promptly when the desk closes), and reports progress on the owner's
// thread; then keeps the figures' day groups current (FactDayStore::refresh),
// a few days per batch, and moves the JSON of the cases cached before the
// narrow row out of their rows (CaseJsonMove). Started with the sync, woken
// after each sync round.

#include <QObject>
#include <QThread>

namespace pakn {

class BackfillThread : public QObject
{
    Q_OBJECT
public:
    // `batchSize`: cases per transaction; 500 are about a tenth of a second of
    // work, so the sync thread's writes wait at most that long.
    explicit BackfillThread(QString cachePath, QObject *parent = nullptr, int batchSize = 500);
    ~BackfillThread() override; // stops after the running batch and waits for it

    // Starts the thread, or wakes it to rebuild the days a sync round made stale.
    void start();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Cases with their facts so far, of all cached cases.
    void progress(qint64 done, qint64 total);
    // Every cached case has its facts (also when there was nothing to do).
    void finished();
    void failed(const QString &message);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
    bool m_finished = false;
};

} // namespace pakn
