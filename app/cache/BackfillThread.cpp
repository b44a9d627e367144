#include "cache/BackfillThread.h"

#include "ClientLogging.h"
#include "cache/CacheDatabase.h"
#include "cache/FactsBackfill.h"

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

private:
    void next()
    {
        QString error;
        FactsBackfill backfill(m_db->db());
        const int went = backfill.runBatch(m_batchSize, &error);
        if (went < 0)
            return fail(error);
        m_done = qMin(m_total, m_done + went);
        if (backfill.done()) {
            qCInfo(lcCache) << "case facts backfilled for" << m_total << "cases";
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner] {
                    owner->m_finished = true;
                    Q_EMIT owner->finished();
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, done = m_done, total = m_total] {
                Q_EMIT owner->progress(done, total);
            },
            Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            this, [this] { next(); }, Qt::QueuedConnection);
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
    std::unique_ptr<CacheDatabase> m_db;
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
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

} // namespace pakn
