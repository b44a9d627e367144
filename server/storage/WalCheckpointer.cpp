#include "storage/WalCheckpointer.h"

#include "ServerLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {

WalCheckpointer::WalCheckpointer(std::chrono::milliseconds interval)
    : m_interval(interval), m_thread(QStringLiteral("pakn-checkpoints"))
{}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.stop([this] { m_timer.reset(); });
}

bool WalCheckpointer::start(const QString &location, QString *error)
{
    return m_thread.start(
        location,
        [this](Database &database) {
            m_timer = std::make_unique<QTimer>();
            m_timer->setInterval(m_interval);
            QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(),
                             [this, &database] { checkpoint(database); });
            m_timer->start();
        },
        error);
}

void WalCheckpointer::checkpoint(Database &database)
{
    // One row: busy (0), pages in the log, pages of it now in the file.
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        if (!m_failing) // once, not every interval until it works again
            qCWarning(lcStorage) << "a checkpoint of the write-ahead log failed:"
                                 << q.lastError().text();
        m_failing = true;
        return;
    }
    m_failing = false;
    const int copied = q.value(2).toInt();
    if (copied != m_copied)
        qCDebug(lcStorage) << "checkpoint:" << copied << "of" << q.value(1).toInt()
                           << "log pages in the file";
    m_copied = copied;
}

} // namespace pakn::server
