// Staff intake and the "to review" queue end to end through the real desk
// and the real server (issue 6): the city coordinator types in a hotline
// report with Ctrl+N, the server takes it, the desk announces its number and
// opens it once synced; then a case the citizen was not satisfied with shows
// in "to review", from which the coordinator reopens it.

#include "ActionBar.h"
#include "ActionParamsDialog.h"
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "DeskDriver.h"
#include "IntakeDialog.h"
#include "QueueListModel.h"
#include "Typing.h"
#include "cache/Outbox.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace pakn;
using pakn::testing::Desk;
using pakn::testing::typeText;

class TestDeskIntake : public QObject
{
    Q_OBJECT
    ServerProcess m_server{120};

    static bool drained(DeskSession &session)
    {
        Outbox outbox(session.caseStore()->database());
        return QTest::qWaitFor([&outbox] { return outbox.count() == 0; }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void aHotlineReportBecomesACaseOnTheDesk()
    {
        Desk desk;
        MainWindow *window =
            pakn::testing::openWindow(desk, m_server, QStringLiteral("coordinator"));
        QVERIFY(window);
        QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_N));
        auto *dialog = window->findChild<IntakeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QSignalSpy created(dialog, &IntakeDialog::caseCreated);
        QCOMPARE(dialog->channelBox()->currentData().toString(), QStringLiteral("hotline"));
        typeText(dialog->nameEdit(), QStringLiteral("Trần Thị Mai"));
        typeText(dialog->phoneEdit(), QStringLiteral("0987 654 321"));
        typeText(dialog->addressEdit(), QStringLiteral("Số 8 ngõ 15 Láng Hạ"));
        const QString description = QStringLiteral("Cột điện nghiêng sắp đổ ra lòng đường");
        typeText(dialog->descriptionEdit(), description);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click(); // the keys to it: tst_intakedialog
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        const qint64 id = created.first().first().toLongLong();
        QVERIFY(id > 0);
        QVERIFY(
            window->statusBar()->currentMessage().contains(QLatin1Char('#') + QString::number(id)));

        // Synced and opened: the case as the server stored it.
        CaseStore &store = *desk.session.caseStore();
        QTRY_VERIFY_WITH_TIMEOUT(store.caseById(id).has_value(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window->caseTable()->currentCaseId(), id, 10000);
        const Case c = *store.caseById(id);
        QCOMPARE(c.status, CaseStatus::New);
        QCOMPARE(c.channel, Channel::Hotline);
        QCOMPARE(c.description, description);
        QCOMPARE(c.reporterName, QStringLiteral("Trần Thị Mai"));
        QCOMPARE(c.address, QStringLiteral("Số 8 ngõ 15 Láng Hạ"));
        QVERIFY(!c.history.isEmpty());
        QCOMPARE(c.history.first().action, QStringLiteral("received"));
        QCOMPARE(c.history.first().actorId, window->account().id);
    }

    void aBadRatingGoesToReviewAndIsReopenedFromThere()
    {
        Desk desk;
        MainWindow *window =
            pakn::testing::openWindow(desk, m_server, QStringLiteral("coordinator"));
        QVERIFY(window);
        CaseStore &store = *desk.session.caseStore();
        QVERIFY(window->queueModel()->rowOf(Queue::ToReview) >= 0);
        // An answered case not yet rated: the coordinator records the
        // citizen's rating given on the phone.
        CaseQuery answered;
        answered.queue = Queue::Closed;
        answered.filter.status = CaseStatus::Answered;
        QTRY_VERIFY_WITH_TIMEOUT(store.count(answered) > 0, 20000);
        CaseId id = 0;
        for (const CaseRow &row : store.page(answered, {}, 200))
            if (!store.caseById(row.id)->rating) {
                id = row.id;
                break;
            }
        QVERIFY2(id, "no unrated answered case in the demo data");
        Q_EMIT window->actionBar()->actionRequested(
            id, CaseAction::Rate, {{QStringLiteral("rating"), QStringLiteral("not_satisfied")}});
        QVERIFY(drained(desk.session));

        window->selectQueue(Queue::ToReview);
        QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(id) >= 0, 20000);
        QTRY_VERIFY(window->queueModel()->countOf(Queue::ToReview) >= 1);
        QVERIFY(window->caseTable()->selectCase(id));
        QPushButton *reopen = window->actionBar()->button(CaseAction::Reopen);
        QVERIFY(reopen && reopen->isVisible() && reopen->isEnabled());
        reopen->setFocus();
        QTest::keyClick(reopen, Qt::Key_Space);
        QTRY_VERIFY(window->actionBar()->openDialog() &&
                    window->actionBar()->openDialog()->isVisible());
        ActionParamsDialog *dialog = window->actionBar()->openDialog();
        typeText(dialog->textEdit(), QStringLiteral("Công dân chưa hài lòng: giao xử lý lại"));
        dialog->okButton()->click();
        QTRY_VERIFY(!window->actionBar()->openDialog());
        QCOMPARE(store.caseById(id)->status, CaseStatus::InProgress);
        QVERIFY(drained(desk.session));
        CaseQuery toReview;
        toReview.queue = Queue::ToReview;
        QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(id) < 0, 20000);
        for (const CaseRow &row : store.page(toReview, {}, 200))
            QVERIFY(row.id != id);
    }
};

QTEST_MAIN(TestDeskIntake)
#include "tst_desk_intake.moc"
