#include "CacheReader.h"

#include "cache/CacheDatabase.h"

#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <memory>

Q_LOGGING_CATEGORY(lcCacheReader, "pakn.ui.cachereader")

namespace pakn {

// Lives on the reading thread and opens its connection there, on first use.
class CacheReader::Worker : public QObject
{
public:
    Worker(QString path, CacheReader *owner) : m_path(std::move(path)), m_owner(owner) {}

    void post(int slot, Job job)
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_waiting.insert(slot, std::move(job));
        }
        QMetaObject::invokeMethod(
            this, [this] { runWaiting(); }, Qt::QueuedConnection);
    }

private:
    void runWaiting()
    {
        while (true) {
            Job job;
            {
                const QMutexLocker lock(&m_mutex);
                if (m_waiting.isEmpty())
                    return; // newer reads of the same slot replaced older ones
                job = m_waiting.take(m_waiting.firstKey());
            }
            if (!open())
                return;
            QMetaObject::invokeMethod(m_owner, job(*m_store), Qt::QueuedConnection);
        }
    }

    bool open()
    {
        if (m_db)
            return true;
        QString error;
        auto opened =
            CacheDatabase::open(m_path, QStringLiteral("reader-%1").arg(quintptr(this)), &error);
        if (!opened) {
            qCWarning(lcCacheReader) << "cannot open the cache to read it:" << error;
            return false;
        }
        m_db = std::make_unique<CacheDatabase>(std::move(*opened));
        // One store for every read: it remembers how the last query was read.
        m_store = std::make_unique<CaseStore>(m_db->db());
        return true;
    }

    QString m_path;
    CacheReader *m_owner;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CaseStore> m_store;
    QMutex m_mutex;
    QMap<int, Job> m_waiting;
};

CacheReader::CacheReader(QString cachePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(cachePath), this))
{
    m_thread.setObjectName(QStringLiteral("cache-reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

CacheReader::~CacheReader()
{
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheReader::post(int slot, Job job)
{
    m_worker->post(slot, std::move(job));
}

} // namespace pakn
