// The action dialogs driven with keys and clicks under offscreen: routing with
// the type-to-filter unit picker, accept, assign, extension request and grant,
// rating, merge with the case picker, the local check's error, Escape.

#include "ActionBar.h"
#include "ActionParamsDialog.h"
#include "CacheFixture.h"
#include "CasePicker.h"
#include "Typing.h"
#include "UnitPicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace pakn;
using namespace pakn::testing;

namespace {
const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC); // Friday 10:00 VN

QList<Unit> units()
{
    return {{1, 0, QStringLiteral("UBND Thành phố"), QStringLiteral("city")},
            {2, 1, QStringLiteral("Quận Ba Đình"), QStringLiteral("district")},
            {5, 2, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")},
            {6, 2, QStringLiteral("Phường Đội Cấn"), QStringLiteral("ward")},
            {7, 1, QStringLiteral("Sở Giao thông Vận tải"), QStringLiteral("department")}};
}

QList<Account> accounts()
{
    return {{9, QStringLiteral("lan"), QStringLiteral("Lê Thị Lan"), Role::Officer, 5},
            {10, QStringLiteral("hung"), QStringLiteral("Trần Văn Hùng"), Role::Officer, 5},
            {11, QStringLiteral("other"), QStringLiteral("Ngô Minh"), Role::Officer, 6},
            {12, QStringLiteral("lead"), QStringLiteral("Phạm Thu"), Role::Leader, 5}};
}

Case inProgress()
{
    Case c = generatedCase(2);
    c.status = CaseStatus::InProgress;
    c.answerDeadline = now.addDays(2);
    return c;
}

ActionChoices choices()
{
    return {units(), accounts(), {}, {}, [] { return now; }};
}

Actor leader()
{
    return {12, Role::Leader, 5, QStringLiteral("Phạm Thu")};
}
} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routeWithTypeToFilterUnitPicker()
    {
        Case c = generatedCase(4);
        c.status = CaseStatus::New;
        ActionParamsDialog d(CaseAction::Route, {c}, choices());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_COMPARE(QApplication::focusWidget(), d.unitPicker()->filterEdit());
        QVERIFY(!d.okButton()->isEnabled());
        typeText(d.unitPicker()->filterEdit(), QStringLiteral("doi can")); // no diacritics
        QCOMPARE(d.unitPicker()->visibleCount(), 1);
        QCOMPARE(d.unitPicker()->currentUnitId(), 6);
        QVERIFY(d.okButton()->isEnabled());
        d.unitPicker()->filterEdit()->clear();
        typeText(d.unitPicker()->filterEdit(), QStringLiteral("phường"));
        QCOMPARE(d.unitPicker()->currentUnitId(), 5);
        QTest::keyClick(d.unitPicker()->filterEdit(), Qt::Key_Down); // the choice moves
        QCOMPARE(d.unitPicker()->currentUnitId(), 6);
        d.urgencyBox()->setCurrentIndex(d.urgencyBox()->findData(QStringLiteral("urgent")));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::keyClick(d.unitPicker()->filterEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(d.params().value(QStringLiteral("unitId")).toInteger(), 6);
        QCOMPARE(d.params().value(QStringLiteral("urgency")).toString(), u"urgent");
        QCOMPARE(d.params().value(QStringLiteral("field")).toString(), c.field);
    }

    void transferNeedsAnotherUnitAndAReason()
    {
        ActionParamsDialog d(CaseAction::Transfer, {inProgress()}, choices());
        QVERIFY(!d.unitPicker()->selectUnit(5)); // its own unit is not offered
        QVERIFY(d.unitPicker()->selectUnit(7));
        QVERIFY(!d.okButton()->isEnabled());
        typeText(d.textEdit(), QStringLiteral("Thuộc thẩm quyền của Sở"));
        QVERIFY(d.okButton()->isEnabled());
        QCOMPARE(d.params().value(QStringLiteral("reason")).toString(), u"Thuộc thẩm quyền của Sở");
    }

    void acceptNeedsNoDialogAndAssignPicksAnOfficerOfTheUnit()
    {
        Case c = generatedCase(1);
        c.status = CaseStatus::PendingAcceptance;
        ActionBar bar([] { return units(); }, [] { return accounts(); });
        bar.setCase(c, WorkflowRules::allowedActions(leader(), c));
        bar.show();
        QVERIFY(bar.button(CaseAction::Accept)->isVisible());
        QVERIFY(!bar.button(CaseAction::Assign)->isVisible());
        QSignalSpy requested(&bar, &ActionBar::actionRequested);
        QTest::mouseClick(bar.button(CaseAction::Accept), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).value<CaseAction>(), CaseAction::Accept);
        QVERIFY(!bar.openDialog());

        const Case work = inProgress();
        bar.setCase(work, WorkflowRules::allowedActions(leader(), work));
        QVERIFY(bar.button(CaseAction::Assign)->isVisible());
        QVERIFY(!bar.button(CaseAction::Accept)->isVisible());
        QTest::mouseClick(bar.button(CaseAction::Assign), Qt::LeftButton);
        QTRY_VERIFY(bar.openDialog() && bar.openDialog()->isVisible());
        QComboBox *officers = bar.openDialog()->officerBox();
        QCOMPARE(officers->count(), 4); // the prompt, two officers and the leader of unit 5
        QTRY_COMPARE(QApplication::focusWidget(), officers);
        QTest::keyClick(officers, Qt::Key_Down);
        QTest::keyClick(officers, Qt::Key_Down);
        QTest::keyClick(officers, Qt::Key_Return);
        QTRY_COMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(1).value<CaseAction>(), CaseAction::Assign);
        QCOMPARE(
            requested.at(1).at(2).toJsonObject().value(QStringLiteral("officerId")).toInteger(),
            10);
    }

    void escapeCancels()
    {
        ActionBar bar([] { return units(); }, [] { return accounts(); });
        const Case work = inProgress();
        bar.setCase(work, WorkflowRules::allowedActions(leader(), work));
        bar.show();
        QSignalSpy requested(&bar, &ActionBar::actionRequested);
        QTest::mouseClick(bar.button(CaseAction::Note), Qt::LeftButton);
        QTRY_VERIFY(bar.openDialog() && bar.openDialog()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), bar.openDialog()->textEdit());
        QTest::keyClick(bar.openDialog()->textEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!bar.openDialog());
        QCOMPARE(requested.count(), 0);
    }

    void extensionRequestThenGrantWithAnotherDate()
    {
        Case c = inProgress();
        c.assigneeId = 9;
        ActionParamsDialog request(CaseAction::RequestExtension, {c}, choices());
        QVERIFY(request.dateEdit()->minimumDate() > c.answerDeadline.date());
        QVERIFY(!request.okButton()->isEnabled());
        typeText(request.textEdit(), QStringLiteral("Cần khảo sát hiện trường"));
        QVERIFY(request.okButton()->isEnabled());
        request.dateEdit()->setDate(QDate(2026, 12, 10));
        QJsonObject p = request.params();
        QCOMPARE(p.value(QStringLiteral("proposedDeadline")).toString(), u"2026-12-10");
        WorkflowRules rules;
        const Actor officer{9, Role::Officer, 5, QStringLiteral("Lê Thị Lan")};
        QVERIFY(rules.apply(c, {CaseAction::RequestExtension, p, {}, {}, {}}, officer, now).ok());

        ActionParamsDialog grant(CaseAction::GrantExtension, {c}, choices());
        QVERIFY(grant.findChild<QLabel *>(QStringLiteral("extensionRequest"))
                    ->text()
                    .contains(QStringLiteral("Cần khảo sát hiện trường")));
        QVERIFY(grant.okButton()->isEnabled()); // the proposed date, no comment needed
        QVERIFY(!grant.params().contains(QStringLiteral("deadline")));
        QVERIFY(!grant.dateEdit()->isEnabled());
        QTest::mouseClick(grant.otherDateBox(), Qt::LeftButton);
        QVERIFY(grant.dateEdit()->isEnabled());
        grant.dateEdit()->setDate(QDate(2026, 12, 5));
        p = grant.params();
        QCOMPARE(p.value(QStringLiteral("deadline")).toString(), u"2026-12-05");
        QVERIFY(rules.apply(c, {CaseAction::GrantExtension, p, {}, {}, {}}, leader(), now).ok());
        QCOMPARE(c.extensions.last().decision, ExtensionRequest::Decision::Granted);
    }

    void ratingIsChosenWithTheKeyboard()
    {
        Case c = inProgress();
        c.status = CaseStatus::Answered;
        ActionParamsDialog d(CaseAction::Rate, {c}, choices());
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(!d.okButton()->isEnabled());
        QTest::keyClick(&d, Qt::Key_A, Qt::AltModifier); // &Acceptable (an animated click)
        QTRY_VERIFY(d.okButton()->isEnabled());
        QCOMPARE(d.params().value(QStringLiteral("rating")).toString(), u"acceptable");
    }

    void mergePickerFindsByIdAndTitle()
    {
        CacheFixture cache(40);
        const Case c = *cache.store->caseById(3);
        ActionChoices ch = choices();
        ch.findCases = CasePicker::storeFinder(*cache.store);
        ActionParamsDialog d(CaseAction::Merge, {c}, ch);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_COMPARE(QApplication::focusWidget(), d.casePicker()->searchEdit());
        QVERIFY(!d.okButton()->isEnabled());
        typeText(d.casePicker()->searchEdit(), QStringLiteral("17"));
        QCOMPARE(d.casePicker()->list()->count(), 1);
        QCOMPARE(d.casePicker()->currentCaseId(), 17);
        d.casePicker()->searchEdit()->clear();
        typeText(d.casePicker()->searchEdit(), QStringLiteral("duong lang"));
        QCOMPARE(d.casePicker()->list()->count(), 4); // 10, 20, 30, 40
        QTest::keyClick(d.casePicker()->searchEdit(), Qt::Key_Down);
        const CaseId chosen = d.casePicker()->currentCaseId();
        QVERIFY(chosen % 10 == 0);
        d.casePicker()->searchEdit()->clear();
        typeText(d.casePicker()->searchEdit(), QStringLiteral("3"));
        QCOMPARE(d.casePicker()->list()->count(), 0); // never itself
        QVERIFY(!d.okButton()->isEnabled());
        d.casePicker()->searchEdit()->clear();
        typeText(d.casePicker()->searchEdit(), QStringLiteral("20"));
        QCOMPARE(d.params().value(QStringLiteral("intoCaseId")).toInteger(), 20);
    }

    void localCheckErrorKeepsTheDialogOpen()
    {
        ActionChoices ch = choices();
        ch.check = [](const Case &, CaseAction, const QJsonObject &) {
            return ActionOutcome{ActionOutcome::Error::WrongStatus, QStringLiteral("no")};
        };
        ActionParamsDialog d(CaseAction::Note, {inProgress()}, ch);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeText(d.textEdit(), QStringLiteral("Đã gọi điện cho người dân"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::keyClick(d.textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(d.errorLabel()->isVisible());
        QVERIFY(!d.errorLabel()->text().isEmpty());
        QVERIFY(d.isVisible());
    }

    void everyActionOnTheBarOpensWithAFocusedField()
    {
        for (CaseAction a : ActionBar::actions()) {
            if (!ActionParamsDialog::needsInput(a))
                continue;
            Case c = inProgress();
            c.extensions.append(ExtensionRequest{});
            ActionChoices ch = choices();
            ch.findCases = [](const QString &) { return QList<CaseRow>{}; };
            ActionParamsDialog d(a, {c}, ch);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QTRY_VERIFY2(QApplication::focusWidget() && QApplication::focusWidget() != d.okButton(),
                         qPrintable(toCode(a)));
            QVERIFY(!d.okButton()->text().isEmpty());
        }
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
