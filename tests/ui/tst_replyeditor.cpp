// ReplyEditor: typed text survives moving between cases and sync refreshes,
// stored drafts win over the case's own draft, the buttons follow the
// actions the workflow allows, formatting keys write Markdown, templates are
// inserted from the keyboard with the case's values, drafts are autosaved to
// a real cache and come back in a new editor, and nothing is sent without
// the confirmation that warns about the missing evidence.

#include "ModalDialogs.h"
#include "ReplyEditor.h"
#include "ReplyTemplatePicker.h"
#include "ReplyTextEdit.h"
#include "Typing.h"
#include "cache/AutosavedDrafts.h"
#include "cache/CacheDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using pakn::testing::clickInModal;
using pakn::testing::typeText;
using pakn::testing::whenModal;

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

// Shows `editor` on an in-progress case with the text box focused.
bool showForTyping(ReplyEditor &editor)
{
    editor.show();
    if (!QTest::qWaitForWindowActive(&editor))
        return false;
    editor.setCase(makeCase(1, CaseStatus::InProgress), officerActions);
    editor.editor()->setFocus();
    return true;
}
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
        clickInModal(QStringLiteral("goAheadButton"));
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

    void formattingKeysWriteMarkdown()
    {
        ReplyEditor editor;
        QVERIFY(showForTyping(editor));
        ReplyTextEdit *edit = editor.editor();
        typeText(edit, QStringLiteral("Đã "));
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(edit->boldAction()->isChecked());
        typeText(edit, QStringLiteral("xử lý xong"));
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        typeText(edit, QStringLiteral(" trong "));
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
        typeText(edit, QStringLiteral("hai ngày"));
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
        typeText(edit, QStringLiteral(":"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(edit->bulletAction()->isChecked());
        typeText(edit, QStringLiteral("Thay bóng đèn"));
        QTest::keyClick(edit, Qt::Key_Return);
        typeText(edit, QStringLiteral("Kiểm tra dây"));
        QCOMPARE(editor.text(), QStringLiteral("Đã **xử lý xong** trong *hai ngày*:\n\n"
                                               "- Thay bóng đèn\n- Kiểm tra dây"));
        // The same key again turns the list off for that line; numbers replace bullets.
        QTest::keyClick(edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(editor.text().endsWith(QStringLiteral("- Thay bóng đèn\n\nKiểm tra dây")));
        QTest::keyClick(edit, Qt::Key_Up);
        QTest::keyClick(edit, Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(editor.text().endsWith(QStringLiteral("1.  Thay bóng đèn\n\nKiểm tra dây")),
                 qPrintable(editor.text()));
        // As the citizen receives it: no marks, the list as lines, the signature.
        editor.setCase(makeCase(2, CaseStatus::InProgress,
                                QStringLiteral("Đã **sửa**:\n\n- Thay bóng\n- Kiểm tra")),
                       officerActions);
        QCOMPARE(editor.citizenText(), QStringLiteral("Đã sửa:\n\n• Thay bóng\n• Kiểm tra"));
    }

    void enterOnAnEmptyBulletEndsTheList()
    {
        ReplyEditor editor;
        QVERIFY(showForTyping(editor));
        ReplyTextEdit *edit = editor.editor();
        QTest::keyClick(edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        typeText(edit, QStringLiteral("một"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!edit->bulletAction()->isChecked());
        typeText(edit, QStringLiteral("hai"));
        QCOMPARE(editor.text(), QStringLiteral("- một\n\nhai"));

        // A template inserted inside a list item stays out of the list.
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        typeText(edit, QStringLiteral("ba"));
        edit->insertParagraphs(QStringLiteral("Kính gửi Ông/Bà,\n\nTrân trọng."));
        QCOMPARE(editor.text(),
                 QStringLiteral("- một\n\nhai\n\n- ba\n\nKính gửi Ông/Bà,\n\nTrân trọng."));
        // At the start of a paragraph it goes before it.
        edit->moveCursor(QTextCursor::Start);
        edit->insertParagraphs(QStringLiteral("Mở đầu"));
        QVERIFY2(editor.text().startsWith(QStringLiteral("Mở đầu\n\n- một\n\nhai")),
                 qPrintable(editor.text()));
    }

    void templateInsertedFromTheKeyboardWithTheCaseValues()
    {
        ReplyEditor editor;
        editor.setTemplateSource(
            [](const QString &field) { return ReferenceData::defaults().templatesFor(field); });
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        Case c = makeCase(42, CaseStatus::InProgress);
        c.field = QStringLiteral("lighting");
        c.reporterName = QStringLiteral("Trần Thị Hoa");
        c.address = QStringLiteral("Ngõ 12 Đội Cấn, phường Đội Cấn");
        c.unitName = QStringLiteral("UBND phường Đội Cấn");
        c.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(20, 30), Qt::UTC);
        editor.setCase(c, officerActions);
        editor.editor()->setFocus();
        typeText(editor.editor(), QStringLiteral("Mở đầu. "));

        QString firstTitle;
        whenModal([&firstTitle](QWidget *modal) {
            auto *picker = qobject_cast<ReplyTemplatePicker *>(modal);
            QVERIFY(picker);
            // The field's own template comes first; typing without diacritics filters.
            firstTitle = picker->list()->item(0)->text();
            typeText(picker->filter(), QStringLiteral("den chieu"));
            QCOMPARE(picker->list()->currentItem()->text().left(21),
                     QStringLiteral("Đã sửa đèn chiếu sáng"));
            QTest::keyClick(picker->filter(), Qt::Key_Return);
        });
        // Alt+T on the button (it clicks a moment later, as a visible press).
        QTest::keyClick(editor.editor(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(firstTitle.startsWith(QStringLiteral("Đã sửa đèn chiếu sáng")));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        const QString text = editor.editor()->toPlainText();
        // The template starts a paragraph of its own.
        QVERIFY2(text.startsWith(QStringLiteral("Mở đầu. \nKính gửi Ông/Bà Trần Thị Hoa,")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Ngõ 12 Đội Cấn, phường Đội Cấn (phản ánh số 42)")));
        QVERIFY(!text.contains(QLatin1Char('{')));
        QCOMPARE(editor.focusWidget(), editor.editor()); // typing goes on where it was

        // An anonymous reporter: the greeting reads "Ông/Bà," without a gap.
        c.reporterName.clear();
        ReplyTemplatePicker anonymous(ReferenceData::defaults().templatesFor(c.field), c);
        QVERIFY(anonymous.filledText().startsWith(QStringLiteral("Kính gửi Ông/Bà,\n")));
    }

    void autosavedDraftComesBackInANewEditor()
    {
        QTemporaryDir dir;
        QString error;
        auto db = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")),
                                      QStringLiteral("autosave"), &error);
        QVERIFY2(db, qPrintable(error));
        AutosavedDrafts drafts(db->db());
        const auto save = [&drafts](CaseId id, const QString &text) {
            return drafts.save(id, text);
        };
        const Case c = makeCase(7, CaseStatus::InProgress, QStringLiteral("Bản nháp trên máy chủ"));
        {
            auto editor = std::make_unique<ReplyEditor>();
            editor->setAutosave(save);
            editor->setCase(c, officerActions);
            editor->editor()->moveCursor(QTextCursor::End);
            typeText(editor->editor(), QStringLiteral(", bổ sung ảnh hiện trường"));
            QTRY_COMPARE_WITH_TIMEOUT(
                drafts.text(7), QStringLiteral("Bản nháp trên máy chủ, bổ sung ảnh hiện trường"),
                3 * ReplyEditor::AutosaveDelayMs);
            // Gone without keepUnsent() or textLeft: as if the PC lost power.
        }
        ReplyEditor reopened;
        reopened.setAutosave(save);
        reopened.setCase(c, officerActions, drafts.text(7));
        QCOMPARE(reopened.editor()->toPlainText(),
                 QStringLiteral("Bản nháp trên máy chủ, bổ sung ảnh hiện trường"));
        QVERIFY(reopened.hasUnsentText(7) == false); // stored already
        QVERIFY(!reopened.findChild<QLabel *>()->text().isEmpty());
    }

    void submitWarnsAboutMissingEvidence()
    {
        ReplyEditor editor;
        QVERIFY(showForTyping(editor));
        typeText(editor.editor(), QStringLiteral("Đã sửa"));
        QSignalSpy requested(&editor, &ReplyEditor::actionRequested);

        // Ctrl+Enter asks first; keeping editing sends nothing.
        QString question;
        clickInModal(QStringLiteral("keepEditingButton"), &question);
        QTest::keyClick(editor.editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(question.contains(QStringLiteral("No evidence attached")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("only 6 character")));
        QCOMPARE(requested.size(), 0);
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("Đã sửa"));
        // The offscreen platform does not give the window back its activation.
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        clickInModal(QStringLiteral("goAheadButton"));
        QTest::keyClick(editor.editor(), Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(1).value<CaseAction>(), CaseAction::SubmitReply);
    }

    void lengthAndPreviewAsTheCitizenSeesIt()
    {
        ReplyEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        Case c = makeCase(5, CaseStatus::InProgress, QStringLiteral("Đã *sửa* xong."));
        c.unitName = QStringLiteral("UBND phường Kim Mã");
        editor.setCase(c, officerActions);
        const QString message = QStringLiteral("Đã sửa xong.\n\n— UBND phường Kim Mã");
        QCOMPARE(editor.citizenText(), message);
        QVERIFY2(editor.lengthLabel()->text().startsWith(QString::number(message.size())),
                 qPrintable(editor.lengthLabel()->text()));

        QVERIFY(editor.previewButton()->isVisible() && editor.previewButton()->isEnabled());
        QString shown;
        whenModal([&shown](QWidget *modal) {
            shown =
                modal->findChild<QPlainTextEdit *>(QStringLiteral("previewText"))->toPlainText();
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::keyClick(editor.editor(), Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(shown, message);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        editor.editor()->moveCursor(QTextCursor::End);
        typeText(editor.editor(), QString(2000, QLatin1Char('x')));
        QVERIFY(editor.lengthLabel()->text().contains(QStringLiteral("Zalo")));
    }
};

QTEST_MAIN(TestReplyEditor)
#include "tst_replyeditor.moc"
