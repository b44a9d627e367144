#pragma once

// The queues a user works from, chosen by role, each with its live count
// from the cache ("Assigned to me (12)"). Counts are re-read on refresh(),
// which the main window calls after every sync round and local action.

#include "cache/CaseStore.h"

#include <QAbstractListModel>

namespace pakn {

class QueueListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        QueueRole = Qt::UserRole + 1,
        CountRole,
        NameRole
    };

    explicit QueueListModel(const CaseStore &store, QObject *parent = nullptr);

    // The queues a role works from, in the order they are listed.
    static QList<Queue> queuesFor(Role role);
    static QString queueName(Queue queue, Role role);

    void setRole(Role role);
    Role role() const { return m_role; }
    void refresh();
    void retranslate();

    Queue queueAt(int row) const;
    int rowOf(Queue queue) const; // -1 when the role has no such queue
    int countOf(Queue queue) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Queue queue;
        int count = 0;
    };
    const CaseStore &m_store;
    Role m_role = Role::Officer;
    QList<Entry> m_entries;
};

} // namespace pakn
