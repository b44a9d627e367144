#include "domain/WorkflowRules.h"

#include <QTest>

using namespace pakn;

namespace {
Actor actor(Role role, UserId id = 1, UnitId unit = 10)
{
    return {id, role, unit, QStringLiteral("Nguyễn Văn A")};
}
Case caseIn(CaseStatus status)
{
    Case c;
    c.id = 7;
    c.title = QStringLiteral("Ổ gà trên đường Kim Mã");
    c.status = status;
    c.unitId = 10;
    c.assigneeId = 2;
    c.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    return c;
}
const QDateTime monday9am = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
} // namespace

class TestWorkflowRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyActionHasExactlyOneRule()
    {
        for (CaseAction a : allActions()) {
            int n = 0;
            for (const ActionRule &r : WorkflowRules::table())
                n += r.action == a;
            QCOMPARE(n, 1);
        }
    }

    void supervisorMayNeverAct()
    {
        for (CaseStatus s : allStatuses())
            QVERIFY(WorkflowRules::allowedActions(actor(Role::Supervisor), caseIn(s)).isEmpty());
    }

    void officerActsOnlyOnOwnCases()
    {
        const Case c = caseIn(CaseStatus::InProgress);
        const auto mine = WorkflowRules::allowedActions(actor(Role::Officer, 2), c);
        QVERIFY(mine.contains(CaseAction::SubmitReply));
        QVERIFY(!mine.contains(CaseAction::Approve));
        const auto other = WorkflowRules::allowedActions(actor(Role::Officer, 3), c);
        QVERIFY(!other.contains(CaseAction::SubmitReply));
        QCOMPARE(WorkflowRules::check(actor(Role::Officer, 3), c, CaseAction::SubmitReply).error,
                 ActionOutcome::Error::Forbidden);
    }

    void wrongStatusIsReported()
    {
        const auto o = WorkflowRules::check(actor(Role::Leader), caseIn(CaseStatus::InProgress),
                                            CaseAction::Approve);
        QCOMPARE(o.error, ActionOutcome::Error::WrongStatus);
        QCOMPARE(o.code(), QStringLiteral("wrong_status"));
    }

    void submitThenApprovePublishes()
    {
        WorkflowRules rules;
        Case c = caseIn(CaseStatus::InProgress);
        ActionInput submit{CaseAction::SubmitReply,
                           {{QStringLiteral("text"), QStringLiteral("  Đã vá ổ gà.  ")}}};
        QVERIFY(rules.apply(c, submit, actor(Role::Officer, 2), monday9am).ok());
        QCOMPARE(c.status, CaseStatus::AwaitingApproval);
        QCOMPARE(c.replyDraft, QStringLiteral("Đã vá ổ gà."));
        QVERIFY(rules.apply(c, {CaseAction::Approve, {}}, actor(Role::Leader, 5), monday9am).ok());
        QCOMPARE(c.status, CaseStatus::Answered);
        QCOMPARE(c.replyPublished, QStringLiteral("Đã vá ổ gà."));
        QVERIFY(c.replyDraft.isEmpty());
        QCOMPARE(c.answeredAt, monday9am);
        QCOMPARE(c.history.size(), 2);
        QCOMPARE(c.history.last().action, QStringLiteral("approve"));
        QCOMPARE(c.history.last().actorId, UserId(5));
    }

    void leaderMayEditWhenApproving()
    {
        WorkflowRules rules;
        Case c = caseIn(CaseStatus::AwaitingApproval);
        c.replyDraft = QStringLiteral("nháp");
        QVERIFY(
            rules
                .apply(c,
                       {CaseAction::Approve, {{QStringLiteral("text"), QStringLiteral("Bản sửa")}}},
                       actor(Role::Leader), monday9am)
                .ok());
        QCOMPARE(c.replyPublished, QStringLiteral("Bản sửa"));
    }

    void missingParameterLeavesCaseUntouched()
    {
        WorkflowRules rules;
        Case c = caseIn(CaseStatus::New);
        const Case before = c;
        const auto o = rules.apply(c, {CaseAction::Route, {}}, actor(Role::Coordinator), monday9am);
        QCOMPARE(o.error, ActionOutcome::Error::InvalidParams);
        QCOMPARE(c, before);
        const auto bad = rules.apply(
            c, {CaseAction::Refuse, {{QStringLiteral("reason"), QStringLiteral("   ")}}},
            actor(Role::Coordinator), monday9am);
        QCOMPARE(bad.error, ActionOutcome::Error::InvalidParams);
    }

    void routeSetsUnitAndAcceptDeadline()
    {
        WorkflowRules rules;
        Case c = caseIn(CaseStatus::New);
        ActionInput in{CaseAction::Route,
                       {{QStringLiteral("unitId"), 42},
                        {QStringLiteral("field"), QStringLiteral("roads")},
                        {QStringLiteral("urgency"), QStringLiteral("urgent")}},
                       QStringLiteral("Phường Kim Mã")};
        QVERIFY(rules.apply(c, in, actor(Role::Coordinator), monday9am).ok());
        QCOMPARE(c.status, CaseStatus::PendingAcceptance);
        QCOMPARE(c.unitId, UnitId(42));
        QCOMPARE(c.unitName, QStringLiteral("Phường Kim Mã"));
        QCOMPARE(c.field, QStringLiteral("roads"));
        QCOMPARE(c.urgency, Urgency::Urgent);
        // 09:00 Monday + 8 working hours (lunch 12–13) = 09:00 Tuesday, Vietnam time.
        QCOMPARE(c.acceptDeadline, QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC));
        QVERIFY(rules.apply(c, {CaseAction::Accept, {}}, actor(Role::Leader), monday9am).ok());
        // Urgent: 4 working hours from 09:00 → 14:00 the same day.
        QCOMPARE(c.answerDeadline, QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC));
    }

    void returnGivesCaseBackToCoordinators()
    {
        WorkflowRules rules;
        Case c = caseIn(CaseStatus::PendingAcceptance);
        QVERIFY(rules
                    .apply(c,
                           {CaseAction::Return,
                            {{QStringLiteral("reason"), QStringLiteral("Không thuộc thẩm quyền")}}},
                           actor(Role::Leader), monday9am)
                    .ok());
        QCOMPARE(c.status, CaseStatus::New);
        QCOMPARE(c.unitId, UnitId(0));
    }
};

QTEST_APPLESS_MAIN(TestWorkflowRules)
#include "tst_workflowrules.moc"
