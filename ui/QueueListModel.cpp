#include "QueueListModel.h"

#include "CacheReader.h"
#include "cache/SavedQueueStore.h"

#include <QFont>

namespace pakn {

QueueListModel::QueueListModel(const CaseStore &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &QueueListModel::refresh);
    m_clock.start();
}

QueueListModel::~QueueListModel() = default;

void QueueListModel::countInBackground(const QString &cachePath)
{
    delete m_reader;
    m_reader = new CacheReader(cachePath, this);
}

QList<Queue> QueueListModel::queuesFor(Role role)
{
    // Each role's work first (issue 4), then the wider views it already had.
    switch (role) {
    case Role::Officer:
        return {Queue::AssignedToMe, Queue::DueTodayMine, Queue::OverdueMine,      Queue::MyDrafts,
                Queue::SentBack,     Queue::UnitOpen,     Queue::AwaitingApproval, Queue::Closed};
    case Role::Leader:
        return {Queue::ToAccept,
                Queue::ToAssign,
                Queue::AwaitingApproval,
                Queue::ExtensionRequests,
                Queue::UnitOpen,
                Queue::AssignedToMe,
                Queue::Closed};
    case Role::Coordinator:
    case Role::Administrator:
        return {Queue::NewCases, Queue::Returned, Queue::PossibleDuplicates,
                Queue::ToReview, Queue::UnitOpen, Queue::AwaitingApproval,
                Queue::Closed};
    case Role::Supervisor:
    case Role::Channel: // an integration account, not a person; read-only if ever used here
        return {Queue::UnitOpen, Queue::Overdue, Queue::Answered, Queue::AwaitingApproval,
                Queue::Closed};
    }
    return {Queue::UnitOpen};
}

QString QueueListModel::queueName(Queue queue, Role role)
{
    // "Open" reads differently per role: it is the unit for officers and
    // leaders, the whole city for coordinators, a subtree for supervisors.
    switch (queue) {
    case Queue::AssignedToMe:
        return tr("Assigned to me");
    case Queue::UnitOpen:
        if (role == Role::Coordinator || role == Role::Administrator)
            return tr("All open");
        if (role == Role::Supervisor)
            return tr("Open in my scope");
        return tr("My unit's open cases");
    case Queue::AwaitingApproval:
        return role == Role::Leader ? tr("Awaiting my approval") : tr("Awaiting approval");
    case Queue::NewCases:
        return tr("New (to route)");
    case Queue::ToAccept:
        return tr("To accept");
    case Queue::Closed:
        return tr("Closed");
    case Queue::All:
        return tr("All cases");
    case Queue::DueTodayMine:
        return tr("Due today");
    case Queue::OverdueMine:
    case Queue::Overdue:
        return tr("Overdue");
    case Queue::MyDrafts:
        return tr("My drafts");
    case Queue::SentBack:
        return tr("Sent back to me");
    case Queue::ToAssign:
        return tr("To assign");
    case Queue::ExtensionRequests:
        return tr("Extension requests");
    case Queue::Returned:
        return tr("Returned by units");
    case Queue::PossibleDuplicates:
        return tr("Possible duplicates");
    case Queue::Answered:
        return tr("Answered in my scope");
    case Queue::ToReview:
        return tr("To review");
    }
    return {};
}

void QueueListModel::setRole(Role role)
{
    beginResetModel();
    m_role = role;
    m_entries.clear();
    for (Queue q : queuesFor(role)) {
        Entry e;
        e.query.queue = q;
        m_entries.append(e);
    }
    m_builtIn = int(m_entries.size());
    endResetModel();
    refresh();
}

void QueueListModel::reloadSaved()
{
    const QList<SavedQueue> saved = SavedQueueStore(m_store.database()).all();
    QList<Entry> entries;
    for (const SavedQueue &s : saved)
        entries.append({s.query, s.id, s.name, -1});
    const auto same = [&] {
        if (entries.size() != m_entries.size() - m_builtIn)
            return false;
        for (int i = 0; i < entries.size(); ++i) {
            const Entry &old = m_entries.at(m_builtIn + i);
            if (old.savedId != entries.at(i).savedId || old.savedName != entries.at(i).savedName)
                return false;
        }
        return true;
    };
    if (same())
        return;
    // Rows are few: remove the old saved rows and insert the new ones.
    if (m_entries.size() > m_builtIn) {
        beginRemoveRows({}, m_builtIn, int(m_entries.size()) - 1);
        m_entries.resize(m_builtIn);
        endRemoveRows();
    }
    if (!entries.isEmpty()) {
        beginInsertRows({}, m_builtIn, m_builtIn + int(entries.size()) - 1);
        m_entries.append(entries);
        endInsertRows();
    }
}

void QueueListModel::refresh()
{
    if (m_entries.isEmpty() && m_builtIn == 0)
        return; // no role yet
    reloadSaved();
    QList<CaseQuery> queries;
    for (const Entry &e : std::as_const(m_entries))
        queries.append(e.query);
    if (m_reader) {
        const quint64 generation = ++m_generation;
        m_reader->read<QList<int>>(
            0,
            [queries](const CaseStore &store) {
                QList<int> counts;
                for (const CaseQuery &query : queries)
                    counts.append(store.count(query));
                return counts;
            },
            [this, generation](const QList<int> &counts) {
                if (generation == m_generation) // older answers are stale
                    setCounts(counts);
            });
        return;
    }
    QList<int> counts;
    for (const CaseQuery &query : std::as_const(queries))
        counts.append(m_store.count(query));
    setCounts(counts);
}

void QueueListModel::setCounts(const QList<int> &counts)
{
    // Saved queues may have come or gone since: counts only go to the rows they were made for.
    if (counts.size() != m_entries.size())
        return;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (counts.at(i) != m_entries[i].count) {
            m_entries[i].count = counts.at(i);
            Q_EMIT dataChanged(index(i), index(i),
                               {Qt::DisplayRole, CountRole, Qt::AccessibleTextRole});
        }
    }
}

void QueueListModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1),
                           {Qt::DisplayRole, NameRole, Qt::AccessibleTextRole});
}

Queue QueueListModel::queueAt(int row) const
{
    return queryAt(row).queue;
}

CaseQuery QueueListModel::queryAt(int row) const
{
    if (row >= 0 && row < m_entries.size())
        return m_entries.at(row).query;
    CaseQuery open;
    open.queue = Queue::UnitOpen;
    return open;
}

qint64 QueueListModel::savedIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).savedId : 0;
}

int QueueListModel::rowOf(Queue queue) const
{
    for (int i = 0; i < m_builtIn; ++i)
        if (m_entries.at(i).query.queue == queue)
            return i;
    return -1;
}

int QueueListModel::rowOfSaved(qint64 savedId) const
{
    for (int i = m_builtIn; i < m_entries.size(); ++i)
        if (m_entries.at(i).savedId == savedId)
            return i;
    return -1;
}

int QueueListModel::countOf(Queue queue) const
{
    const int row = rowOf(queue);
    return row < 0 ? 0 : qMax(0, m_entries.at(row).count);
}

int QueueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString QueueListModel::nameOf(const Entry &e) const
{
    return e.savedId ? e.savedName : queueName(e.query.queue, m_role);
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (e.count < 0)
            return nameOf(e); // counting
        return QStringLiteral("%1 (%2)").arg(nameOf(e)).arg(e.count);
    case Qt::ToolTipRole:
        return e.savedId ? tr("Your saved queue; right-click or press the menu key to rename or "
                              "delete it")
                         : QVariant();
    case Qt::FontRole:
        if (e.savedId) { // the user's own queues, apart from the role's
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case NameRole:
        return nameOf(e);
    case QueueRole:
        return toCode(e.query.queue);
    case CountRole:
        return qMax(0, e.count);
    case SavedIdRole:
        return e.savedId;
    case Qt::AccessibleTextRole:
        if (e.count < 0)
            return nameOf(e);
        return tr("%1: %n case(s)", nullptr, e.count).arg(nameOf(e));
    }
    return {};
}

} // namespace pakn
