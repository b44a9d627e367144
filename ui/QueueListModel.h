#pragma once

// The queues a user works from, chosen by role, each with its live count
// from the cache ("Assigned to me (12)"), followed by the user's own saved
// queues (a search and filters under a name). Counts are re-read on
// refresh(), which the main window calls after every sync round and local
// action, and once a minute, since "due today" and "overdue" move with the
// clock alone. With countInBackground() they are counted on another thread
// and shown when they arrive (the names alone until then); without it, at once.

#include "cache/CaseStore.h"

#include <QAbstractListModel>
#include <QTimer>

namespace pakn {

class CacheReader;

class QueueListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        QueueRole = Qt::UserRole + 1,
        CountRole,
        NameRole,
        SavedIdRole // the saved queue's id; 0 for the role's own queues
    };

    explicit QueueListModel(const CaseStore &store, QObject *parent = nullptr);
    ~QueueListModel() override;
    // From now on counts are made off this thread, over another connection to `cachePath`.
    void countInBackground(const QString &cachePath);

    // The queues a role works from, in the order they are listed.
    static QList<Queue> queuesFor(Role role);
    static QString queueName(Queue queue, Role role);

    void setRole(Role role);
    Role role() const { return m_role; }
    // Re-reads the saved queues and every count.
    void refresh();
    void retranslate();

    Queue queueAt(int row) const;
    // What the table shows for a row: the queue alone, or a saved queue's search and filters.
    CaseQuery queryAt(int row) const;
    qint64 savedIdAt(int row) const; // 0 for the role's own queues
    int rowOf(Queue queue) const;    // -1 when the role has no such queue
    int rowOfSaved(qint64 savedId) const;
    int countOf(Queue queue) const; // 0 until counted

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        CaseQuery query;
        qint64 savedId = 0;
        QString savedName;
        int count = -1; // not counted yet
    };
    QString nameOf(const Entry &e) const;
    void reloadSaved();
    void setCounts(const QList<int> &counts);

    const CaseStore &m_store;
    Role m_role = Role::Officer;
    QList<Entry> m_entries;
    int m_builtIn = 0; // the role's queues come first, then the saved ones
    QTimer m_clock;
    CacheReader *m_reader = nullptr;
    quint64 m_generation = 0; // of the newest counts asked for
};

} // namespace pakn
