#pragma once

// What a bulk action did, case by case: saved (and being sent), or why not
// in the user's words. Conflicts found later by the server come back through
// the sync status's rejection messages, like for any single action.

#include "domain/WorkflowRules.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace pakn {

struct BulkResult
{
    CaseId caseId = 0;
    QString title;
    ActionOutcome outcome;
};

class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    BulkResultDialog(CaseAction action, const QList<BulkResult> &results,
                     QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace pakn
