#pragma once

// Opens the intake dialog from the main window: File → "Take in a report…"
// and the toolbar (Ctrl+N), for the staff who take reports (coordinators,
// leaders, officers). One dialog at a time; a report the server took is
// announced, a sync round is asked for, and once the new case is in the
// cache it is handed to the main window to open.

#include "IntakeDialog.h"
#include "domain/Case.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace pakn {

class CaseStore;
class SyncController;

class IntakeLauncher : public QObject
{
    Q_OBJECT
public:
    IntakeLauncher(const CaseStore &store, SyncController &sync, IntakeDialog::Sender send,
                   const Account &me, QWidget *mainWindow);

    static bool mayTakeReports(Role role);

    QAction *action() const { return m_action; }
    void setAccount(const Account &me);
    IntakeDialog *open();
    IntakeDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void created(qint64 id);
    void openIfCached();

    const CaseStore &m_store;
    SyncController &m_sync;
    IntakeDialog::Sender m_send;
    QWidget *m_mainWindow;
    QAction *m_action;
    QPointer<IntakeDialog> m_dialog;
    qint64 m_waitingFor = 0; // the created case, until the cache has it
    int m_roundsLeft = 0;
};

} // namespace pakn
