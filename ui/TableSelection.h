#pragma once

// The case ids of the rows selected in the case table, in table order.
// A stand-in until CaseTableView offers selectedCaseIds() itself (helper w1);
// then callers switch to that and this file goes.

#include "domain/Case.h"

class QTableView;

namespace pakn {

class CaseTableModel;

QList<CaseId> selectedCaseIds(const QTableView &view, const CaseTableModel &model);

} // namespace pakn
