#pragma once

// The case table: rows of fixed height (so a long queue scrolls without
// measuring every row), sorting by clicking a header (the model re-queries
// the cache), and the selected case kept across reloads of the model when it
// is still in the queue.

#include "domain/Case.h"

#include <QTableView>

namespace pakn {

class CaseTableModel;

class CaseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTableView(QWidget *parent = nullptr);

    void setCaseModel(CaseTableModel *model);
    CaseId currentCaseId() const { return m_current; }
    // Selects the case when it is loaded; false otherwise.
    bool selectCase(CaseId id);
    // Selects the first row when nothing is selected, so the detail pane is
    // never empty while the queue has cases.
    void selectFirstIfNone();

Q_SIGNALS:
    // The selected case changed (0: none selected).
    void currentCaseChanged(qint64 caseId);

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void setCurrent(CaseId id);

    CaseTableModel *m_model = nullptr;
    CaseId m_current = 0;
    CaseId m_keep = 0;
    int m_keepScroll = 0;
    bool m_restoring = false;
};

} // namespace pakn
