// The later part of the lifecycle: extensions, rating, reopen, close, merge,
// the on-time flags, and what the rule table says about conflicts.

#include "domain/CaseDeadlines.h"
#include "domain/JsonCodec.h"
#include "domain/WorkflowRules.h"

#include <QTest>

using namespace pakn;

namespace {

const QTimeZone vietnam(7 * 3600);

QDateTime hanoi(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), vietnam).toUTC();
}

Actor actor(Role role, UserId id = 1)
{
    return {id, role, 10, QStringLiteral("Trần Minh Đức")};
}

Case inProgress()
{
    Case c;
    c.id = 7;
    c.title = QStringLiteral("Rác thải tồn đọng ngõ 12 Đào Tấn");
    c.status = CaseStatus::InProgress;
    c.unitId = 10;
    c.assigneeId = 2;
    c.receivedAt = hanoi(2026, 11, 2, 8);
    c.acceptDeadline = hanoi(2026, 11, 2, 17);
    c.acceptedAt = hanoi(2026, 11, 2, 10);
    c.answerDeadline = hanoi(2026, 11, 16, 10);
    return c;
}

ActionInput input(CaseAction a, QJsonObject params = {})
{
    ActionInput in;
    in.action = a;
    in.params = std::move(params);
    in.client = QStringLiteral("tst");
    return in;
}

} // namespace

class TestWorkflowLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anExtensionGrantedTwiceMovesTheDeadlineTwice()
    {
        const WorkflowRules rules;
        Case c = inProgress();
        const Actor officer = actor(Role::Officer, 2);
        const Actor leader = actor(Role::Leader, 1);
        QVERIFY(
            rules
                .apply(c,
                       input(CaseAction::RequestExtension,
                             {{QStringLiteral("reason"), QStringLiteral("Chờ khảo sát")},
                              {QStringLiteral("proposedDeadline"), QStringLiteral("2026-11-20")}}),
                       officer, hanoi(2026, 11, 10, 9))
                .ok());
        // A second request while one waits is refused by the table's precondition.
        const auto twice = WorkflowRules::check(officer, c, CaseAction::RequestExtension);
        QCOMPARE(twice.error, ActionOutcome::Error::WrongStatus);
        QVERIFY(twice.message.contains(QLatin1String("already waiting")));
        QCOMPARE(WorkflowRules::check(officer, c, CaseAction::GrantExtension).error,
                 ActionOutcome::Error::Forbidden);

        QVERIFY(rules.apply(c, input(CaseAction::GrantExtension), leader, hanoi(2026, 11, 10, 14))
                    .ok());
        // A date means the end of that day's office hours, Vietnam time.
        QCOMPARE(c.answerDeadline, hanoi(2026, 11, 20, 17));
        QCOMPARE(c.extensions.size(), 1);
        QCOMPARE(c.extensions.first().decision, ExtensionRequest::Decision::Granted);
        QCOMPARE(c.extensions.first().previousDeadline, hanoi(2026, 11, 16, 10));
        QCOMPARE(c.history.last().data.value(QStringLiteral("deadline")).toString(),
                 toIsoString(hanoi(2026, 11, 20, 17)));

        QVERIFY(rules
                    .apply(c,
                           input(CaseAction::RequestExtension,
                                 {{QStringLiteral("reason"), QStringLiteral("Chờ thi công")},
                                  {QStringLiteral("proposedDeadline"),
                                   QStringLiteral("2026-11-27T17:00:00+07:00")}}),
                           officer, hanoi(2026, 11, 19, 9))
                    .ok());
        // The leader grants less than was asked.
        QVERIFY(rules
                    .apply(c,
                           input(CaseAction::GrantExtension,
                                 {{QStringLiteral("deadline"), QStringLiteral("2026-11-25")},
                                  {QStringLiteral("comment"), QStringLiteral("Đến thứ Tư")}}),
                           leader, hanoi(2026, 11, 19, 10))
                    .ok());
        QCOMPARE(c.answerDeadline, hanoi(2026, 11, 25, 17));
        QCOMPARE(c.extensions.size(), 2);
        QCOMPARE(c.extensions.last().previousDeadline, hanoi(2026, 11, 20, 17));
        QCOMPARE(c.extensions.last().grantedDeadline, hanoi(2026, 11, 25, 17));
        QCOMPARE(c.extensions.last().comment, QStringLiteral("Đến thứ Tư"));

        // Answered after the first deadline but within the extended one: on time.
        c.replyDraft = QStringLiteral("Đã thu gom xong.");
        c.status = CaseStatus::AwaitingApproval;
        QVERIFY(rules.apply(c, input(CaseAction::Approve), leader, hanoi(2026, 11, 24, 15)).ok());
        QCOMPARE(answeredOnTime(c), std::optional<bool>(true));
        QCOMPARE(acceptedOnTime(c), std::optional<bool>(true));

        // The codec carries all of it.
        const auto back = caseFromJson(toJson(c));
        QVERIFY(back);
        QCOMPARE(back->extensions, c.extensions);
        QCOMPARE(back->history, c.history);
    }

    void anExtensionMustMoveTheDeadlineLater()
    {
        const WorkflowRules rules;
        Case c = inProgress();
        const Case before = c;
        for (const QString &bad : {QStringLiteral("2026-11-12"), QStringLiteral("next week"),
                                   QStringLiteral("2026-11-30T10:00:00")}) {
            const auto o = rules.apply(c,
                                       input(CaseAction::RequestExtension,
                                             {{QStringLiteral("reason"), QStringLiteral("x")},
                                              {QStringLiteral("proposedDeadline"), bad}}),
                                       actor(Role::Officer, 2), hanoi(2026, 11, 10, 9));
            QCOMPARE(o.error, ActionOutcome::Error::InvalidParams);
            QCOMPARE(c, before);
        }
    }

    void aDeniedExtensionKeepsTheDeadline()
    {
        const WorkflowRules rules;
        Case c = inProgress();
        QVERIFY(
            rules
                .apply(c,
                       input(CaseAction::RequestExtension,
                             {{QStringLiteral("reason"), QStringLiteral("Chờ")},
                              {QStringLiteral("proposedDeadline"), QStringLiteral("2026-12-20")}}),
                       actor(Role::Officer, 2), hanoi(2026, 11, 10, 9))
                .ok());
        QCOMPARE(rules
                     .apply(c, input(CaseAction::DenyExtension), actor(Role::Leader),
                            hanoi(2026, 11, 10, 10))
                     .error,
                 ActionOutcome::Error::InvalidParams); // a denial needs a reason
        QVERIFY(rules
                    .apply(c,
                           input(CaseAction::DenyExtension,
                                 {{QStringLiteral("reason"), QStringLiteral("Đủ thời gian")}}),
                           actor(Role::Leader), hanoi(2026, 11, 10, 10))
                    .ok());
        QCOMPARE(c.answerDeadline, hanoi(2026, 11, 16, 10));
        QCOMPARE(c.extensions.last().decision, ExtensionRequest::Decision::Denied);
        QCOMPARE(c.extensions.last().comment, QStringLiteral("Đủ thời gian"));
        // Nothing left to decide; a new request may be made.
        QCOMPARE(WorkflowRules::check(actor(Role::Leader), c, CaseAction::GrantExtension).error,
                 ActionOutcome::Error::WrongStatus);
        QVERIFY(
            WorkflowRules::check(actor(Role::Officer, 2), c, CaseAction::RequestExtension).ok());
    }

    void aRatingClosesUnlessTheCitizenIsNotSatisfied()
    {
        const WorkflowRules rules;
        Case c = inProgress();
        c.status = CaseStatus::Answered;
        c.answeredAt = hanoi(2026, 11, 12, 9);
        const Actor zalo{50, Role::Channel, 1, QStringLiteral("Zalo OA")};
        QCOMPARE(WorkflowRules::check(actor(Role::Officer, 2), c, CaseAction::Rate).error,
                 ActionOutcome::Error::Forbidden);
        Case satisfied = c;
        QVERIFY(rules
                    .apply(satisfied,
                           input(CaseAction::Rate,
                                 {{QStringLiteral("rating"), QStringLiteral("satisfied")}}),
                           zalo, hanoi(2026, 11, 13, 20))
                    .ok());
        QCOMPARE(satisfied.status, CaseStatus::Closed);
        QCOMPARE(satisfied.rating, std::optional(Rating::Satisfied));
        QCOMPARE(satisfied.closedAt, hanoi(2026, 11, 13, 20));

        QVERIFY(rules
                    .apply(c,
                           input(CaseAction::Rate,
                                 {{QStringLiteral("rating"), QStringLiteral("not_satisfied")}}),
                           zalo, hanoi(2026, 11, 13, 20))
                    .ok());
        QCOMPARE(c.status, CaseStatus::Answered);
        QCOMPARE(WorkflowRules::check(zalo, c, CaseAction::Rate).error,
                 ActionOutcome::Error::WrongStatus); // rated once per answer
        QCOMPARE(rules
                     .apply(satisfied,
                            input(CaseAction::Rate,
                                  {{QStringLiteral("rating"), QStringLiteral("great")}}),
                            zalo, hanoi(2026, 11, 13, 20))
                     .error,
                 ActionOutcome::Error::WrongStatus);

        // Reopened: a new round of work, a new deadline, rated anew.
        QVERIFY(rules
                    .apply(c,
                           input(CaseAction::Reopen,
                                 {{QStringLiteral("reason"), QStringLiteral("Chưa khắc phục")}}),
                           actor(Role::Coordinator), hanoi(2026, 11, 16, 8))
                    .ok());
        QCOMPARE(c.status, CaseStatus::InProgress);
        QCOMPARE(c.reopenCount, 1);
        QVERIFY(!c.rating);
        QVERIFY(!c.answeredAt.isValid());
        QCOMPARE(c.answerDeadline, hanoi(2026, 11, 27, 17)); // 80 working hours later
        QCOMPARE(answerState(c, hanoi(2026, 11, 20, 8)), DeadlineState::Running);
        QCOMPARE(answerState(c, hanoi(2026, 11, 30, 8)), DeadlineState::Overdue);
        QVERIFY(!answeredOnTime(c));
    }

    void closeAndMerge()
    {
        const WorkflowRules rules;
        Case answered = inProgress();
        answered.status = CaseStatus::Answered;
        QVERIFY(rules
                    .apply(answered, input(CaseAction::Close), actor(Role::Leader),
                           hanoi(2026, 11, 20, 9))
                    .ok());
        QCOMPARE(answered.status, CaseStatus::Closed);
        QCOMPARE(answered.closedAt, hanoi(2026, 11, 20, 9));

        Case duplicate = inProgress();
        duplicate.status = CaseStatus::New;
        duplicate.unitId = 0;
        QCOMPARE(rules
                     .apply(duplicate,
                            input(CaseAction::Merge, {{QStringLiteral("intoCaseId"), 7}}),
                            actor(Role::Coordinator), hanoi(2026, 11, 20, 9))
                     .error,
                 ActionOutcome::Error::InvalidParams); // itself
        QVERIFY(rules
                    .apply(duplicate, input(CaseAction::Merge, {{QStringLiteral("intoCaseId"), 3}}),
                           actor(Role::Coordinator), hanoi(2026, 11, 20, 9))
                    .ok());
        QCOMPARE(duplicate.status, CaseStatus::Merged);
        QCOMPARE(duplicate.mergedIntoId, 3);
        const CaseEvent into = WorkflowRules::duplicateMergedEvent(
            duplicate, actor(Role::Coordinator), QStringLiteral("tst"), hanoi(2026, 11, 20, 9));
        QCOMPARE(into.data.value(QStringLiteral("duplicateId")).toInteger(), 7);
    }

    void acceptanceOnTimeIsMeasuredAgainstItsDeadline()
    {
        Case c = inProgress();
        QCOMPARE(acceptedOnTime(c), std::optional<bool>(true));
        c.acceptedAt = hanoi(2026, 11, 3, 9);
        QCOMPARE(acceptedOnTime(c), std::optional<bool>(false));
        c.acceptedAt = {};
        c.status = CaseStatus::PendingAcceptance;
        QCOMPARE(acceptState(c, hanoi(2026, 11, 2, 16)), DeadlineState::Running);
        QCOMPARE(acceptState(c, hanoi(2026, 11, 2, 18)), DeadlineState::Overdue);
    }

    void decisionsAreDroppedOnConflictAndAdditionsResent()
    {
        // What a client does with a stale queued action is part of the table.
        for (const ActionRule &r : WorkflowRules::table()) {
            const bool additive =
                r.action == CaseAction::Note || r.action == CaseAction::DraftReply ||
                r.action == CaseAction::SubmitReply || r.action == CaseAction::RequestExtension ||
                r.action == CaseAction::Rate || r.action == CaseAction::RevealContact;
            QCOMPARE(r.onConflict, additive ? OnConflict::Resend : OnConflict::Drop);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowLifecycle)
#include "tst_workflowlifecycle.moc"
