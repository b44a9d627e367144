#pragma once

// The main window only arranges and connects: queues on the left, the search
// box and case table in the centre, the case detail, reply editor and action
// bar on the right, sync status below. Behaviour lives in those widgets and
// models; the window runs staff actions through LocalActions and asks the
// SyncController for a round after each one.

#include "cache/CaseStore.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QSet>

class QAction;
class QListView;
class QVBoxLayout;
class QSystemTrayIcon;

namespace pakn {

class ActionBar;
class CaseCommands;
class CaseDetailView;
class CaseTableModel;
class CaseTableView;
struct ApiResult;
class LocalActions;
class QueueListModel;
class ReplyEditor;
class CaseNotifier;
class OfflineBanner;
class OutboxDialog;
class SearchBox;
class ShortcutHelpDialog;
class SyncController;
class SyncStatusWidget;
class UiLanguage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CaseStore &store, LocalActions &actions, SyncController &sync, const Account &me,
               UiLanguage &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Re-reads counts, rows and the selected case from the cache.
    void refresh();
    // Keeps any unsent reply text as a local draft (before closing or logging out).
    void keepUnsentText();

    CaseTableModel *caseModel() const { return m_caseModel; }
    QueueListModel *queueModel() const { return m_queueModel; }
    CaseTableView *caseTable() const { return m_table; }
    SearchBox *searchBox() const { return m_search; }
    ReplyEditor *replyEditor() const { return m_reply; }
    ActionBar *actionBar() const { return m_actionBar; }
    CaseDetailView *detailView() const { return m_detail; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    void selectQueue(Queue queue);
    // Opens the keyboard shortcut screen (? or F1); returns it for tests.
    ShortcutHelpDialog *showShortcuts();
    // Opens the list of actions waiting to be sent; returns it for tests.
    OutboxDialog *showOutbox();
    OfflineBanner *offlineBanner() const { return m_banner; }
    CaseNotifier *notifier() const { return m_notifier; }
    // The server moved the user to another unit or role: the queues, the
    // title and the actions offered follow without a restart.
    void setAccount(const Account &me);
    const Account &account() const { return m_me; }

Q_SIGNALS:
    void logoutRequested();
    void logoutEverywhereRequested(); // every session of the account, on every computer
    void logoutWipeRequested();       // and delete this computer's copy of the cases (asks first)
    void settingsRequested();
    void closed(); // the user closed the window or chose Quit

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void addQueueTools(QVBoxLayout *centreLayout); // w1 (issue 4)
    void buildMenus();
    void connectParts();
    void retranslateUi();
    void showCase(CaseId id);
    void perform(CaseId id, CaseAction action, const QJsonObject &params);
    // The audited reveal of the reporter's phone, asked of the server (online only).
    void revealPhone(CaseId id);
    void phoneAnswered(CaseId id, const ApiResult &r, const QString &phone);
    void showAbout();
    void findCases();
    void showNotification(const QString &text);

    CaseStore &m_store;
    LocalActions &m_actions;
    SyncController &m_sync;
    Account m_me;
    UiLanguage &m_language;

    QueueListModel *m_queueModel;
    CaseTableModel *m_caseModel;
    QListView *m_queues;
    SearchBox *m_search;
    CaseTableView *m_table;
    CaseDetailView *m_detail;
    ReplyEditor *m_reply;
    ActionBar *m_actionBar;
    SyncStatusWidget *m_syncStatus;
    OfflineBanner *m_banner;
    CaseNotifier *m_notifier;
    // Cases whose queued action the user discarded: fetched again after the
    // next round that reached the server (their cached copy still shows it).
    QSet<CaseId> m_refetch;
    QSystemTrayIcon *m_tray = nullptr; // when the desktop has a notification area

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_logoutEverywhere = nullptr;
    QAction *m_logoutWipe = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_vietnamese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
    QAction *m_find = nullptr;
    QAction *m_outbox = nullptr;
    CaseCommands *m_caseCommands = nullptr;
    QAction *m_shortcuts = nullptr;
};

} // namespace pakn
