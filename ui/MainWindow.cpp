#include "MainWindow.h"

#include "ActionBar.h"
#include "BulkActionPanel.h" // w2-caseview
#include "CaseCommands.h"
#include "CaseDetailView.h"
#include "CaseFilterBar.h"
#include "CaseNotifier.h"
#include "CasePicker.h" // w2-caseview
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "DashboardLauncher.h" // figures-desk
#include "DisplayNames.h"
#include "IntakeLauncher.h" // c4-deskintake
#include "OfflineBanner.h"
#include "OutboxDialog.h"
#include "QueueListModel.h"
#include "ReplyEditor.h"
#include "SavedQueues.h"
#include "SearchBox.h"
#include "ShortcutHelpDialog.h"
#include "SyncStatusWidget.h"
#include "UiLanguage.h"
#include "cache/AutosavedDrafts.h" // w3-reply
#include "cache/CaseStore.h"
#include "cache/LocalActions.h"
#include "cache/ReferenceStore.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "pakn.ui.main")

namespace pakn {

MainWindow::MainWindow(CaseStore &store, LocalActions &actions, SyncController &sync,
                       const Account &me, UiLanguage &language, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_actions(actions), m_sync(sync), m_me(me),
      m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_queueModel = new QueueListModel(store, this);
    // Counting a million cases takes a while: not before the first rows are painted.
    m_queueModel->countInBackground(store.database().databaseName());
    m_caseModel = new CaseTableModel(store, this);
    m_caseModel->searchInBackground(store.database().databaseName()); // typing never waits
    m_notifier = new CaseNotifier(store, this);
    m_notifier->rebase();
    buildLayout();
    buildMenus();
    connectParts();

    m_queueModel->setRole(me.role);
    QWidget::setTabOrder(m_queues, m_search);
    QWidget::setTabOrder(m_search, m_table);
    QWidget::setTabOrder(m_table, m_detail);
    QWidget::setTabOrder(m_detail, m_reply);
    m_table->setFocus();
    // Office screens run from 1366×768 to 4K at 200 %: never open larger than
    // the screen's free area (in device-independent pixels, so scaling counts).
    QSize size(1500, 900);
    if (const QScreen *where = screen())
        size = size.boundedTo(where->availableGeometry().size());
    resize(size);
    retranslateUi();
    selectQueue(QueueListModel::queuesFor(me.role).constFirst());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_queues = new QListView(this);
    m_queues->setObjectName(QStringLiteral("queueList"));
    m_queues->setModel(m_queueModel);
    m_queues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queues->setMinimumWidth(200);

    m_search = new SearchBox(this);
    // The search runs off this thread and drops stale answers: waiting for a
    // pause in typing would only add to the time until results show.
    m_search->setDelay(0);
    m_table = new CaseTableView(this);
    m_table->setCaseModel(m_caseModel);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_search);
    centreLayout->addWidget(m_table, 1);
    addQueueTools(centreLayout); // w1 (issue 4): filters, saved queues, highlight

    m_detail = new CaseDetailView(this);
    // w2-caseview: working time left by the cached calendar; the phone shows after my reveal.
    m_detail->setCalendar(ReferenceStore(m_store.database()).current().calendar());
    m_reply = new ReplyEditor(this);
    // w3-reply: templates from the cached reference data; typing autosaved durably.
    m_reply->setTemplateSource([this](const QString &field) {
        return ReferenceStore(m_store.database()).current().templatesFor(field);
    });
    m_reply->setAutosave([this](CaseId id, const QString &text) {
        return AutosavedDrafts(m_store.database()).save(id, text);
    });
    m_actionBar = new ActionBar([this] { return m_store.units(); },
                                [this] { return m_store.accounts(); }, this);
    // w2-caseview: the merge dialog's case search and the dialogs' local check.
    m_actionBar->setCaseFinder(CasePicker::storeFinder(m_store));
    m_actionBar->setChecker([this](const Case &c, CaseAction a, const QJsonObject &p) {
        return m_actions.check(c, a, p);
    });
    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_reply, 1);
    // Bulk accept/assign/route on the rows selected in the table.
    auto *bulk = new BulkActionPanel(m_store, m_actions, this);
    workLayout->addWidget(bulk);
    connect(m_table, &CaseTableView::selectedCasesChanged, bulk, &BulkActionPanel::setSelection);
    connect(bulk, &BulkActionPanel::performed, this, [this] {
        m_sync.syncNow();
        refresh();
    });
    workLayout->addWidget(m_actionBar);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_detail);
    right->addWidget(work);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({540, 320});

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_queues);
    split->addWidget(centre);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({210, 860, 460});
    split->setChildrenCollapsible(false);
    m_banner = new OfflineBanner(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
}

// w1 (issue 4): the filter bar above the table, the user's saved queues in
// the queue list, the search words highlighted in the titles.
void MainWindow::addQueueTools(QVBoxLayout *centreLayout)
{
    auto *filters = new CaseFilterBar(m_store, this);
    centreLayout->insertWidget(1, filters);
    auto *saved = new SavedQueues(m_queues, m_queueModel, m_store, this);
    QWidgetList chain = filters->tabChain(); // Tab: search, the filters, then the table
    chain.append(m_table);
    QWidget *previous = m_search;
    for (QWidget *control : chain) {
        setTabOrder(previous, control);
        previous = control;
    }
    connect(filters, &CaseFilterBar::filterChanged, this, [this](const CaseFilter &f) {
        m_caseModel->setFilter(f);
        m_table->selectFirstIfNone();
    });
    connect(filters, &CaseFilterBar::saveRequested, saved,
            [this, saved] { saved->saveAs(m_caseModel->query()); });
    connect(m_search, &SearchBox::searchRequested, m_table, &CaseTableView::setHighlight);
    // A saved queue brings back its search and filters (before the queue itself is shown).
    connect(m_queues->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, filters](const QModelIndex &current) {
                if (!m_queueModel->savedIdAt(current.row()))
                    return;
                const CaseQuery query = m_queueModel->queryAt(current.row());
                filters->setFilter(query.filter);
                m_search->setText(query.search);
                m_table->setHighlight(query.search);
                m_caseModel->setCaseQuery(query);
            });
    connect(&m_sync, &SyncController::roundFinished, filters, &CaseFilterBar::reloadChoices);
}

void MainWindow::connectParts()
{
    connect(m_queues->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_caseModel->setQueue(m_queueModel->queueAt(current.row()));
                m_table->selectFirstIfNone();
            });
    connect(m_search, &SearchBox::searchRequested, m_caseModel, &CaseTableModel::setSearch);
    // The case shown may not be among the rows found: the first of them is shown then.
    connect(m_caseModel, &CaseTableModel::searchShown, m_table,
            &CaseTableView::selectFirstIfNoneWhenRested);
    connect(m_table, &CaseTableView::currentCaseChanged, this, &MainWindow::showCase);
    connect(m_reply, &ReplyEditor::actionRequested, this, &MainWindow::perform);
    connect(m_actionBar, &ActionBar::actionRequested, this, &MainWindow::perform);
    // The phone reveal is an audited action, online only; case links open that case.
    connect(m_detail, &CaseDetailView::revealPhoneRequested, this, &MainWindow::revealPhone);
    connect(m_detail, &CaseDetailView::openCaseRequested, this, [this](qint64 id) {
        if (!m_table->selectCase(id))
            showCase(id);
    });
    connect(m_reply, &ReplyEditor::textLeft, this,
            [this](qint64 id, const QString &text) { m_store.setLocalDraft(id, text); });

    connect(&m_sync, &SyncController::stateChanged, m_syncStatus, &SyncStatusWidget::setState);
    connect(&m_sync, &SyncController::pendingCountChanged, m_syncStatus,
            &SyncStatusWidget::setPendingCount);
    connect(&m_sync, &SyncController::feedProgress, this, [this](int casesSoFar, bool pending) {
        m_syncStatus->setFeedProgress(casesSoFar);
        m_search->setSearchPending(pending);
        // During a long first sync, show the first cases as soon as they arrive.
        if (m_caseModel->rowCount() == 0)
            refresh();
    });
    connect(&m_sync, &SyncController::roundFinished, this,
            [this](int casesChanged, int actionsSent, const QDateTime &at) {
                m_syncStatus->setRoundFinished(casesChanged, actionsSent, at);
                m_search->setSearchPending(false); // a finished round left the index whole
                m_notifier->check();               // also every round: a case may fall due today
                for (CaseId id : std::exchange(m_refetch, {}))
                    m_sync.refetchCase(id);
                if (casesChanged > 0 || actionsSent > 0)
                    refresh();
            });
    connect(&m_sync, &SyncController::actionRejected, this,
            [this](qint64 caseId, const QString &action, const QString &message) {
                m_syncStatus->addRejection(caseId, action, message);
                refresh(); // the case is back to the server's state
            });
    connect(&m_sync, &SyncController::stateChanged, m_banner,
            [this](SyncState state) { m_banner->setState(state); });
    connect(&m_sync, &SyncController::pendingCountChanged, m_banner,
            &OfflineBanner::setPendingCount);
    connect(m_banner, &OfflineBanner::retryRequested, &m_sync, &SyncController::syncNow);
    connect(m_banner, &OfflineBanner::outboxRequested, this, &MainWindow::showOutbox);
    connect(m_notifier, &CaseNotifier::notify, this,
            [this](CaseNotifier::Kind, qint64, const QString &text) { showNotification(text); });
    connect(&m_sync, &SyncController::caseRefetched, this, [this] { refresh(); });
    connect(&m_sync, &SyncController::scopeChanged, this, &MainWindow::setAccount);
    connect(m_syncStatus, &SyncStatusWidget::notify, this,
            [this](const QString &text) { statusBar()->showMessage(text, 30000); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // c4-deskintake (issue 6): File → Take in a report… and the toolbar (Ctrl+N).
    auto *intake = new IntakeLauncher(
        m_store, m_sync,
        [this](const StaffReport &report, const QString &key, const ApiClient::CaseCallback &done) {
            m_sync.createCase(report, key, done);
        },
        m_me, this);
    m_fileMenu->addAction(intake->action());
    m_fileMenu->addSeparator();
    auto *toolBar = addToolBar(tr("Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(intake->action());
    connect(&m_sync, &SyncController::scopeChanged, intake, &IntakeLauncher::setAccount);
    connect(intake, &IntakeLauncher::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 30000); });
    connect(intake, &IntakeLauncher::openCaseRequested, this, [this](qint64 id) {
        refresh(); // the round that brought it may not have refreshed the table yet
        if (!m_table->selectCase(id))
            showCase(id);
    });
    m_settings = m_fileMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_logout = m_fileMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    m_logoutEverywhere =
        m_fileMenu->addAction(QString(), this, &MainWindow::logoutEverywhereRequested);
    m_logoutEverywhere->setObjectName(QStringLiteral("logoutEverywhereAction"));
    m_logoutWipe = m_fileMenu->addAction(QString(), this, &MainWindow::logoutWipeRequested);
    m_logoutWipe->setObjectName(QStringLiteral("logoutWipeAction"));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_syncNow = m_viewMenu->addAction(QString(), &m_sync, &SyncController::syncNow);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_find = m_viewMenu->addAction(QString(), this, &MainWindow::findCases);
    m_outbox = m_viewMenu->addAction(QString(), this, &MainWindow::showOutbox);
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    // figures-desk (issue 5): View → Dashboard (Ctrl+Shift+D); a case opened there shows here.
    auto *dashboard = new DashboardLauncher(m_store, m_sync, m_me, this);
    m_viewMenu->addAction(dashboard->action());
    connect(dashboard, &DashboardLauncher::openCaseRequested, this, [this](qint64 id) {
        if (!m_table->selectCase(id))
            showCase(id);
        activateWindow();
    });
    m_caseCommands = new CaseCommands({m_table, m_caseModel, m_detail, m_reply, m_actionBar},
                                      menuBar()->addMenu(QString()), this);
    connect(m_caseCommands, &CaseCommands::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_vietnamese = m_languageMenu->addAction(QStringLiteral("Tiếng &Việt"));
    m_english = m_languageMenu->addAction(QStringLiteral("&English"));
    for (QAction *a : {m_vietnamese, m_english}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (m_language.current() == QLatin1String("en") ? m_english : m_vietnamese)->setChecked(true);
    connect(m_vietnamese, &QAction::triggered, this,
            [this] { m_language.use(QStringLiteral("vi")); });
    connect(m_english, &QAction::triggered, this, [this] { m_language.use(QStringLiteral("en")); });
    connect(&m_language, &UiLanguage::changed, this, [this](const QString &code) {
        (code == QLatin1String("en") ? m_english : m_vietnamese)->setChecked(true);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::showNotification(const QString &text)
{
    qCInfo(lcMainWindow).noquote() << "notification:" << text;
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("PAKN Desk"), text);
    statusBar()->showMessage(text, 30000); // also here: the tray may be hidden
}

void MainWindow::findCases()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

OutboxDialog *MainWindow::showOutbox()
{
    auto *dialog = findChild<OutboxDialog *>();
    if (!dialog) {
        dialog = new OutboxDialog(m_store, this);
        connect(dialog, &OutboxDialog::retryRequested, &m_sync, &SyncController::syncNow);
        connect(dialog, &OutboxDialog::discarded, this, [this](qint64 caseId) {
            m_refetch.insert(caseId);
            m_sync.syncNow(); // its end fetches the case again
            refresh();
        });
        connect(&m_sync, &SyncController::pendingCountChanged, dialog, &OutboxDialog::reload);
    }
    dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::setAccount(const Account &me)
{
    qCInfo(lcMainWindow) << "now" << toCode(me.role) << "in unit" << me.unitId;
    m_me = me;
    m_queueModel->setRole(me.role);
    m_notifier->rebase();
    retranslateUi();
    selectQueue(QueueListModel::queuesFor(me.role).constFirst());
    refresh();
    statusBar()->showMessage(tr("Your unit or role has changed: the queues now show your new "
                                "work."),
                             30000);
}

ShortcutHelpDialog *MainWindow::showShortcuts()
{
    auto *dialog = findChild<ShortcutHelpDialog *>();
    if (!dialog) {
        QList<QAction *> actions = m_caseCommands->menu()->actions();
        actions << m_viewMenu->actions() << m_settings << m_shortcuts << m_quit;
        if (auto *intake = findChild<QAction *>(QStringLiteral("takeInReport"))) // c4-deskintake
            actions.prepend(intake);
        actions.removeIf([](QAction *a) { return a->isSeparator(); });
        dialog = new ShortcutHelpDialog(actions, this);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::retranslateUi()
{
    QString unitName;
    for (const Unit &u : m_store.units())
        if (u.id == m_me.unitId)
            unitName = u.name;
    setWindowTitle(
        tr("%1 (%2, %3)").arg(m_me.displayName, DisplayNames::role(m_me.role), unitName));
    m_fileMenu->setTitle(tr("&File"));
    m_logout->setText(tr("&Log out"));
    m_logoutEverywhere->setText(tr("Log out &everywhere"));
    m_logoutEverywhere->setToolTip(tr(
        "End every session of this account, on every computer (a lost laptop, a shared password)"));
    m_logoutWipe->setText(tr("Log out and &delete this computer's copy…"));
    m_logoutWipe->setToolTip(tr("Log out and delete the cases, drafts and attachments kept on "
                                "this computer (a shared computer); your settings stay"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_syncNow->setText(tr("&Sync now"));
    m_find->setText(tr("&Find…"));
    m_outbox->setText(tr("&Queued actions…"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About PAKN Desk"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_caseCommands->retranslate();
    m_search->setAccessibleName(tr("Search cases"));
    m_detail->setAccessibleName(tr("Case details"));
    m_queues->setAccessibleName(tr("Queues"));
    m_table->setAccessibleName(tr("Cases"));
    m_queueModel->retranslate();
    m_caseModel->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    keepUnsentText();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void MainWindow::keepUnsentText()
{
    m_reply->keepUnsent();
}

void MainWindow::selectQueue(Queue queue)
{
    const int row = m_queueModel->rowOf(queue);
    if (row >= 0)
        m_queues->setCurrentIndex(m_queueModel->index(row));
}

void MainWindow::refresh()
{
    m_queueModel->refresh();
    m_caseModel->refresh();
    m_table->selectFirstIfNone();
    showCase(m_table->currentCaseId());
}

void MainWindow::showCase(CaseId id)
{
    const std::optional<Case> c = id ? m_store.caseById(id) : std::nullopt;
    const QList<CaseAction> allowed = c ? m_actions.allowed(id) : QList<CaseAction>{};
    m_detail->setCase(c);
    m_reply->setCase(c, allowed, c ? m_store.localDraft(id) : QString());
    m_actionBar->setCase(c, allowed);
}

void MainWindow::perform(CaseId id, CaseAction action, const QJsonObject &params)
{
    const ActionOutcome outcome = m_actions.perform(id, action, params);
    if (!outcome.ok()) {
        qCWarning(lcMainWindow) << "action refused locally:" << toCode(action) << outcome.message;
        QMessageBox box(QMessageBox::Warning, DisplayNames::action(action),
                        DisplayNames::outcome(outcome.code()), QMessageBox::NoButton, this);
        box.addButton(tr("Close"), QMessageBox::AcceptRole);
        box.exec();
        return;
    }
    const bool reply = action == CaseAction::DraftReply || action == CaseAction::SubmitReply ||
                       action == CaseAction::Approve;
    if (reply) {
        m_reply->markSent(id);
        m_store.setLocalDraft(id, QString()); // the text is in the outbox now
    }
    m_notifier->rebase(); // the user's own action is not news
    statusBar()->showMessage(
        tr("%1: saved on this PC, being sent to the server.").arg(DisplayNames::action(action)),
        8000);
    m_sync.syncNow();
    refresh();
}

void MainWindow::revealPhone(CaseId id)
{
    statusBar()->showMessage(tr("Asking the server for the phone number…"), 8000);
    // The answer may come after this window closed (a logout): then it is dropped.
    m_sync.revealPhone(id,
                       [self = QPointer<MainWindow>(this),
                        id](const ApiResult &r, const std::optional<Case> &, const QString &phone) {
                           if (self)
                               self->phoneAnswered(id, r, phone);
                       });
}

void MainWindow::phoneAnswered(CaseId id, const ApiResult &r, const QString &phone)
{
    if (r.ok()) {
        // In the view only: the cache has the case as answered, the number masked.
        m_detail->showRevealedPhone(id, phone);
        statusBar()->showMessage(
            tr("The phone number is shown; the case's history records that you looked."), 8000);
        refresh();
        return;
    }
    qCInfo(lcMainWindow) << "phone reveal of case" << id << "failed:" << int(r.kind)
                         << r.httpStatus;
    const QString problem = r.kind == ApiResult::Kind::Offline
                                ? tr("Showing the phone number needs a connection to the server.")
                                : tr("The phone number could not be shown: %1").arg(r.message);
    m_detail->showPhoneProblem(id, problem);
    statusBar()->showMessage(problem, 15000);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About PAKN Desk"),
                    tr("<b>PAKN Desk %1</b><br>The staff workbench for citizens' feedback and "
                       "requests (phản ánh, kiến nghị): receive, route, handle and answer them, "
                       "online or offline.")
                        .arg(QStringLiteral(PAKN_VERSION)),
                    QMessageBox::NoButton, this);
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace pakn
