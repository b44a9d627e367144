#include "IntakeLauncher.h"

#include "cache/CaseStore.h"
#include "cache/ReferenceStore.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace pakn {

IntakeLauncher::IntakeLauncher(const CaseStore &store, SyncController &sync,
                               IntakeDialog::Sender send, const Account &me, QWidget *mainWindow)
    : QObject(mainWindow), m_store(store), m_sync(sync), m_send(std::move(send)),
      m_mainWindow(mainWindow), m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("takeInReport"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, &IntakeLauncher::open);
    connect(&m_sync, &SyncController::roundFinished, this, &IntakeLauncher::openIfCached);
    mainWindow->installEventFilter(this);
    setAccount(me);
    retranslate();
}

bool IntakeLauncher::mayTakeReports(Role role)
{
    return role == Role::Coordinator || role == Role::Leader || role == Role::Officer;
}

void IntakeLauncher::setAccount(const Account &me)
{
    m_action->setVisible(mayTakeReports(me.role));
    m_action->setEnabled(mayTakeReports(me.role));
}

IntakeDialog *IntakeLauncher::open()
{
    if (!m_action->isEnabled())
        return nullptr;
    if (!m_dialog) {
        m_dialog = new IntakeDialog(ReferenceStore(m_store.database()).current().fields, m_send,
                                    m_mainWindow);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &IntakeDialog::caseCreated, this, &IntakeLauncher::created);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void IntakeLauncher::created(qint64 id)
{
    Q_EMIT message(tr("Case #%1 created.").arg(id));
    m_waitingFor = id;
    m_roundsLeft = 2; // a case outside the user's scope (an officer's intake) never comes
    m_sync.syncNow();
}

void IntakeLauncher::openIfCached()
{
    if (m_waitingFor == 0)
        return;
    if (!m_store.caseById(m_waitingFor)) {
        if (--m_roundsLeft <= 0)
            m_waitingFor = 0;
        return;
    }
    Q_EMIT openCaseRequested(std::exchange(m_waitingFor, 0));
}

bool IntakeLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mainWindow && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void IntakeLauncher::retranslate()
{
    m_action->setText(tr("Take in a &report…"));
    m_action->setToolTip(tr("Type in a report received by hotline or in person (Ctrl+N)"));
}

} // namespace pakn
