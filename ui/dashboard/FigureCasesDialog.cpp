#include "FigureCasesDialog.h"

#include "DisplayNames.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pakn {

void ReportCaseModel::setCases(const QList<ReportCase> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int ReportCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int ReportCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const ReportCase &c = m_cases.at(index.row());
    switch (index.column()) {
    case Id:
        return QString::number(c.id);
    case Title:
        return c.title;
    case UnitName:
        return c.unitName;
    case Status:
        return DisplayNames::status(c.status);
    case Deadline:
        return DisplayNames::dateTime(c.answerDeadline);
    }
    return {};
}

QVariant ReportCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Title:
        return tr("Title");
    case UnitName:
        return tr("Unit");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Answer deadline");
    }
    return {};
}

FigureCasesDialog::FigureCasesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("figureCasesDialog"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_count = new QLabel(this);
    m_model = new ReportCaseModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReportCaseModel::Title, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    // Enter and a double-click both come as `activated`.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openCaseRequested(m_model->caseIdAt(index.row()));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
    retranslate();
}

void FigureCasesDialog::startLoading(const FigureDrill &drill)
{
    m_drill = drill;
    m_loading = true;
    m_model->setCases({});
    retranslate();
}

void FigureCasesDialog::setCases(const FigureDrill &drill, const QList<ReportCase> &cases)
{
    if (!(drill == m_drill))
        return; // an answer to an earlier click
    m_loading = false;
    m_model->setCases(cases);
    retranslate();
    if (!cases.isEmpty()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->resizeColumnToContents(ReportCaseModel::Id);
        m_table->resizeColumnToContents(ReportCaseModel::Status);
        m_table->resizeColumnToContents(ReportCaseModel::Deadline);
    }
    m_table->setFocus();
}

QList<CaseId> FigureCasesDialog::caseIds() const
{
    QList<CaseId> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->caseIdAt(row));
    return ids;
}

void FigureCasesDialog::retranslate()
{
    setWindowTitle(tr("Cases behind the figure"));
    m_heading->setText(m_drill.title);
    m_count->setText(m_loading ? tr("Loading the cases…")
                               : tr("%1 case(s). Enter or a double-click opens a case.")
                                     .arg(QLocale().toString(m_model->rowCount())));
    m_table->setAccessibleName(tr("Cases behind the figure"));
}

void FigureCasesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pakn
