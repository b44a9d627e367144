#pragma once

// The user's own queues in the queue list: "Save as queue…" keeps the current
// search and filters under a name; on a saved queue the context menu (right
// click, the Menu key or Shift+F10) renames (F2) or deletes (Delete) it.
// Stored in the cache (CaseStore); the list model shows them with counts.

#include "cache/CaseStore.h"

#include <QObject>

class QAction;
class QListView;

namespace pakn {

class QueueListModel;

class SavedQueues : public QObject
{
    Q_OBJECT
public:
    SavedQueues(QListView *list, QueueListModel *model, CaseStore &store,
                QObject *parent = nullptr);

    // Asks for a name and saves `query` (its queue, search and filter), then selects it.
    void saveAs(const CaseQuery &query);
    void renameCurrent();
    void removeCurrent();

Q_SIGNALS:
    // The saved queues changed (added, renamed or deleted).
    void changed();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showMenu(const QPoint &pos);
    qint64 currentSavedId() const;
    void retranslateUi();

    QListView *m_list;
    QueueListModel *m_model;
    CaseStore &m_store;
    QAction *m_rename;
    QAction *m_remove;
};

} // namespace pakn
