#include "CaseTableView.h"

#include "CaseTableModel.h"

#include <QHeaderView>
#include <QScrollBar>

namespace pakn {

CaseTableView::CaseTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("caseTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    // Fixed row height: the view never measures rows it has not shown.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
}

void CaseTableView::setCaseModel(CaseTableModel *model)
{
    m_model = model;
    setModel(model);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const char *sample) {
        return fm.horizontalAdvance(QString::fromUtf8(sample)) + 24;
    };
    setColumnWidth(int(CaseColumn::Id), width("0000000"));
    setColumnWidth(int(CaseColumn::Title), width("Rác thải tồn đọng nhiều ngày tại phố"));
    setColumnWidth(int(CaseColumn::Status), width("chờ phê duyệt ·"));
    setColumnWidth(int(CaseColumn::Field), width("Giao thông và đường bộ"));
    setColumnWidth(int(CaseColumn::Urgency), width("Bình thường"));
    setColumnWidth(int(CaseColumn::Unit), width("Phường Nguyễn Trung Trực"));
    setColumnWidth(int(CaseColumn::Assignee), width("Nguyễn Thị Thu Hương"));
    setColumnWidth(int(CaseColumn::ReceivedAt), width("00/00/0000 00:00"));
    setColumnWidth(int(CaseColumn::AnswerDeadline), width("00/00/0000 00:00"));
    horizontalHeader()->setStretchLastSection(false);
    // The reply deadline is what staff are judged by: show it right after the
    // status, where it is visible without scrolling on an office screen.
    horizontalHeader()->moveSection(
        horizontalHeader()->visualIndex(int(CaseColumn::AnswerDeadline)),
        int(CaseColumn::Status) + 1);

    // The model's query starts newest first; the indicator says so, and
    // enabling sorting then asks for exactly that order (no extra query).
    horizontalHeader()->setSortIndicator(int(model->query().sortColumn), model->query().order);
    setSortingEnabled(true);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keep = m_current;
        m_keepScroll = verticalScrollBar()->value();
        m_restoring = true;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keep);
        if (row >= 0) {
            selectRow(row);
            setCurrentIndex(m_model->index(row, 0));
            verticalScrollBar()->setValue(m_keepScroll);
        }
        m_restoring = false;
        setCurrent(row >= 0 ? m_keep : 0);
    });
}

void CaseTableView::selectFirstIfNone()
{
    if (m_current == 0 && m_model && m_model->rowCount() > 0)
        selectCase(m_model->caseIdAt(0));
}

bool CaseTableView::selectCase(CaseId id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    setCurrentIndex(m_model->index(row, 0));
    selectRow(row);
    scrollTo(m_model->index(row, 0));
    return true;
}

void CaseTableView::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_restoring)
        return; // decided once the reset is over
    setCurrent(current.isValid() ? m_model->caseIdAt(current.row()) : 0);
}

void CaseTableView::setCurrent(CaseId id)
{
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentCaseChanged(id);
}

} // namespace pakn
