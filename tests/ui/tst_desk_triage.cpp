// Triage end to end through the real desk and the real server: the city
// coordinator routes a new case to a ward with the unit picker, the ward's
// leader accepts it and assigns it to an officer, and the officer finds it in
// "assigned to me" — each step done with the keyboard as staff do it.

#include "ActionBar.h"
#include "ActionParamsDialog.h"
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "DeskDriver.h"
#include "Typing.h"
#include "UnitPicker.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace pakn;
using pakn::testing::Desk;

class TestDeskTriage : public QObject
{
    Q_OBJECT
    ServerProcess m_server{120};

    // Waits until `queue` lists something, selects its first case and returns it.
    static CaseId selectFirst(MainWindow *window, Queue queue)
    {
        window->selectQueue(queue);
        CaseTableModel *model = window->caseModel();
        if (!QTest::qWaitFor([model] { return model->rowCount() > 0; }, 20000))
            return 0;
        const CaseId id = model->caseIdAt(0);
        return window->caseTable()->selectCase(id) ? id : 0;
    }
    // Waits until the queued actions reached the server.
    static bool drained(DeskSession &session)
    {
        Outbox outbox(session.caseStore()->database());
        return QTest::qWaitFor([&outbox] { return outbox.count() == 0; }, 20000);
    }
    static ActionParamsDialog *openedDialog(ActionBar *bar)
    {
        const bool open = QTest::qWaitFor(
            [bar] { return bar->openDialog() && bar->openDialog()->isVisible(); }, 5000);
        return open ? bar->openDialog() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void routeAcceptAssignAndTheOfficerHasIt()
    {
        CaseId id = 0;
        UnitId kimMa = 0;
        {
            Desk desk;
            MainWindow *window =
                pakn::testing::openWindow(desk, m_server, QStringLiteral("coordinator"));
            QVERIFY(window);
            id = selectFirst(window, Queue::NewCases);
            QVERIFY2(id, "the coordinator has no new case to route");
            QPushButton *route = window->actionBar()->button(CaseAction::Route);
            QVERIFY(route && route->isVisible());
            route->setFocus();
            QTest::keyClick(route, Qt::Key_Space);
            ActionParamsDialog *dialog = openedDialog(window->actionBar());
            QVERIFY(dialog);
            QTRY_COMPARE(QApplication::focusWidget(), dialog->unitPicker()->filterEdit());
            pakn::testing::typeText(dialog->unitPicker()->filterEdit(), QStringLiteral("kim ma"));
            kimMa = dialog->unitPicker()->currentUnitId();
            QVERIFY(kimMa != 0);
            QTest::keyClick(dialog->unitPicker()->filterEdit(), Qt::Key_Return);
            QTRY_VERIFY(!window->actionBar()->openDialog());

            // At once on this desk, then on the server.
            CaseStore &store = *desk.session.caseStore();
            QCOMPARE(store.caseById(id)->status, CaseStatus::PendingAcceptance);
            QCOMPARE(store.caseById(id)->unitId, kimMa);
            QVERIFY(drained(desk.session));
        }
        {
            Desk desk;
            MainWindow *window =
                pakn::testing::openWindow(desk, m_server, QStringLiteral("leader"));
            QVERIFY(window);
            CaseStore &store = *desk.session.caseStore();
            window->selectQueue(Queue::ToAccept);
            QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(id) >= 0, 20000);
            QVERIFY(window->caseTable()->selectCase(id));
            QPushButton *accept = window->actionBar()->button(CaseAction::Accept);
            QVERIFY(accept && accept->isVisible());
            accept->setFocus();
            QTest::keyClick(accept, Qt::Key_Space); // accepting needs no dialog
            QCOMPARE(store.caseById(id)->status, CaseStatus::InProgress);
            QVERIFY(store.caseById(id)->acceptedAt.isValid());

            // Now nobody has it: the leader assigns it from the officer picker.
            window->selectQueue(Queue::ToAssign);
            QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(id) >= 0, 5000);
            QVERIFY(window->caseTable()->selectCase(id));
            QPushButton *assign = window->actionBar()->button(CaseAction::Assign);
            QVERIFY(assign && assign->isVisible());
            assign->setFocus();
            QTest::keyClick(assign, Qt::Key_Space);
            ActionParamsDialog *dialog = openedDialog(window->actionBar());
            QVERIFY(dialog);
            QComboBox *officers = dialog->officerBox();
            QTRY_COMPARE(QApplication::focusWidget(), officers);
            UserId officerId = 0;
            for (const Account &a : store.accounts())
                if (a.login == u"officer")
                    officerId = a.id;
            QVERIFY(officerId != 0);
            const int at = officers->findData(officerId);
            QVERIFY(at > 0);
            while (officers->currentIndex() < at)
                QTest::keyClick(officers, Qt::Key_Down);
            QTest::keyClick(officers, Qt::Key_Return);
            QTRY_VERIFY(!window->actionBar()->openDialog());
            QCOMPARE(store.caseById(id)->assigneeId, officerId);
            QVERIFY(drained(desk.session));
        }
        {
            Desk desk;
            MainWindow *window =
                pakn::testing::openWindow(desk, m_server, QStringLiteral("officer"));
            QVERIFY(window);
            window->selectQueue(Queue::AssignedToMe);
            QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(id) >= 0, 20000);
            const Case c = *desk.session.caseStore()->caseById(id);
            QCOMPARE(c.status, CaseStatus::InProgress);
            QCOMPARE(c.unitId, kimMa);
            QStringList steps;
            for (const CaseEvent &e : c.history)
                steps << e.action;
            QVERIFY2(steps.join(u' ').endsWith(u"route accept assign"),
                     qPrintable(steps.join(u' ')));
        }
    }
};

QTEST_MAIN(TestDeskTriage)
#include "tst_desk_triage.moc"
