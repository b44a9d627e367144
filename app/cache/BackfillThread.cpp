#include "cache/BackfillThread.h"

#include "ClientLogging.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseJsonMove.h"
#include "cache/FactDayStore.h"
#include "cache/FactsBackfill.h"
#include "cache/ReferenceStore.h"

#include <memory>

namespace pakn {

class BackfillThread::Worker : public QObject
{
public:
    Worker(QString path, BackfillThread *owner, int batchSize)
        : m_path(std::move(path)), m_owner(owner), m_batchSize(batchSize)
    {}

    void begin()
    {
        QString error;
        auto opened =
            CacheDatabase::open(m_path, QStringLiteral("backfill-%1").arg(quintptr(this)), &error);
        if (!opened)
            return fail(error);
        m_db = std::make_unique<CacheDatabase>(std::move(*opened));
        const FactsBackfill::Progress p = FactsBackfill(m_db->db()).progress();
        m_done = p.done;
        m_total = p.total;
        next();
    }

    ~Worker() override
    {
        m_db.reset(); // the connection is closed on the thread that opened it
    }

    // More stale days may have come with a sync round: rebuild them unless already at it.
    void wake()
    {
        if (m_db && m_idle) {
            m_idle = false;
            next();
        }
    }

private:
    void next()
    {
        if (m_factsDone)
            return rebuildDays();
        QString error;
        FactsBackfill backfill(m_db->db());
        const int went = backfill.runBatch(m_batchSize, &error);
        if (went < 0)
            return fail(error);
        m_done = qMin(m_total, m_done + went);
        if (backfill.done()) {
            qCInfo(lcCache) << "case facts backfilled for" << m_total << "cases";
            m_factsDone = true;
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner] {
                    owner->m_finished = true;
                    Q_EMIT owner->finished();
                },
                Qt::QueuedConnection);
            queueNext();
            return;
        }
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, done = m_done, total = m_total] {
                Q_EMIT owner->progress(done, total);
            },
            Qt::QueuedConnection);
        queueNext();
    }

    void queueNext()
    {
        QMetaObject::invokeMethod(
            this, [this] { next(); }, Qt::QueuedConnection);
    }

    // The stale days' groups, a few days per transaction; idle when none is left.
    // Figures stay exact meanwhile (stale days are read fact by fact), so a
    // failure is only logged: the next sync round tries again.
    void rebuildDays()
    {
        QString error;
        const DeadlineCalendar calendar = ReferenceStore(m_db->db()).current().calendar();
        const int rebuilt = FactDayStore(m_db->db()).refresh(calendar, kDaysPerBatch, &error);
        if (rebuilt < 0)
            qCWarning(lcCache) << "the figures' day groups were not rebuilt:" << error;
        if (rebuilt > 0 || movedJson())
            return queueNext();
        m_idle = true;
    }

    // The JSON of the cases cached before the narrow row, a batch at a time
    // after the day groups (the figures come first). A failure is only logged:
    // those cases stay readable from their rows, and the next start tries again.
    bool movedJson()
    {
        if (m_jsonMoved)
            return false;
        QString error;
        CaseJsonMove move(m_db->db());
        const int went = move.runBatch(m_batchSize, &error);
        if (went < 0)
            qCWarning(lcCache) << "the cases' JSON was not moved out of their rows:" << error;
        m_jsonMoved = went <= 0 || move.done();
        if (m_jsonMoved && went >= 0)
            qCInfo(lcCache) << "every cached case's JSON is in case_json";
        return went > 0;
    }

    void fail(const QString &error)
    {
        qCWarning(lcCache) << "the case facts backfill stopped:" << error;
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, error] { Q_EMIT owner->failed(error); },
            Qt::QueuedConnection);
    }

    QString m_path;
    BackfillThread *m_owner;
    int m_batchSize;
    // About a tenth of a second of work at a million cached cases.
    static constexpr int kDaysPerBatch = 10;
    std::unique_ptr<CacheDatabase> m_db;
    bool m_factsDone = false;
    bool m_idle = false;
    bool m_jsonMoved = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

BackfillThread::BackfillThread(QString cachePath, QObject *parent, int batchSize)
    : QObject(parent), m_worker(new Worker(std::move(cachePath), this, batchSize))
{
    m_thread.setObjectName(QStringLiteral("facts-backfill"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

BackfillThread::~BackfillThread()
{
    if (m_thread.isRunning()) {
        m_thread.quit(); // pending batches are dropped; the worker is deleted on its thread
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void BackfillThread::start()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->wake(); }, Qt::QueuedConnection);
        return;
    }
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

} // namespace pakn
