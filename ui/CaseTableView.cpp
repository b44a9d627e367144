#include "CaseTableView.h"

#include "CaseTableModel.h"
#include "DeadlineCountdown.h"
#include "DisplayNames.h"
#include "MatchHighlight.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace pakn {

CaseTableView::CaseTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("caseTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &CaseTableView::showColumnMenu);
    m_highlight = new MatchHighlightDelegate(this);
    m_chooseColumns = new QAction(this);
    m_chooseColumns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_chooseColumns->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_chooseColumns);
    connect(m_chooseColumns, &QAction::triggered, this,
            [this] { showColumnMenu(horizontalHeader()->rect().center()); });
    m_saveColumns.setSingleShot(true);
    m_saveColumns.setInterval(400);
    connect(&m_saveColumns, &QTimer::timeout, this, &CaseTableView::saveColumns);
    m_showWhenRested.setSingleShot(true);
    m_showWhenRested.setInterval(150);
    connect(&m_showWhenRested, &QTimer::timeout, this, &CaseTableView::showCurrent);
    retranslateUi();
}

void CaseTableView::keyPressEvent(QKeyEvent *event)
{
    m_keyRepeating = event->isAutoRepeat();
    QTableView::keyPressEvent(event);
    m_keyRepeating = false;
}

void CaseTableView::retranslateUi()
{
    m_chooseColumns->setText(tr("Choose &columns…"));
}

void CaseTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_model)
            fitLanguageColumns(true);
    }
    QTableView::changeEvent(event);
}

void CaseTableView::fitLanguageColumns(bool onlyWiden)
{
    // Status, urgency, channel and the countdown are words of the current
    // language: measured from its longest text, so English "awaiting
    // acceptance" fits as well as Vietnamese. After a language change a column
    // only grows (the user's own widths stay).
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&](CaseColumn column, const QStringList &texts) {
        int widest = 0;
        for (const QString &t : texts)
            widest = qMax(widest, fm.horizontalAdvance(t) + 24);
        const int c = int(column);
        setColumnWidth(c, onlyWiden ? qMax(columnWidth(c), widest) : widest);
    };
    QStringList statuses, urgencies, channels;
    for (CaseStatus st : {CaseStatus::New, CaseStatus::PendingAcceptance, CaseStatus::InProgress,
                          CaseStatus::AwaitingApproval, CaseStatus::Answered, CaseStatus::Closed,
                          CaseStatus::Refused, CaseStatus::Merged})
        statuses << DisplayNames::status(st) + QStringLiteral(" ·"); // the unread dot
    for (Urgency u : {Urgency::Normal, Urgency::Urgent, Urgency::Complex})
        urgencies << DisplayNames::urgency(u);
    for (Channel ch :
         {Channel::Zalo, Channel::Open311, Channel::Web, Channel::Hotline, Channel::WalkIn})
        channels << DisplayNames::channel(ch);
    const qint64 longLate = 10 * DeadlineCountdown::kMinutesPerDay + 7 * 60;
    fit(CaseColumn::Status, statuses);
    fit(CaseColumn::Urgency, urgencies);
    fit(CaseColumn::Channel, channels);
    fit(CaseColumn::AnswerDeadline,
        {QStringLiteral("00/00/0000 00:00"),
         QCoreApplication::translate("pakn::DeadlineCountdown", "overdue by %1")
             .arg(DeadlineCountdown::duration(longLate))});
}

QList<CaseId> CaseTableView::selectedCaseIds() const
{
    QList<int> rows;
    if (selectionModel())
        for (const QModelIndex &index : selectionModel()->selectedRows())
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<CaseId> ids;
    for (int row : rows)
        ids.append(m_model->caseIdAt(row));
    return ids;
}

void CaseTableView::setHighlight(const QString &search)
{
    if (m_highlight->search() == search)
        return;
    m_highlight->setSearch(search);
    viewport()->update();
}

void CaseTableView::showColumnMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.setAccessibleName(tr("Columns"));
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        // The title says what a row is about; the table is useless without it.
        a->setEnabled(column != int(CaseColumn::Title));
        connect(a, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

namespace {
const QString kColumnsKey = QStringLiteral("caseTable/columns");
}

void CaseTableView::restoreColumns()
{
    const QByteArray state = m_model->store().uiState(kColumnsKey);
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void CaseTableView::saveColumns()
{
    if (m_model)
        m_model->store().setUiState(kColumnsKey, horizontalHeader()->saveState());
}

void CaseTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_model) { // and the row cut at the bottom, and one more
        const int rowHeight = qMax(1, verticalHeader()->defaultSectionSize());
        m_model->setFirstRows(viewport()->height() / rowHeight + 2);
    }
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
    setColumnWidth(int(CaseColumn::Field), width("Giao thông và đường bộ"));
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
    fitLanguageColumns(false);
    setItemDelegateForColumn(int(CaseColumn::Title), m_highlight);
    restoreColumns();
    for (const auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(horizontalHeader(), signal, &m_saveColumns, qOverload<>(&QTimer::start));

    // The model's query starts newest first; the indicator says so, and
    // enabling sorting then asks for exactly that order (no extra query).
    horizontalHeader()->setSortIndicator(int(model->query().sortColumn), model->query().order);
    setSortingEnabled(true);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring)
            Q_EMIT selectedCasesChanged(selectedCaseIds());
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keep = m_current;
        m_keepRow = currentIndex().row();
        m_keepScroll = verticalScrollBar()->value();
        m_restoring = true;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The model holds only a window of pages: look where the case was.
        const int row = m_model->rowOf(m_keep, m_keepRow);
        if (row >= 0) {
            selectRow(row);
            setCurrentIndex(m_model->index(row, 0));
            verticalScrollBar()->setValue(m_keepScroll);
        }
        m_restoring = false;
        setCurrent(row >= 0 ? m_keep : 0);
        Q_EMIT selectedCasesChanged(selectedCaseIds());
    });
}

void CaseTableView::selectFirstIfNone()
{
    if (m_current == 0 && m_model && m_model->rowCount() > 0)
        selectCase(m_model->caseIdAt(0));
}

void CaseTableView::selectFirstIfNoneWhenRested()
{
    const QScopedValueRollback passing(m_keyRepeating, true);
    selectFirstIfNone();
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
    if (m_keyRepeating) {
        m_showWhenRested.start(); // rows passed on the way are not "read"
        return;
    }
    showCurrent();
}

void CaseTableView::showCurrent()
{
    m_showWhenRested.stop();
    if (m_current)
        m_model->markSeen(m_current);
    Q_EMIT currentCaseChanged(m_current);
}

} // namespace pakn
