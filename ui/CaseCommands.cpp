#include "CaseCommands.h"

#include "ActionBar.h"
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "ReplyEditor.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pakn {

CaseCommands::CaseCommands(Parts parts, QMenu *menu, QObject *parent)
    : QObject(parent), m_parts(parts), m_menu(menu)
{
    // Single letters are window shortcuts: a focused text field takes its own
    // keys first (Qt's ShortcutOverride), so typing "j" in a reply stays a "j".
    m_nextCase = m_menu->addAction(QString(), this, [this] { moveCase(+1); });
    m_nextCase->setShortcut(QKeySequence(Qt::Key_J));
    m_previousCase = m_menu->addAction(QString(), this, [this] { moveCase(-1); });
    m_previousCase->setShortcut(QKeySequence(Qt::Key_K));
    m_openCase = m_menu->addAction(QString(), this, &CaseCommands::openCase);
    m_openCase->setShortcut(QKeySequence(Qt::Key_O));
    m_menu->addSeparator();
    m_startReply = m_menu->addAction(QString(), this, &CaseCommands::startReply);
    m_startReply->setShortcut(QKeySequence(Qt::Key_R));
    m_assign = m_menu->addAction(QString(), this, &CaseCommands::startAssign);
    m_assign->setShortcut(QKeySequence(Qt::Key_A));
    m_submit = m_menu->addAction(QString(), this, &CaseCommands::submitReply);
    // Ctrl+Enter itself belongs to the reply editor (it submits while writing).
    // Enter on a row opens it too (the table reports it as "activated").
    connect(m_parts.table, &QAbstractItemView::activated, this, &CaseCommands::openCase);
}

void CaseCommands::moveCase(int delta)
{
    const QModelIndex current = m_parts.table->currentIndex();
    if (delta > 0 && current.row() + 1 >= m_parts.model->rowCount() &&
        m_parts.model->canFetchMore({}))
        m_parts.model->fetchMore({});
    const int row =
        qBound(0, current.isValid() ? current.row() + delta : 0, m_parts.model->rowCount() - 1);
    if (row < 0)
        return;
    const QModelIndex next = m_parts.model->index(row, qMax(0, current.column()));
    m_parts.table->setCurrentIndex(next);
    m_parts.table->scrollTo(next);
}

void CaseCommands::openCase()
{
    if (m_parts.table->currentCaseId())
        m_parts.detail->setFocus(Qt::ShortcutFocusReason);
}

void CaseCommands::startReply()
{
    QWidget *editor = m_parts.reply->editor();
    if (editor->isEnabled())
        editor->setFocus(Qt::ShortcutFocusReason);
    else
        Q_EMIT message(tr("This case cannot be answered now."));
}

void CaseCommands::startAssign()
{
    QPushButton *assign = m_parts.actionBar->button(CaseAction::Assign);
    if (assign && assign->isVisible() && assign->isEnabled())
        assign->click();
    else
        Q_EMIT message(tr("You cannot assign this case now."));
}

void CaseCommands::submitReply()
{
    // A leader's Ctrl+Enter approves, an officer's submits: whichever the editor offers.
    for (CaseAction action : {CaseAction::SubmitReply, CaseAction::Approve}) {
        QPushButton *button = m_parts.reply->button(action);
        if (button && button->isVisible() && button->isEnabled()) {
            button->click();
            return;
        }
    }
    Q_EMIT message(tr("There is no reply to submit on this case."));
}

void CaseCommands::retranslate()
{
    m_menu->setTitle(tr("&Case"));
    m_nextCase->setText(tr("&Next case"));
    m_previousCase->setText(tr("&Previous case"));
    m_openCase->setText(tr("&Open the case"));
    m_startReply->setText(tr("&Reply"));
    m_assign->setText(tr("&Assign…"));
    m_submit->setText(tr("&Submit the reply"));
}

} // namespace pakn
