// Bulk actions on selected cases, driven with clicks and keys under offscreen:
// bulk accept where one case cannot be accepted (the result dialog says why),
// bulk assign with one officer dialog, bulk route keeping each case's field.

#include "BulkActionPanel.h"
#include "CacheFixture.h"
#include "DisplayNames.h"
#include "Typing.h"
#include "UnitPicker.h"
#include "cache/LocalActions.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pakn;
using namespace pakn::testing;

namespace {
Account leader()
{
    return {12, QStringLiteral("lead"), QStringLiteral("Phạm Thu"), Role::Leader, 5};
}
Account coordinator()
{
    return {2, QStringLiteral("coord"), QStringLiteral("Nguyễn Thu Hương"), Role::Coordinator, 1};
}

struct Desk
{
    explicit Desk(const Account &me) : cache(12)
    {
        cache.store->setMe(me);
        cache.store->replaceUnits(
            {{1, 0, QStringLiteral("UBND Thành phố"), QStringLiteral("city")},
             {5, 1, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")},
             {6, 1, QStringLiteral("Phường Đội Cấn"), QStringLiteral("ward")}});
        cache.store->replaceAccounts({officer(), leader(), coordinator()});
        actions =
            std::make_unique<LocalActions>(cache.store->database(), rules, QStringLiteral("test"));
    }
    CacheFixture cache;
    WorkflowRules rules;
    std::unique_ptr<LocalActions> actions;
};
} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkAcceptReportsTheCaseThatFailed()
    {
        Desk desk(leader());
        BulkActionPanel panel(*desk.cache.store, *desk.actions);
        panel.setSelection({4});
        QVERIFY(panel.isHidden());     // one case: the action bar's job
        panel.setSelection({4, 5, 8}); // 5 is in progress already
        panel.show();
        QVERIFY(panel.button(CaseAction::Accept)->isVisible());
        QVERIFY(!panel.button(CaseAction::Route)->isVisible()); // not a leader's action
        QSignalSpy performed(&panel, &BulkActionPanel::performed);
        QTest::mouseClick(panel.button(CaseAction::Accept), Qt::LeftButton);
        QCOMPARE(performed.count(), 1);
        QTRY_VERIFY(panel.resultDialog() && panel.resultDialog()->isVisible());
        QTableWidget *table = panel.resultDialog()->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 0)->text(), u"5");
        QCOMPARE(table->item(1, 2)->text(), DisplayNames::outcome(QStringLiteral("wrong_status")));
        QCOMPARE(table->item(0, 2)->text(), table->item(2, 2)->text());
        QVERIFY(panel.resultDialog()->summary()->text().contains(QStringLiteral("2 of 3")));
        QCOMPARE(desk.cache.store->caseById(4)->status, CaseStatus::InProgress);
        QCOMPARE(desk.cache.store->caseById(8)->status, CaseStatus::InProgress);
        QCOMPARE(desk.cache.store->caseById(5)->history.size(), 0); // untouched
        QTest::keyClick(panel.resultDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!panel.resultDialog());
    }

    void bulkAssignUsesOneDialog()
    {
        Desk desk(leader());
        BulkActionPanel panel(*desk.cache.store, *desk.actions);
        panel.setSelection({1, 5, 9});
        panel.show();
        QTest::mouseClick(panel.button(CaseAction::Assign), Qt::LeftButton);
        QTRY_VERIFY(panel.openDialog() && panel.openDialog()->isVisible());
        QComboBox *officers = panel.openDialog()->officerBox();
        QTRY_COMPARE(QApplication::focusWidget(), officers);
        QCOMPARE(officers->currentIndex(), 0);   // no officer preselected for several cases
        QTest::keyClick(officers, Qt::Key_Down); // Lê Thị Lan
        QTest::keyClick(officers, Qt::Key_Return);
        QTRY_VERIFY(panel.resultDialog() && panel.resultDialog()->isVisible());
        for (CaseId id : {1, 5, 9})
            QCOMPARE(desk.cache.store->caseById(id)->assigneeId, officer().id);
        QVERIFY(panel.resultDialog()->summary()->text().contains(QStringLiteral("all 3")));
    }

    void bulkRouteKeepsEachCasesField()
    {
        Desk desk(coordinator());
        QString error;
        for (int id : {2, 3}) {
            Case c = *desk.cache.store->caseById(id);
            c.status = CaseStatus::New;
            c.unitId = 0;
            c.unitName.clear();
            QVERIFY2(desk.cache.store->storeServerCase(c, &error), qPrintable(error));
        }
        BulkActionPanel panel(*desk.cache.store, *desk.actions);
        panel.setSelection({2, 3});
        panel.show();
        QVERIFY(!panel.button(CaseAction::Accept)->isVisible());
        QTest::mouseClick(panel.button(CaseAction::Route), Qt::LeftButton);
        QTRY_VERIFY(panel.openDialog() && panel.openDialog()->isVisible());
        QLineEdit *filter = panel.openDialog()->unitPicker()->filterEdit();
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        typeText(filter, QStringLiteral("doi"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(panel.resultDialog() && panel.resultDialog()->isVisible());
        const Case two = *desk.cache.store->caseById(2);
        const Case three = *desk.cache.store->caseById(3);
        QCOMPARE(two.status, CaseStatus::PendingAcceptance);
        QCOMPARE(two.unitId, 6);
        QCOMPARE(two.field, u"environment");
        QCOMPARE(three.field, u"roads");
    }
};

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
