#include "TableSelection.h"

#include "CaseTableModel.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <algorithm>

namespace pakn {

QList<CaseId> selectedCaseIds(const QTableView &view, const CaseTableModel &model)
{
    QList<CaseId> ids;
    if (!view.selectionModel())
        return ids;
    QModelIndexList rows = view.selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        if (const CaseId id = model.caseIdAt(row.row()))
            ids.append(id);
    return ids;
}

} // namespace pakn
