// The desktop client against the real pakn-server: log in through the login
// dialog, see the officer's cases, narrow them by typing in the search box,
// and submit a reply that reaches the server through the outbox. Logging out
// can delete this computer's copy of the cases, after saying what is unsent.

#include "../app/SyncClient.h" // logIn(), for the administrator
#include "ActionBar.h"
#include "CaseDetailView.h"
#include "CaseNotifier.h"
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "ClientProfile.h"
#include "DeskDriver.h"
#include "DeskPreferences.h"
#include "DeskSession.h"
#include "DisplayNames.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "OfflineBanner.h"
#include "OutboxDialog.h"
#include "QueueListModel.h"
#include "ReplyEditor.h"
#include "SearchBox.h"
#include "ServerProcess.h"
#include "SessionCount.h"
#include "SettingsDialog.h"
#include "ShortcutHelpDialog.h"
#include "SyncStatusWidget.h"
#include "Typing.h"
#include "UiLanguage.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "domain/TextFolding.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pakn;
using pakn::testing::typeText;

using pakn::testing::Desk;

class TestDeskSmoke : public QObject
{
    Q_OBJECT
    ServerProcess m_server{200};
    CaseId m_submitted = 0; // the case the officer's test submitted for approval

    MainWindow *openWindow(Desk &desk, const QString &user)
    {
        return pakn::testing::openWindow(desk, m_server, user);
    }
    static void fill(QWidget *parent, const char *name, const QString &text)
    {
        pakn::testing::fillLine(parent, name, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void officerLogsInSearchesAndSubmitsAReply()
    {
        Desk desk;
        DeskSession &session = desk.session;
        QVERIFY(session.start());

        // Log in through the dialog; a wrong password first.
        QTRY_VERIFY(session.loginDialog());
        LoginDialog *dialog = session.loginDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        fill(dialog, "serverEdit", m_server.url().toString());
        fill(dialog, "fingerprintEdit", m_server.fingerprintText());
        fill(dialog, "userEdit", QStringLiteral("officer"));
        fill(dialog, "passwordEdit", QStringLiteral("wrong"));
        auto *loginButton = dialog->findChild<QPushButton *>(QStringLiteral("loginButton"));
        QVERIFY(loginButton);
        QTest::mouseClick(loginButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!session.mainWindow());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(),
                 QStringLiteral("officer"));

        fill(dialog, "passwordEdit", QStringLiteral("demo"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                        Qt::Key_Return); // Enter logs in
        QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 20000);
        MainWindow *window = session.mainWindow();
        QVERIFY(window->isVisible());
        // The profile remembers where and who, never the password.
        ClientProfile reread(desk.profileDir.path());
        QString error;
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.login, QStringLiteral("officer"));
        QCOMPARE(reread.endpoint.fingerprint, m_server.fingerprint());

        // The first sync round fills the table.
        window->selectQueue(Queue::UnitOpen);
        CaseTableModel *model = window->caseModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->canFetchMore({}), 20000);
        const int all = model->rowCount();

        // Typing a word without diacritics narrows the table as you type.
        CaseStore &store = *session.caseStore();
        const CaseId firstId = model->caseIdAt(0);
        const QString word = distinctiveWord(store, store.caseById(firstId)->title, all);
        QVERIFY2(!word.isEmpty(), "no title word narrows the queue");
        QTest::keyClicks(window->searchBox(), word);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < all, 5000);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowOf(firstId) >= 0);
        QTest::keyClick(window->searchBox(), Qt::Key_Escape);
        QCOMPARE(window->searchBox()->text(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), all, 5000);

        // A search that leaves out the case shown shows the first case it finds.
        const QString other =
            wordLeavingOut(store, *model, all, window->caseTable()->currentCaseId());
        QVERIFY2(!other.isEmpty(), "no title word leaves the case shown out");
        QTest::keyClicks(window->searchBox(), other);
        QTRY_COMPARE_WITH_TIMEOUT(model->query().search, other, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window->caseTable()->currentCaseId(), model->caseIdAt(0), 5000);
        QVERIFY(model->caseIdAt(0) != 0);
        // Shown once the rows rest.
        QTRY_VERIFY_WITH_TIMEOUT(window->detailView()->currentCase() &&
                                     window->detailView()->currentCase()->id == model->caseIdAt(0),
                                 5000);
        QTest::keyClick(window->searchBox(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), all, 5000);

        // Select a case assigned to the officer that is in progress.
        window->selectQueue(Queue::AssignedToMe);
        CaseId target = 0;
        QTRY_VERIFY_WITH_TIMEOUT((target = inProgressCase(store, *model)) != 0, 5000);
        QVERIFY(window->caseTable()->selectCase(target));
        QCOMPARE(window->caseTable()->currentCaseId(), target);
        const qint64 versionBefore = store.caseById(target)->version;

        ReplyEditor *reply = window->replyEditor();
        QVERIFY(!reply->editor()->isReadOnly());
        reply->editor()->clear();
        const QString text = QStringLiteral("Phường đã kiểm tra hiện trường và xử lý xong.");
        typeText(reply->editor(), text);
        // Submitting asks first (no evidence can be attached yet); confirm it.
        pakn::testing::clickInModal(QStringLiteral("goAheadButton"));
        QTest::mouseClick(reply->button(CaseAction::SubmitReply), Qt::LeftButton);

        // Locally at once: awaiting approval, marked as not yet sent.
        QCOMPARE(store.caseById(target)->status, CaseStatus::AwaitingApproval);
        QCOMPARE(store.caseById(target)->replyDraft, text);
        const QModelIndex row = model->index(model->rowOf(target), int(CaseColumn::Status));
        QCOMPARE(model->data(row).toString(), DisplayNames::status(CaseStatus::AwaitingApproval));
        QCOMPARE(model->data(row).toString(), QStringLiteral("chờ phê duyệt"));

        // After the sync round the outbox is empty and the server's copy agrees.
        Outbox outbox(store.database());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.count(), 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(store.caseById(target)->version > versionBefore, 20000);
        QCOMPARE(store.caseById(target)->status, CaseStatus::AwaitingApproval);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(model->rowOf(target), 0), CaseTableModel::PendingRole)
                 .toBool(),
            20000);
        QCOMPARE(window->caseTable()->currentCaseId(), target); // selection kept
        m_submitted = target;
    }

    void leaderApprovesAndTheClientSaysWhenItIsOffline()
    {
        QVERIFY2(m_submitted, "needs the officer's submitted case");
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("leader"));
        QVERIFY(window);
        CaseStore &store = *session.caseStore();

        // The officer's reply waits in the leader's approval queue.
        window->selectQueue(Queue::AwaitingApproval);
        CaseTableModel *model = window->caseModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_submitted) >= 0, 20000);
        QVERIFY(window->caseTable()->selectCase(m_submitted));
        ReplyEditor *reply = window->replyEditor();
        QPushButton *approve = reply->button(CaseAction::Approve);
        QVERIFY(approve && approve->isEnabled());

        // Approving asks first (it publishes to the citizen); confirm it.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(store.caseById(m_submitted)->status, CaseStatus::Answered);
        Outbox outbox(store.database());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.count(), 0, 20000);
        QCOMPARE(store.caseById(m_submitted)->status, CaseStatus::Answered);
        QVERIFY(!store.caseById(m_submitted)->replyPublished.isEmpty());

        // The server goes away: the status bar says so, the cases stay usable.
        m_server.stop();
        session.syncController()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            window->syncStatus()->stateText().startsWith(QStringLiteral("Ngoại tuyến")), 20000);
        window->selectQueue(Queue::Closed);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_submitted) >= 0, 5000);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        session.syncController()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            window->syncStatus()->stateText().startsWith(QStringLiteral("Đã đồng bộ")), 20000);
    }

    void keyboardDrivesTheWindow()
    {
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("officer"));
        QVERIFY(window);
        CaseStore &store = *session.caseStore();
        CaseTableModel *model = window->caseModel();
        CaseTableView *table = window->caseTable();
        window->selectQueue(Queue::AssignedToMe);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 2, 20000);

        // j and k move down and up the table; Enter opens the case (its detail gets the focus).
        table->setFocus();
        QVERIFY(table->selectCase(model->caseIdAt(0)));
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentCaseId(), model->caseIdAt(1));
        QTest::keyClick(table, Qt::Key_J);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentCaseId(), model->caseIdAt(1));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentCaseId(), model->caseIdAt(2));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window->detailView()->hasFocus());

        // "/" goes to the search box, where letters are text, not shortcuts.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Slash);
        QVERIFY(window->searchBox()->hasFocus());
        QTest::keyClicks(window->searchBox(), QStringLiteral("jk"));
        QCOMPARE(window->searchBox()->text(), QStringLiteral("jk"));
        QCOMPARE(table->currentCaseId(), model->caseIdAt(2));
        QTest::keyClick(window->searchBox(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 2, 5000);
        QTest::keyClick(window->searchBox(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window->searchBox()->hasFocus());

        // F1 (or ?) lists every shortcut.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F1);
        auto *help = window->findChild<ShortcutHelpDialog *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QStringList keys;
        for (const auto &row : help->rows())
            keys << row.first;
        for (const char *k : {"J", "K", "O", "R", "A", "/", "F1", "?", "F5"})
            QVERIFY2(keys.join(QLatin1Char(' ')).contains(QLatin1String(k)), k);
        QVERIFY(keys.join(QLatin1Char(' ')).contains(QStringLiteral("Ctrl+Return")));
        help->close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // r starts a reply, Ctrl+Enter submits it.
        CaseId target = 0;
        QTRY_VERIFY_WITH_TIMEOUT((target = inProgressCase(store, *model)) != 0, 5000);
        QVERIFY(table->selectCase(target));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_R);
        ReplyEditor *reply = window->replyEditor();
        QVERIFY(reply->editor()->hasFocus());
        reply->editor()->selectAll();
        const QString text = QStringLiteral("Đã xử lý xong theo đúng quy định, trân trọng.");
        typeText(reply->editor(), text);
        pakn::testing::clickInModal(QStringLiteral("goAheadButton")); // no evidence: send anyway
        QTest::keyClick(reply->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(store.caseById(target)->status, CaseStatus::AwaitingApproval);
        QCOMPARE(store.caseById(target)->replyDraft, text);
    }

    void offlineBannerAndDiscardingAQueuedReply()
    {
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("officer"));
        QVERIFY(window);
        CaseStore &store = *session.caseStore();
        CaseTableModel *model = window->caseModel();
        window->selectQueue(Queue::AssignedToMe);
        CaseId target = 0;
        QTRY_VERIFY_WITH_TIMEOUT((target = inProgressCase(store, *model)) != 0, 20000);
        OfflineBanner *banner = window->offlineBanner();
        QVERIFY(banner->isHidden());

        // The server goes away: the banner says so.
        m_server.stop();
        session.syncController()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 20000);
        QVERIFY(banner->outboxButton()->isHidden()); // nothing queued yet

        // A draft saved offline is queued; the banner counts it.
        QVERIFY(window->caseTable()->selectCase(target));
        ReplyEditor *reply = window->replyEditor();
        reply->editor()->selectAll();
        const QString text = QStringLiteral("Nội dung trả lời soạn khi mất kết nối.");
        typeText(reply->editor(), text);
        QTest::mouseClick(reply->button(CaseAction::DraftReply), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->outboxButton()->isHidden(), 20000);
        QVERIFY2(banner->text().contains(QLatin1Char('1')), qPrintable(banner->text()));

        // The outbox dialog lists it; once an attempt failed it can be discarded.
        QTest::mouseClick(banner->outboxButton(), Qt::LeftButton);
        auto *outbox = window->findChild<OutboxDialog *>();
        QVERIFY(outbox && outbox->isVisible());
        QCOMPARE(outbox->table()->rowCount(), 1);
        QVERIFY(outbox->table()->item(0, 0)->text().contains(QString::number(target)));
        QTRY_VERIFY_WITH_TIMEOUT(outbox->discardButton()->isEnabled(), 20000);
        QVERIFY(!outbox->table()->item(0, 4)->text().isEmpty()); // the last error

        // Discarding asks first; "keep" keeps it.
        const auto answer = [this](QMessageBox::ButtonRole role) {
            QTimer::singleShot(0, this, [role] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == role)
                        b->click();
            });
        };
        answer(QMessageBox::RejectRole);
        QVERIFY(!outbox->discardSelected());
        QCOMPARE(Outbox(store.database()).count(), 1);
        answer(QMessageBox::AcceptRole);
        QTest::mouseClick(outbox->discardButton(), Qt::LeftButton);
        QCOMPARE(Outbox(store.database()).count(), 0);
        QCOMPARE(outbox->table()->rowCount(), 0);
        QCOMPARE(store.localDraft(target), text); // never lost
        outbox->close();

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 20000);
        // Back online, the case is fetched again: the discarded draft is gone from it.
        QTRY_VERIFY_WITH_TIMEOUT(store.caseById(target)->replyDraft != text, 20000);
        QCOMPARE(store.localDraft(target), text);
    }

    void aNewRoleReloadsTheQueuesWithoutARestart()
    {
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("officer2"));
        QVERIFY(window);
        QCOMPARE(window->account().role, Role::Officer);
        QCOMPARE(window->queueModel()->rowOf(Queue::ToAccept), -1);

        // An administrator makes officer2 a leader of the same unit.
        synctest::Client admin(m_server, QStringLiteral("admin"));
        QVERIFY(synctest::logIn(admin.profile, QStringLiteral("demo")).ok);
        ApiClient api(admin.profile.endpoint);
        api.setToken(admin.profile.readToken());
        const auto setRole = [&api, window](const QString &role) {
            std::optional<ApiResult> answer;
            api.post(QStringLiteral("admin/users/officer2/role"),
                     {{QStringLiteral("role"), role},
                      {QStringLiteral("unitId"), window->account().unitId}},
                     [&answer](const ApiResult &r) { answer = r; });
            return QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000) && answer->ok();
        };
        QVERIFY(setRole(QStringLiteral("leader")));
        session.syncController()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(window->account().role, Role::Leader, 20000);
        QCOMPARE(window->queueModel()->rowOf(Queue::ToAccept), 0); // a leader starts there
        QVERIFY(window->windowTitle().contains(DisplayNames::role(Role::Leader)));

        // The leader's "a" assigns: it opens the assign dialog for a case that may be assigned.
        window->selectQueue(Queue::UnitOpen);
        CaseTableModel *model = window->caseModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        QPushButton *assign = window->actionBar()->button(CaseAction::Assign);
        QVERIFY(assign);
        bool found = false;
        for (int r = 0; r < model->rowCount() && !found; ++r) {
            QVERIFY(window->caseTable()->selectCase(model->caseIdAt(r)));
            found = assign->isVisible() && assign->isEnabled();
        }
        QVERIFY2(found, "no case the leader may assign");
        window->caseTable()->setFocus();
        QTest::keyClick(window->caseTable(), Qt::Key_A);
        // The action bar opens its dialog window-modal (open(), not exec()).
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *modal = QApplication::activeModalWidget();
        QCOMPARE(QString::fromLatin1(modal->metaObject()->className()),
                 QStringLiteral("pakn::ActionParamsDialog"));
        qobject_cast<QDialog *>(modal)->reject();
        QVERIFY(setRole(QStringLiteral("officer"))); // back, for the other tests
    }

    void settingsApplyLiveAndANewServerMeansLoggingInAgain()
    {
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("officer"));
        QVERIFY(window);
        const int systemSize = QApplication::font().pointSize();

        // Ctrl+, opens the settings.
        QTest::keyClick(window->caseTable(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *settings = window->findChild<SettingsDialog *>();
        QVERIFY(settings && settings->isVisible());
        auto *font = settings->findChild<QSpinBox *>(QStringLiteral("settingsFontSize"));
        auto *interval = settings->findChild<QSpinBox *>(QStringLiteral("settingsInterval"));
        auto *lang = settings->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        auto *assigned = settings->findChild<QCheckBox *>(QStringLiteral("notifyAssigned"));
        QVERIFY(font && interval && lang && assigned);
        QCOMPARE(interval->value(), 30);
        font->setValue(systemSize + 4);
        interval->setValue(90);
        lang->setCurrentIndex(lang->findData(QStringLiteral("en")));
        assigned->setChecked(false);
        QTest::keyClick(settings, Qt::Key_Return);

        // Applied at once, and kept in the profile.
        QCOMPARE(QApplication::font().pointSize(), systemSize + 4);
        QTRY_COMPARE(window->caseTable()->font().pointSize(), systemSize + 4);
        QCOMPARE(desk.language.current(), QStringLiteral("en"));
        QVERIFY(!window->notifier()->isEnabled(CaseNotifier::Kind::Assigned));
        QVERIFY(window->notifier()->isEnabled(CaseNotifier::Kind::DueToday));
        const DeskPreferences stored = DeskPreferences::load(desk.profileDir.path());
        QCOMPARE(stored.syncIntervalSeconds, 90);
        QCOMPARE(stored.fontPointSize, systemSize + 4);
        QVERIFY(!stored.notifyAssigned);
        ClientProfile reread(desk.profileDir.path());
        QString error;
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.language, QStringLiteral("en"));

        // A malformed fingerprint is refused in the dialog.
        settings = session.showSettings();
        QVERIFY(settings);
        auto *fingerprint = settings->findChild<QLineEdit *>(QStringLiteral("settingsFingerprint"));
        fingerprint->setText(QStringLiteral("AB:CD"));
        QTest::keyClick(settings, Qt::Key_Return);
        QVERIFY(settings->isVisible());
        QVERIFY(!settings->errorText().isEmpty());

        // Another server: back to the login dialog, the token forgotten.
        fingerprint->setText(m_server.fingerprintText());
        auto *server = settings->findChild<QLineEdit *>(QStringLiteral("settingsServer"));
        QUrl other = m_server.url();
        other.setPort(other.port() + 1);
        server->setText(other.toString());
        // back to the system size for the other tests
        settings->findChild<QSpinBox *>(QStringLiteral("settingsFontSize"))->setValue(0);
        QTest::keyClick(settings, Qt::Key_Return);
        QTRY_VERIFY(!session.mainWindow());
        QVERIFY(session.loginDialog() && session.loginDialog()->isVisible());
        QVERIFY(desk.profile.readToken().isEmpty());
        QCOMPARE(desk.profile.endpoint.baseUrl, other);
        QCOMPARE(QApplication::font().pointSize(), systemSize);
        QVERIFY(desk.language.use(QStringLiteral("vi")));
    }

    void logOutEverywhereEndsTheOtherComputersSessions()
    {
        // The same account is also logged in elsewhere (another profile: another computer).
        synctest::Client elsewhere(m_server, QStringLiteral("officer3"));
        QVERIFY(synctest::logIn(elsewhere.profile, QStringLiteral("demo")).ok);
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("officer3"));
        QVERIFY(window);
        QVERIFY(sessionCount(m_server, QStringLiteral("officer3")) >= 2);

        auto *everywhere = window->findChild<QAction *>(QStringLiteral("logoutEverywhereAction"));
        QVERIFY(everywhere && everywhere->isEnabled());
        everywhere->trigger();
        QTRY_VERIFY(!session.mainWindow());
        QVERIFY(session.loginDialog() && session.loginDialog()->isVisible());
        QVERIFY(desk.profile.readToken().isEmpty());
        // The login dialog says it was done, once the server confirmed it.
        QTRY_VERIFY_WITH_TIMEOUT(!session.loginDialog()->errorText().isEmpty(), 20000);
        QCOMPARE(session.loginDialog()->errorText(),
                 QCoreApplication::translate(
                     "pakn::DeskSession",
                     "Every session of this account has ended, on every computer."));
        QCOMPARE(sessionCount(m_server, QStringLiteral("officer3")), 0);
    }

    void logOutCanDeleteThisComputersCopyAfterSayingWhatIsUnsent()
    {
        Desk desk;
        DeskSession &session = desk.session;
        MainWindow *window = openWindow(desk, QStringLiteral("officer"));
        QVERIFY(window);
        QVERIFY(desk.language.use(QStringLiteral("en")));
        window->selectQueue(Queue::UnitOpen);
        QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowCount() > 0, 20000);
        const CaseId drafted = window->caseModel()->caseIdAt(0);
        QVERIFY(session.caseStore()->setLocalDraft(drafted, QStringLiteral("not sent yet")));
        const QDir profile(desk.profileDir.path());
        QVERIFY(profile.mkpath(QStringLiteral("files/thumbs"))); // a downloaded thumbnail
        QFile thumb(profile.filePath(QStringLiteral("files/thumbs/0.jpg")));
        QVERIFY(thumb.open(QIODevice::WriteOnly) && thumb.write("jpeg") == 4);
        thumb.close();
        auto *wipe = window->findChild<QAction *>(QStringLiteral("logoutWipeAction"));
        QVERIFY(wipe && wipe->isEnabled());

        // It says what would be lost, and Cancel keeps everything.
        const auto confirmation = [window] {
            return window->findChild<QMessageBox *>(QStringLiteral("wipeConfirmation"));
        };
        wipe->trigger();
        QTRY_VERIFY(confirmation() && confirmation()->isVisible());
        QVERIFY2(confirmation()->text().contains(QStringLiteral("1 saved reply draft")),
                 qPrintable(confirmation()->text()));
        confirmation()->reject();
        QTRY_VERIFY(!confirmation());
        QCOMPARE(session.mainWindow(), window);
        QCOMPARE(session.caseStore()->localDraft(drafted), QStringLiteral("not sent yet"));

        // Deleting: logged out, the cases, drafts and attachments gone, the settings kept.
        wipe->trigger();
        QTRY_VERIFY(confirmation() && confirmation()->isVisible());
        auto *everywhere =
            confirmation()->findChild<QCheckBox *>(QStringLiteral("wipeEverywhereBox"));
        QVERIFY(everywhere && !everywhere->isChecked());
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("wipeButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!session.mainWindow());
        LoginDialog *dialog = session.loginDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(desk.profile.readToken().isEmpty());
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(session.caseStore());
        QVERIFY(!session.caseStore()->me());
        QCOMPARE(session.caseStore()->localDraftCount(), 0);
        CaseQuery all;
        all.queue = Queue::UnitOpen;
        QCOMPARE(session.caseStore()->count(all), 0);
        // The attachments folder goes (moved aside at once, removed in the background).
        QTRY_COMPARE(profile.entryList({QStringLiteral("files*")}, QDir::AllEntries),
                     QStringList());
        ClientProfile reread(desk.profileDir.path());
        QVERIFY(reread.load(nullptr));
        QCOMPARE(reread.login, QStringLiteral("officer"));
        QCOMPARE(reread.endpoint.fingerprint, m_server.fingerprint());

        // The next login syncs a fresh copy.
        fill(dialog, "passwordEdit", QStringLiteral("demo"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 20000);
        session.mainWindow()->selectQueue(Queue::UnitOpen);
        QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow()->caseModel()->rowCount() > 0, 20000);
        QVERIFY(session.caseStore()->localDraft(drafted).isEmpty());
        QVERIFY(desk.language.use(QStringLiteral("vi"))); // back, for the other tests
    }

private:
    // A word of `title`, typed without diacritics, that matches fewer than `all` cases.
    static QString distinctiveWord(const CaseStore &store, const QString &title, int all)
    {
        QStringList words = foldForSearch(title).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::sort(words.begin(), words.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &w : words) {
            CaseQuery q;
            q.queue = Queue::UnitOpen;
            q.search = w;
            const int n = store.count(q);
            if (w.size() >= 3 && n > 0 && n < all)
                return w;
        }
        return {};
    }

    // A title word of a case in the table whose search finds cases, not `shown`.
    static QString wordLeavingOut(const CaseStore &store, const CaseTableModel &model, int all,
                                  CaseId shown)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString word =
                distinctiveWord(store, store.caseById(model.caseIdAt(r))->title, all);
            CaseQuery q;
            q.queue = Queue::UnitOpen;
            q.search = word;
            bool found = false;
            for (const CaseRow &row : store.page(q, {}, all))
                found = found || row.id == shown;
            if (!word.isEmpty() && !found)
                return word;
        }
        return {};
    }

    static CaseId inProgressCase(const CaseStore &store, const CaseTableModel &model)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto c = store.caseById(model.caseIdAt(r));
            if (c && c->status == CaseStatus::InProgress)
                return c->id;
        }
        return 0;
    }
};

QTEST_MAIN(TestDeskSmoke)
#include "tst_desk_smoke.moc"
