#pragma once

// Opens the figures dashboard from the main window: the View menu's
// "Dashboard" action (Ctrl+Shift+D), and on start when the user left it
// open last time (supervisors, whose main job it is, get it on their first
// start too). Builds the dashboard over the cache (CacheFiguresSource) with
// export and print; a case opened from it is handed to the main window.

#include "domain/Case.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace pakn {

class CaseStore;
class DashboardWindow;
class SyncController;

class DashboardLauncher : public QObject
{
    Q_OBJECT
public:
    DashboardLauncher(CaseStore &store, SyncController &sync, const Account &me,
                      QWidget *mainWindow);

    QAction *action() const { return m_action; }
    DashboardWindow *open();
    DashboardWindow *window() const;

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    bool openOnStart() const;

    CaseStore &m_store;
    SyncController &m_sync;
    Account m_me;
    QWidget *m_mainWindow;
    QAction *m_action;
    QPointer<DashboardWindow> m_window;
    bool m_started = false;
};

} // namespace pakn
