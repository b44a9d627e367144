#pragma once

// The rows of one queue, read lazily from the cache a page at a time with
// keyset paging (canFetchMore/fetchMore). Sorting and searching re-query the
// cache: SQLite sorts and filters, so a million cached cases stay fast and
// only the rows the user scrolled to are held in memory.

#include "DeadlineCountdown.h"
#include "cache/CaseStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>

namespace pakn {

class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Columns are CaseColumn's values, in its order.
    enum Roles
    {
        CaseIdRole = Qt::UserRole + 1,
        PendingRole,
        OverdueRole,
        UnreadRole,
        PressureRole // DeadlinePressure of the reply deadline, as int
    };
    static constexpr int ColumnCount = int(CaseColumn::Channel) + 1;

    explicit CaseTableModel(CaseStore &store, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // For "overdue" marks; tests pin it, the application uses the wall clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    const CaseQuery &query() const { return m_query; }
    void setQueue(Queue queue);
    void setSearch(const QString &text);
    void setFilter(const CaseFilter &filter);
    // Queue, search and filter at once (a saved queue); keeps the sort.
    void setCaseQuery(const CaseQuery &query);
    // The calendar the deadline countdown counts working time on.
    void setCalendar(const DeadlineCalendar &calendar)
    {
        m_countdown = DeadlineCountdown(calendar);
    }
    // The user opened the case: it is no longer marked unread.
    void markSeen(CaseId id);
    CaseStore &store() const { return m_store; }
    // Reloads the rows after the cache changed, keeping as many rows loaded
    // as before so the view keeps its scroll position.
    void refresh();

    CaseId caseIdAt(int row) const;
    int rowOf(CaseId id) const; // -1 when not loaded
    // Called when the UI language changes: headers and texts are translated.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload(int minimumRows);
    bool isOverdue(const CaseRow &row) const;
    DeadlinePressure pressure(const CaseRow &row) const;
    QVariant displayText(const CaseRow &row, int column) const;
    QVariant toolTip(const CaseRow &row, int column) const;
    QVariant decoration(const CaseRow &row, int column) const;

    CaseStore &m_store;
    DeadlineCountdown m_countdown;
    CaseQuery m_query;
    QList<CaseRow> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; // rows are being reset or inserted
    int m_pageSize = 200;
    std::function<QDateTime()> m_now;
};

} // namespace pakn
