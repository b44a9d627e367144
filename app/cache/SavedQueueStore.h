#pragma once

// The user's own queues: a search and filters saved under a name, in the cache.

#include "cache/CaseStore.h"

#include <QSqlDatabase>
#include <optional>

namespace pakn {

struct SavedQueue
{
    qint64 id = 0;
    QString name;
    CaseQuery query; // queue, search and filter; the sort is the table's
};

class SavedQueueStore
{
public:
    explicit SavedQueueStore(QSqlDatabase db);

    QList<SavedQueue> all() const; // by name
    std::optional<qint64> add(const QString &name, const CaseQuery &query,
                              QString *error = nullptr);
    bool rename(qint64 id, const QString &name, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    bool clear(QString *error = nullptr); // another user or server takes over the cache

private:
    QSqlDatabase m_db;
};

} // namespace pakn
