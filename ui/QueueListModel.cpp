#include "QueueListModel.h"

namespace pakn {

QueueListModel::QueueListModel(const CaseStore &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{}

QList<Queue> QueueListModel::queuesFor(Role role)
{
    switch (role) {
    case Role::Officer:
        return {Queue::AssignedToMe, Queue::UnitOpen, Queue::AwaitingApproval, Queue::Closed};
    case Role::Leader:
        return {Queue::ToAccept, Queue::AssignedToMe, Queue::UnitOpen, Queue::AwaitingApproval,
                Queue::Closed};
    case Role::Coordinator:
    case Role::Administrator:
        return {Queue::NewCases, Queue::UnitOpen, Queue::AwaitingApproval, Queue::Closed};
    case Role::Supervisor:
    case Role::Channel: // an integration account, not a person; read-only if ever used here
        return {Queue::UnitOpen, Queue::AwaitingApproval, Queue::Closed};
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
        return tr("Awaiting approval");
    case Queue::NewCases:
        return tr("New (to route)");
    case Queue::ToAccept:
        return tr("To accept");
    case Queue::Closed:
        return tr("Closed");
    case Queue::All:
        return tr("All cases");
    }
    return {};
}

void QueueListModel::setRole(Role role)
{
    beginResetModel();
    m_role = role;
    m_entries.clear();
    for (Queue q : queuesFor(role))
        m_entries.append({q, 0});
    endResetModel();
    refresh();
}

void QueueListModel::refresh()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        CaseQuery query;
        query.queue = m_entries[i].queue;
        const int n = m_store.count(query);
        if (n != m_entries[i].count) {
            m_entries[i].count = n;
            Q_EMIT dataChanged(index(i), index(i), {Qt::DisplayRole, CountRole});
        }
    }
}

void QueueListModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::DisplayRole, NameRole});
}

Queue QueueListModel::queueAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).queue : Queue::UnitOpen;
}

int QueueListModel::rowOf(Queue queue) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).queue == queue)
            return i;
    return -1;
}

int QueueListModel::countOf(Queue queue) const
{
    const int row = rowOf(queue);
    return row < 0 ? 0 : m_entries.at(row).count;
}

int QueueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(queueName(e.queue, m_role)).arg(e.count);
    case NameRole:
        return queueName(e.queue, m_role);
    case QueueRole:
        return toCode(e.queue);
    case CountRole:
        return e.count;
    case Qt::AccessibleTextRole:
        return tr("%1: %n case(s)", nullptr, e.count).arg(queueName(e.queue, m_role));
    }
    return {};
}

} // namespace pakn
