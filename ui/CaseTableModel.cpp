#include "CaseTableModel.h"

#include "CacheReader.h"
#include "CaseBadges.h"
#include "DisplayNames.h"
#include "cache/ReferenceStore.h"
#include "cache/UnreadMarks.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QStyle>

Q_LOGGING_CATEGORY(lcCaseTable, "pakn.ui.casetable")

namespace pakn {

namespace {
PageKey keyOf(const CaseRow &row)
{
    return {row.sortValue, row.id};
}
} // namespace

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
    m_typed.reset(); // the saved queue's search replaces what was being typed
    m_query.filter = query.filter;
    reload(0);
}

void CaseTableModel::markSeen(CaseId id)
{
    const int row = rowOf(id);
    const CaseRow *r = rowAt(row);
    if (!r || !r->unread)
        return;
    if (!UnreadMarks(m_store.database()).markSeen(id, r->version))
        return;
    m_pages[row / m_pageSize].rows[row % m_pageSize].unread = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::FontRole, Qt::DecorationRole, UnreadRole});
}

void CaseTableModel::setQueue(Queue queue)
{
    if (m_query.queue == queue && m_rowCount > 0)
        return;
    m_query.queue = queue;
    reload(0);
}

void CaseTableModel::searchInBackground(const QString &cachePath)
{
    delete m_reader;
    m_reader = new CacheReader(cachePath, this);
}

void CaseTableModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_typed.value_or(m_query.search) == trimmed)
        return;
    if (!m_reader) {
        m_query.search = trimmed;
        reload(0);
        Q_EMIT searchShown();
        return;
    }
    // Typing goes on while the cache is searched; the rows shown stay those
    // of the previous text until the newest text's rows arrive.
    m_typed = trimmed;
    CaseQuery query = m_query;
    query.search = trimmed;
    query.now = m_now();
    const quint64 generation = ++m_generation;
    const int first = firstRows();
    m_reader->read<QList<CaseRow>>(
        0, [query, first](const CaseStore &store) { return store.page(query, {}, first); },
        [this, generation, query, first](const QList<CaseRow> &rows) {
            if (generation != m_generation)
                return; // newer text or another query was asked for since
            m_typed.reset();
            m_query = query;
            {
                const QScopedValueRollback guard(m_changing, true);
                show(rows, 0);
            }
            if (generation != m_generation)
                return; // whoever heard of the reset asked for something else
            if (rows.size() == first && first < m_pageSize)
                readRestOfFirstPage(generation);
            Q_EMIT searchShown();
        });
}

void CaseTableModel::readRestOfFirstPage(quint64 generation)
{
    // Until they come the view may not fetch more (show() took the short
    // page for the end): pages after the first start where a whole one ends.
    // Any later show() comes with a newer generation, which drops them.
    const QList<CaseRow> first = m_pages.value(0).rows;
    const int rest = m_pageSize - int(first.size());
    // The same slot: a newer search replaces this read while it waits.
    m_reader->read<QList<CaseRow>>(
        0,
        [query = m_query, after = keyOf(first.constLast()), rest](const CaseStore &store) {
            return store.page(query, after, rest);
        },
        [this, generation, rest](const QList<CaseRow> &rows) {
            if (generation != m_generation)
                return; // the rows were read again since
            m_atEnd = rows.size() < rest;
            if (rows.isEmpty())
                return;
            const QScopedValueRollback guard(m_changing, true);
            Page &page = m_pages[0];
            beginInsertRows({}, m_rowCount, m_rowCount + int(rows.size()) - 1);
            page.rows.append(rows);
            m_rowCount += int(rows.size());
            if (!m_atEnd)
                m_pageEnds.append(keyOf(rows.constLast()));
            endInsertRows();
        });
}

void CaseTableModel::refresh()
{
    reload(m_rowCount);
}

void CaseTableModel::reload(int minimumRows)
{
    // Whatever the reading thread still brings is older than this.
    ++m_generation;
    if (m_typed)
        m_query.search = *std::exchange(m_typed, std::nullopt);
    const QScopedValueRollback guard(m_changing, true);
    m_query.now = m_now(); // "due today" and "overdue" queues; kept while paging
    show(m_store.page(m_query, PageKey{}, m_pageSize), minimumRows);
}

void CaseTableModel::show(QList<CaseRow> first, int minimumRows)
{
    // A refresh after a sync round keeps as many rows as were reached, so the
    // view keeps its scroll position: the first page is read whole, the keys
    // of the following pages' ends by one walk over the index (no row data),
    // and the pages the view paints are read by those keys.
    beginResetModel();
    m_pages.clear();
    m_pageEnds.clear();
    m_rowCount = int(first.size());
    m_atEnd = first.size() < m_pageSize;
    if (!m_atEnd) {
        m_pageEnds.append(keyOf(first.constLast()));
        // Whole pages, so that every page but the last stays full.
        const int more = (minimumRows + m_pageSize - 1) / m_pageSize * m_pageSize - m_pageSize;
        if (more > 0) {
            int walked = 0;
            m_pageEnds.append(
                m_store.pageEnds(m_query, m_pageEnds.constLast(), more, m_pageSize, &walked));
            m_rowCount += walked;
            m_atEnd = walked < more;
        }
    }
    keepPage(0, std::move(first));
    endResetModel();
    qCDebug(lcCaseTable) << "reached" << m_rowCount << "rows of" << toCode(m_query.queue);
}

const CaseRow *CaseTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const PageKey after = page == 0 ? PageKey{} : m_pageEnds.value(page - 1);
        keepPage(page, m_store.page(m_query, after, m_pageSize));
        it = m_pages.find(page);
    }
    it->used = ++m_uses;
    const int offset = row % m_pageSize;
    // Shorter when the cache changed since the page was first read: the next
    // refresh (after every sync round) makes it whole again.
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

void CaseTableModel::keepPage(int page, QList<CaseRow> rows) const
{
    m_pages.insert(page, {std::move(rows), ++m_uses});
    while (m_pages.size() > m_keptPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->used < oldest->used)
                oldest = it;
        m_pages.erase(oldest);
    }
}

CaseId CaseTableModel::caseIdAt(int row) const
{
    const CaseRow *r = rowAt(row);
    return r ? r->id : 0;
}

int CaseTableModel::rowOf(CaseId id) const
{
    int found = -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->rows.size(); ++i)
            if (it->rows.at(i).id == id) {
                const int row = it.key() * m_pageSize + i;
                found = found < 0 ? row : qMin(found, row);
            }
    return found;
}

int CaseTableModel::rowOf(CaseId id, int nearRow) const
{
    rowAt(nearRow); // reads its page when it has left the window
    return rowOf(id);
}

void CaseTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
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
        // Before a unit accepts a case, the row counts down to the acceptance deadline.
        if (row.status == CaseStatus::PendingAcceptance)
            return tr("Acceptance due %1").arg(DisplayNames::dateTime(row.answerDeadline));
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
    const CaseRow *read = rowAt(index.row());
    if (!read)
        return {};
    const CaseRow &row = *read;
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
    if (parent.isValid() || m_atEnd || m_rowCount == 0 || m_changing)
        return;
    const QScopedValueRollback guard(m_changing, true);
    // Not at the end: every page reached is full and its end key is known.
    QList<CaseRow> more = m_store.page(m_query, m_pageEnds.constLast(), m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    const int page = int(m_pageEnds.size());
    beginInsertRows({}, m_rowCount, m_rowCount + int(more.size()) - 1);
    if (!m_atEnd)
        m_pageEnds.append(keyOf(more.constLast()));
    m_rowCount += int(more.size());
    keepPage(page, std::move(more));
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
