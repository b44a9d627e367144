// ReplyEditor: typed text survives moving between cases and sync refreshes,
// stored drafts win over the case's own draft, and the buttons follow the
// actions the workflow allows.

#include "ReplyEditor.h"
#include "Typing.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pakn;
using pakn::testing::typeText;

namespace {
Case makeCase(CaseId id, CaseStatus status, const QString &draft = {})
{
    Case c;
    c.id = id;
    c.title = QStringLiteral("Đèn đường hỏng ngõ %1 Đội Cấn").arg(id);
    c.status = status;
    c.replyDraft = draft;
    return c;
}
const QList<CaseAction> officerActions = {CaseAction::Note, CaseAction::DraftReply,
                                          CaseAction::SubmitReply};
} // namespace

class TestReplyEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedTextSurvivesSelectionChanges()
    {
        ReplyEditor editor;
        QSignalSpy left(&editor, &ReplyEditor::textLeft);
        editor.setCase(makeCase(1, CaseStatus::InProgress), officerActions);
        typeText(editor.editor(), QStringLiteral("Đã kiểm tra hiện trường"));
        QVERIFY(editor.hasUnsentText(1));

        editor.setCase(makeCase(2, CaseStatus::InProgress, QStringLiteral("Nháp cũ")),
                       officerActions);
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("Nháp cũ"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).at(0).toLongLong(), 1);
        QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("Đã kiểm tra hiện trường"));

        // Untouched case 2 is not reported; case 1 comes back as typed.
        editor.setCase(makeCase(1, CaseStatus::InProgress), officerActions);
        QCOMPARE(left.size(), 1);
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("Đã kiểm tra hiện trường"));
    }

    void refreshOfTheSameCaseKeepsTyping()
    {
        ReplyEditor editor;
        editor.setCase(makeCase(1, CaseStatus::InProgress, QStringLiteral("A")), officerActions);
        editor.editor()->moveCursor(QTextCursor::End);
        typeText(editor.editor(), QStringLiteral(" và B"));
        // A sync round brings a newer server draft: the user's typing wins.
        editor.setCase(makeCase(1, CaseStatus::InProgress, QStringLiteral("server")),
                       officerActions);
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("A và B"));

        // Once saved, a refresh shows the server's text again.
        editor.markSent(1);
        QVERIFY(!editor.hasUnsentText(1));
        editor.setCase(makeCase(1, CaseStatus::InProgress, QStringLiteral("A và B")),
                       officerActions);
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("A và B"));
    }

    void storedDraftWinsOverCaseDraft()
    {
        ReplyEditor editor;
        editor.setCase(makeCase(3, CaseStatus::InProgress, QStringLiteral("server draft")),
                       officerActions, QStringLiteral("refused text kept locally"));
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("refused text kept locally"));
        QVERIFY(!editor.hasUnsentText(3)); // it is already stored; nothing new to keep
    }

    void buttonsFollowAllowedActions()
    {
        ReplyEditor editor;
        editor.show();
        editor.setCase(makeCase(1, CaseStatus::InProgress), officerActions);
        QVERIFY(editor.button(CaseAction::SubmitReply)->isVisible());
        QVERIFY(!editor.button(CaseAction::SubmitReply)->isEnabled()); // nothing typed yet
        QVERIFY(!editor.button(CaseAction::Approve)->isVisible());
        typeText(editor.editor(), QStringLiteral("Trả lời đầy đủ cho công dân"));
        QVERIFY(editor.button(CaseAction::SubmitReply)->isEnabled());

        QSignalSpy requested(&editor, &ReplyEditor::actionRequested);
        editor.button(CaseAction::SubmitReply)->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(1).value<CaseAction>(), CaseAction::SubmitReply);
        QCOMPARE(requested.at(0).at(2).toJsonObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Trả lời đầy đủ cho công dân"));

        // A leader on a case awaiting approval: approve and send back, no submit.
        editor.setCase(makeCase(4, CaseStatus::AwaitingApproval, QStringLiteral("Dự thảo")),
                       {CaseAction::Note, CaseAction::SendBack, CaseAction::Approve});
        QVERIFY(editor.button(CaseAction::Approve)->isVisible());
        QVERIFY(editor.button(CaseAction::SendBack)->isVisible());
        QVERIFY(!editor.button(CaseAction::SubmitReply)->isVisible());
        QVERIFY(!editor.editor()->isReadOnly());

        // An officer looking at it: read-only, no buttons.
        editor.setCase(makeCase(4, CaseStatus::AwaitingApproval, QStringLiteral("Dự thảo")),
                       {CaseAction::Note});
        QVERIFY(editor.editor()->isReadOnly());
        QVERIFY(!editor.button(CaseAction::Approve)->isVisible());
    }
};

QTEST_MAIN(TestReplyEditor)
#include "tst_replyeditor.moc"
