#include "storage/ConnectionThread.h"

namespace pakn::server {

ConnectionThread::ConnectionThread(const QString &name) : m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ConnectionThread::~ConnectionThread()
{
    stop({});
}

bool ConnectionThread::start(const QString &location, const std::function<void(Database &)> &setUp,
                             QString *error)
{
    bool opened = false;
    QMetaObject::invokeMethod(
        m_context.get(),
        [&] {
            m_database = std::make_unique<Database>();
            opened = m_database->join(location, error);
            if (opened)
                setUp(*m_database);
            else
                m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void ConnectionThread::post(std::function<void()> work)
{
    if (!m_database)
        return; // not started, or stopped
    QMetaObject::invokeMethod(m_context.get(), std::move(work), Qt::QueuedConnection);
}

void ConnectionThread::stop(const std::function<void()> &tearDown)
{
    if (!m_thread.isRunning())
        return;
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(
        m_context.get(),
        [&] {
            if (tearDown)
                tearDown();
            m_database.reset();
            m_context->moveToThread(home); // destroyed there, with this object
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace pakn::server
