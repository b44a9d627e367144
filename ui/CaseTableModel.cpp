#include "CaseTableModel.h"

#include "CaseBadges.h"
#include "DisplayNames.h"
#include "cache/ReferenceStore.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QStyle>

Q_LOGGING_CATEGORY(lcCaseTable, "pakn.ui.casetable")

namespace pakn {

CaseTableModel::CaseTableModel(CaseStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store),
      m_countdown(ReferenceStore(store.database()).current().calendar()),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void CaseTableModel::setFilter(const CaseFilter &filter)
{
    if (m_query.filter == filter)
        return;
    m_query.filter = filter;
    reload(0);
}

void CaseTableModel::setCaseQuery(const CaseQuery &query)
{
    m_query.queue = query.queue;
    m_query.search = query.search.trimmed();
    m_query.filter = query.filter;
    reload(0);
}

void CaseTableModel::markSeen(CaseId id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_rows.at(row).unread)
        return;
    if (!m_store.markSeen(id, m_rows.at(row).version))
        return;
    m_rows[row].unread = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::FontRole, Qt::DecorationRole, UnreadRole});
}

void CaseTableModel::setQueue(Queue queue)
{
    if (m_query.queue == queue && !m_rows.isEmpty())
        return;
    m_query.queue = queue;
    reload(0);
}

void CaseTableModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_query.search == trimmed)
        return;
    m_query.search = trimmed;
    reload(0);
}

void CaseTableModel::refresh()
{
    reload(int(m_rows.size()));
}

void CaseTableModel::reload(int minimumRows)
{
    // One query for everything that was loaded: a refresh after a sync round
    // must not page through the table again, nor drop what the user scrolled to.
    const int limit = qMax(m_pageSize, minimumRows);
    const QScopedValueRollback guard(m_changing, true);
    m_query.now = m_now(); // "due today" and "overdue" queues; kept while paging
    beginResetModel();
    m_rows = m_store.page(m_query, PageKey{}, limit);
    m_atEnd = m_rows.size() < limit;
    endResetModel();
    qCDebug(lcCaseTable) << "loaded" << m_rows.size() << "rows of" << toCode(m_query.queue);
}

CaseId CaseTableModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseTableModel::rowOf(CaseId id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void CaseTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseTableModel::isOverdue(const CaseRow &row) const
{
    return pressure(row) == DeadlinePressure::Overdue;
}

DeadlinePressure CaseTableModel::pressure(const CaseRow &row) const
{
    return isOpen(row.status) ? m_countdown.pressure(row.answerDeadline, m_now())
                              : DeadlinePressure::None;
}

QVariant CaseTableModel::toolTip(const CaseRow &row, int column) const
{
    switch (static_cast<CaseColumn>(column)) {
    case CaseColumn::Title:
        if (row.pending)
            return tr("Changed here, not yet sent to the server");
        return row.unread ? tr("%1\n(changed since you last opened it)").arg(row.title) : row.title;
    case CaseColumn::AnswerDeadline:
        if (!row.answerDeadline.isValid())
            return {};
        return tr("Reply due %1").arg(DisplayNames::dateTime(row.answerDeadline));
    case CaseColumn::Urgency:
        return DisplayNames::urgency(row.urgency);
    case CaseColumn::Channel:
        return tr("Received through %1").arg(DisplayNames::channel(row.channel));
    default:
        break;
    }
    return row.pending ? QVariant(tr("Changed here, not yet sent to the server")) : QVariant();
}

QVariant CaseTableModel::decoration(const CaseRow &row, int column) const
{
    switch (static_cast<CaseColumn>(column)) {
    case CaseColumn::Id:
        if (row.pending)
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        return row.unread ? CaseBadges::unread() : QVariant();
    case CaseColumn::Urgency: {
        const QIcon icon = CaseBadges::urgency(row.urgency);
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case CaseColumn::Channel:
        return CaseBadges::channel(row.channel);
    default:
        break;
    }
    return {};
}

QVariant CaseTableModel::displayText(const CaseRow &row, int column) const
{
    switch (static_cast<CaseColumn>(column)) {
    case CaseColumn::Id:
        return QString::number(row.id);
    case CaseColumn::Title:
        return row.title;
    case CaseColumn::Status:
        return DisplayNames::status(row.status);
    case CaseColumn::Field:
        return DisplayNames::field(row.field);
    case CaseColumn::Urgency:
        return DisplayNames::urgency(row.urgency);
    case CaseColumn::Unit:
        return row.unitName;
    case CaseColumn::Assignee:
        return row.assigneeName;
    case CaseColumn::ReceivedAt:
        return DisplayNames::dateTime(row.receivedAt);
    case CaseColumn::AnswerDeadline:
        // Open cases count down in working time; for others the date is what matters.
        if (isOpen(row.status))
            return m_countdown.text(row.answerDeadline, m_now());
        return DisplayNames::dateTime(row.answerDeadline);
    case CaseColumn::Channel:
        return DisplayNames::channel(row.channel);
    }
    return {};
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == int(CaseColumn::AnswerDeadline)) {
            const QColor colour = DeadlineCountdown::colour(pressure(row));
            if (colour.isValid())
                return QBrush(colour);
        }
        return {};
    case Qt::FontRole:
        if (row.pending || row.unread) {
            QFont font;
            font.setItalic(row.pending);
            font.setBold(row.unread);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return decoration(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == int(CaseColumn::Id))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return row.id;
    case PendingRole:
        return row.pending;
    case OverdueRole:
        return isOverdue(row);
    case UnreadRole:
        return row.unread;
    case PressureRole:
        return int(pressure(row));
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<CaseColumn>(section)) {
    case CaseColumn::Id:
        return tr("No.");
    case CaseColumn::Title:
        return tr("Title");
    case CaseColumn::Status:
        return tr("Status");
    case CaseColumn::Field:
        return tr("Field");
    case CaseColumn::Urgency:
        return tr("Urgency");
    case CaseColumn::Unit:
        return tr("Unit");
    case CaseColumn::Assignee:
        return tr("Assignee");
    case CaseColumn::ReceivedAt:
        return tr("Received");
    case CaseColumn::AnswerDeadline:
        return tr("Reply due");
    case CaseColumn::Channel:
        return tr("Channel");
    }
    return {};
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    // Whoever listens to the reset or insert signals (views, model testers)
    // may ask for more right then; nested changes would corrupt the first.
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback guard(m_changing, true);
    const CaseRow &last = m_rows.constLast();
    const QList<CaseRow> more = m_store.page(m_query, PageKey{last.sortValue, last.id}, m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = static_cast<CaseColumn>(column);
    if (m_query.sortColumn == sortColumn && m_query.order == order)
        return;
    m_query.sortColumn = sortColumn;
    m_query.order = order;
    reload(0);
}

} // namespace pakn
