#pragma once

// The rows of one queue, read lazily from the cache a page at a time with
// keyset paging (canFetchMore/fetchMore). Sorting and searching re-query the
// cache: SQLite sorts and filters, so a million cached cases stay fast.
// Only a window of pages is held in memory (the ones last painted); for every
// page reached so far the key it ends on is kept, so a page dropped from the
// window is read again by its key when the view comes back to it. Scrolling
// through a million rows holds a few thousand rows and a key per page.

#include "DeadlineCountdown.h"
#include "cache/CaseStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <functional>
#include <optional>

namespace pakn {

class CacheReader;

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
    // A search as typed shows this many rows (a screenful) as soon as they are
    // found, then the rest of its first page: the first rows of a common word
    // come several times sooner than a whole page.
    void setFirstRows(int rows) { m_firstRows = qMax(1, rows); }
    int firstRows() const { return qMin(m_firstRows, m_pageSize); }
    // How many pages stay in memory at most (at least 2: the view may paint across two).
    void setKeptPages(int pages) { m_keptPages = qMax(2, pages); }
    int keptPages() const { return int(m_pages.size()); }
    // For "overdue" marks; tests pin it, the application uses the wall clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The query of the rows shown (a search being typed is in it once its rows are).
    const CaseQuery &query() const { return m_query; }
    // From now on searches as typed run on another thread, over another
    // connection to `cachePath`; otherwise (tests) setSearch reads at once.
    void searchInBackground(const QString &cachePath);
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
    int rowOf(CaseId id) const; // -1 when its page is not in memory
    // The same, after reading the page of `nearRow` (where the case was before a reload).
    int rowOf(CaseId id, int nearRow) const;
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

Q_SIGNALS:
    // The rows of the text given to setSearch are shown (later than the call
    // when searching in the background).
    void searchShown();

private:
    struct Page
    {
        QList<CaseRow> rows;
        quint64 used = 0; // when a row of it was last read: the oldest page is dropped
    };
    void reload(int minimumRows);
    void show(QList<CaseRow> first, int minimumRows);
    // The first rows of a search are shown: reads the rest of their page.
    void readRestOfFirstPage(quint64 generation);
    // The row, its page read again by key when it left the window; null past the end.
    const CaseRow *rowAt(int row) const;
    void keepPage(int page, QList<CaseRow> rows) const;
    bool isOverdue(const CaseRow &row) const;
    DeadlinePressure pressure(const CaseRow &row) const;
    QVariant displayText(const CaseRow &row, int column) const;
    QVariant toolTip(const CaseRow &row, int column) const;
    QVariant decoration(const CaseRow &row, int column) const;

    CaseStore &m_store;
    DeadlineCountdown m_countdown;
    CaseQuery m_query;
    // Read on demand from data() (a const function), hence mutable.
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_uses = 0;
    QList<PageKey> m_pageEnds; // the key of the last row of every full page reached
    int m_rowCount = 0;        // rows reached so far (the view grows it by fetchMore)
    int m_keptPages = 16;
    CacheReader *m_reader = nullptr;
    quint64 m_generation = 0;       // of the newest rows asked for
    std::optional<QString> m_typed; // a search asked for whose rows have not arrived
    bool m_atEnd = true;
    bool m_changing = false; // rows are being reset or inserted
    int m_pageSize = 200;
    int m_firstRows = 50;
    std::function<QDateTime()> m_now;
};

} // namespace pakn
