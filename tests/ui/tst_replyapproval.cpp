// The approver's side of the reply editor on a real cache with the real
// LocalActions (offline queue): the differences from the previous submitted
// version, approve with edits, send back with a comment, and a submitted
// reply taking its autosaved draft with it.

#include "ApprovalPanel.h"
#include "ModalDialogs.h"
#include "ReplyEditor.h"
#include "Typing.h"
#include "cache/AutosavedDrafts.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/LocalActions.h"
#include "cache/Outbox.h"
#include "domain/ReferenceData.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace pakn;
using pakn::testing::clickInModal;
using pakn::testing::typeText;
using pakn::testing::whenModal;

namespace {
const QDateTime kBase(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
const QString kFirst = QStringLiteral("Phường đã kiểm tra và sửa đèn trong ngày 21/11.");
const QString kSecond = QStringLiteral("Phường đã kiểm tra, thay bóng đèn mới trong ngày 21/11.");

CaseEvent historyEvent(qint64 id, const QString &action, const QString &actor,
                       const QString &detail)
{
    CaseEvent e;
    e.id = id;
    e.at = kBase.addSecs(3600 * id);
    e.actorId = actor == QStringLiteral("Lê Thị Lan") ? 9 : 3;
    e.actorName = actor;
    e.action = action;
    e.detail = detail;
    return e;
}

Case caseOfUnit5(CaseId id, CaseStatus status)
{
    Case c;
    c.id = id;
    c.version = 4;
    c.title = QStringLiteral("Đèn đường hỏng ngõ 12 Đội Cấn");
    c.reporterName = QStringLiteral("Trần Thị Hoa");
    c.receivedAt = kBase;
    c.field = QStringLiteral("lighting");
    c.unitId = 5;
    c.unitName = QStringLiteral("UBND phường Đội Cấn");
    c.assigneeId = 9;
    c.assigneeName = QStringLiteral("Lê Thị Lan");
    c.status = status;
    c.answerDeadline = kBase.addDays(10);
    c.updatedAt = kBase;
    return c;
}

// Submitted, sent back with a comment, submitted again.
Case resubmitted(CaseId id)
{
    Case c = caseOfUnit5(id, CaseStatus::AwaitingApproval);
    c.replyDraft = kSecond;
    c.history = {
        historyEvent(1, toCode(CaseAction::SubmitReply), QStringLiteral("Lê Thị Lan"), kFirst),
        historyEvent(2, toCode(CaseAction::SendBack), QStringLiteral("Phạm Văn Minh"),
                     QStringLiteral("Ghi rõ đã thay bóng đèn")),
        historyEvent(3, toCode(CaseAction::SubmitReply), QStringLiteral("Lê Thị Lan"), kSecond)};
    return c;
}
} // namespace

class TestReplyApproval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QString error;
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = CacheDatabase::open(m_dir->filePath(QStringLiteral("cache.sqlite")),
                                      QStringLiteral("approval"), &error);
        QVERIFY2(db, qPrintable(error));
        m_db = std::make_unique<CacheDatabase>(std::move(*db));
        m_store = std::make_unique<CaseStore>(m_db->db());
        QVERIFY(m_store->setMe(
            {3, QStringLiteral("leader"), QStringLiteral("Phạm Văn Minh"), Role::Leader, 5}));
        FeedPage page;
        page.changes = {{1, resubmitted(11), 0},
                        {2, resubmitted(12), 0},
                        {3, caseOfUnit5(13, CaseStatus::InProgress), 0}};
        page.cursor = 3;
        QVERIFY2(m_store->applyFeedPage(page, &error), qPrintable(error));
        m_actions = std::make_unique<LocalActions>(m_db->db(), m_rules, QStringLiteral("test"));
        m_editor = std::make_unique<ReplyEditor>();
        m_editor->resize(720, 560);
        // Wired as MainWindow does: the action goes to the offline queue.
        connect(m_editor.get(), &ReplyEditor::actionRequested, this,
                [this](qint64 id, CaseAction action, const QJsonObject &params) {
                    if (m_actions->perform(id, action, params).ok())
                        m_editor->markSent(id);
                });
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_actions.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void approverSeesTheChangesSinceThePreviousVersion()
    {
        open(11);
        ApprovalPanel *panel = m_editor->approvalPanel();
        QVERIFY(panel->isVisible());
        const QList<ReplyVersion> versions =
            ApprovalPanel::submittedVersions(*m_store->caseById(11));
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).text, kFirst);
        QCOMPARE(versions.at(1).number, 2);
        const QString html = panel->diffView()->toHtml();
        QVERIFY2(html.contains(QStringLiteral("line-through; color:#b00020; "
                                              "background-color:#fde7ea;\">tra và sửa</span>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("\">tra, thay bóng</span> đèn")));
        QVERIFY(html.contains(QStringLiteral("line-through")));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("versionSummary"))
                    ->text()
                    .contains(QStringLiteral("Lê Thị Lan")));

        // A first submission has nothing to compare with; other statuses show no panel.
        Case first = caseOfUnit5(20, CaseStatus::AwaitingApproval);
        first.history = {
            historyEvent(1, toCode(CaseAction::SubmitReply), QStringLiteral("Lê Thị Lan"), kFirst)};
        panel->setCase(first);
        QVERIFY(!panel->diffView()->isVisible());
        QVERIFY(!panel->hasPrevious());
        panel->setCase(caseOfUnit5(21, CaseStatus::InProgress));
        QVERIFY(!panel->applies());
        // In the editor: no changes tab for a case that does not await approval.
        open(13);
        QVERIFY(!m_editor->approvalPanel()->isVisible());
        QVERIFY(m_editor->editor()->isVisible());
    }

    void approveWithEditsGoesToTheQueue()
    {
        open(11);
        QPushButton *approve = m_editor->button(CaseAction::Approve);
        QVERIFY(approve->isVisible());
        QVERIFY(!m_editor->editor()->isReadOnly());
        // The changes come first; Alt+X goes to the text to edit it.
        QVERIFY(m_editor->approvalPanel()->isVisible());
        QTest::keyClick(m_editor->approvalPanel()->diffView(), Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY(m_editor->editor()->isVisible());
        m_editor->editor()->setFocus();
        m_editor->editor()->moveCursor(QTextCursor::End);
        typeText(m_editor->editor(), QStringLiteral(" Ảnh kèm theo."));
        QVERIFY(approve->text().contains(QStringLiteral("edits")));

        QString question;
        clickInModal(QStringLiteral("goAheadButton"), &question);
        QTest::keyClick(m_editor->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(question.contains(QStringLiteral("with your edits")), qPrintable(question));
        const QString edited = kSecond + QStringLiteral(" Ảnh kèm theo.");
        const QList<OutboxEntry> queued = Outbox(m_db->db()).pendingFor(11);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).action, CaseAction::Approve);
        QCOMPARE(queued.at(0).params.value(QStringLiteral("text")).toString(), edited);
        QCOMPARE(m_store->caseById(11)->status, CaseStatus::Answered);
        QCOMPARE(m_store->caseById(11)->replyPublished, edited);
        QVERIFY(!m_editor->hasUnsentText(11));
    }

    void sendBackWithACommentGoesToTheQueue()
    {
        open(12);
        whenModal([](QWidget *modal) {
            auto *text = modal->findChild<QPlainTextEdit *>();
            QVERIFY(text);
            typeText(text, QStringLiteral("Bổ sung ảnh hiện trường sau khi sửa"));
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(m_editor->editor(), Qt::Key_B, Qt::AltModifier); // Send back…
        QTRY_COMPARE(Outbox(m_db->db()).pendingFor(12).size(), 1);
        const OutboxEntry entry = Outbox(m_db->db()).pendingFor(12).at(0);
        QCOMPARE(entry.action, CaseAction::SendBack);
        QCOMPARE(entry.params.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Bổ sung ảnh hiện trường sau khi sửa"));
        QCOMPARE(m_store->caseById(12)->status, CaseStatus::InProgress);
    }

    void submittedReplyTakesItsAutosavedDraftAlong()
    {
        AutosavedDrafts drafts(m_db->db());
        m_editor->setAutosave(
            [&drafts](CaseId id, const QString &text) { return drafts.save(id, text); });
        open(13);
        m_editor->editor()->setFocus();
        const QString text = QStringLiteral("Đã thay bóng đèn, đèn sáng bình thường.");
        typeText(m_editor->editor(), text);
        QTRY_COMPARE_WITH_TIMEOUT(drafts.text(13), text, 3 * ReplyEditor::AutosaveDelayMs);

        clickInModal(QStringLiteral("goAheadButton"));
        QTest::keyClick(m_editor->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_store->caseById(13)->status, CaseStatus::AwaitingApproval);
        QCOMPARE(m_store->caseById(13)->replyDraft, text);
        QCOMPARE(drafts.text(13), QString()); // in the outbox now, not a draft
        QCOMPARE(Outbox(m_db->db()).pendingFor(13).at(0).action, CaseAction::SubmitReply);
    }

private:
    void open(CaseId id) { m_editor->setCase(m_store->caseById(id), m_actions->allowed(id)); }

    WorkflowRules m_rules = ReferenceData::defaults().workflowRules();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<LocalActions> m_actions;
    std::unique_ptr<ReplyEditor> m_editor;
};

QTEST_MAIN(TestReplyApproval)
#include "tst_replyapproval.moc"
