#pragma once

// The cases behind one figure or chart element: number, title, unit,
// status and answer deadline, read off the GUI thread (a "loading" line
// until they come). Enter or a double-click opens the case in the main
// window.

#include "FiguresSource.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QTableView;

namespace pakn {

class ReportCaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Title,
        UnitName,
        Status,
        Deadline,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setCases(const QList<ReportCase> &cases);
    CaseId caseIdAt(int row) const { return m_cases.at(row).id; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReportCase> m_cases;
};

class FigureCasesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FigureCasesDialog(QWidget *parent = nullptr);

    // Shows the heading and a loading line until setCases() with the same drill.
    void startLoading(const FigureDrill &drill);
    void setCases(const FigureDrill &drill, const QList<ReportCase> &cases);
    FigureDrill drill() const { return m_drill; }
    QTableView *table() const { return m_table; }
    ReportCaseModel *model() const { return m_model; }
    QList<CaseId> caseIds() const;

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    FigureDrill m_drill;
    bool m_loading = false;
    QLabel *m_heading;
    QLabel *m_count;
    QTableView *m_table;
    ReportCaseModel *m_model;
};

} // namespace pakn
