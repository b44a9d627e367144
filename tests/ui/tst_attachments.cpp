// The case's photos and files in the desk, driven from the keyboard under
// offscreen: the strip in the case view (arrows, Enter opens the viewer,
// Ctrl+S saves a copy), the viewer (arrows step, 0 and F zoom, a PDF opens
// in the system viewer, a file neither cached nor reachable says so), and
// the reply's evidence (attached with Ctrl+Shift+A, after which the send
// confirmation no longer warns that there is none). A real cache file and
// file cache; the server is unreachable, so everything shown comes from the
// cache or the queue.

#include "ApprovalPanel.h"
#include "AttachmentStrip.h"
#include "AttachmentViewer.h"
#include "CaseDetailView.h"
#include "ModalDialogs.h"
#include "ReplyEditor.h"
#include "ReplyPreviewDialog.h"
#include "ReplyTextEdit.h"
#include "Typing.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "files/CaseFiles.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using pakn::testing::whenModal;

namespace {

const Account kOfficer{9, QStringLiteral("officer"), QStringLiteral("Lê Thị Lan"), Role::Officer,
                       5};
const QDateTime kAt(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);

QByteArray jpeg(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

Attachment describe(const QString &id, const QString &name, const QString &type,
                    const QByteArray &bytes, Attachment::Purpose purpose)
{
    Attachment a;
    a.id = id;
    a.purpose = purpose;
    a.fileName = name;
    a.contentType = type;
    a.size = bytes.size();
    a.sha256 = AttachmentFiles::sha256Hex(bytes);
    a.uploadedAt = kAt;
    a.uploadedById = 3;
    a.uploadedByName = QStringLiteral("Zalo: Nguyễn Văn An");
    return a;
}

// A cache with one in-progress case of the officer's unit carrying two
// photos and a PDF (cached with thumbnails) and a photo that is not cached;
// an unreachable server.
struct Desk
{
    Desk()
    {
        QString error;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")),
                                          QStringLiteral("attachments-%1").arg(++serial), &error);
        if (!opened)
            qFatal("%s", qPrintable(error));
        cache = std::make_unique<CacheDatabase>(std::move(*opened));
        store = std::make_unique<CaseStore>(cache->db());
        store->setMe(kOfficer);
        const QList<std::pair<Attachment, QByteArray>> stored = {
            {describe(QStringLiteral("a0000000-0000-4000-8000-000000000001"),
                      QStringLiteral("ổ gà 1.jpg"), QStringLiteral("image/jpeg"), photo1,
                      Attachment::Purpose::Report),
             photo1},
            {describe(QStringLiteral("a0000000-0000-4000-8000-000000000002"),
                      QStringLiteral("ổ gà 2.jpg"), QStringLiteral("image/jpeg"), photo2,
                      Attachment::Purpose::Report),
             photo2},
            {describe(QStringLiteral("a0000000-0000-4000-8000-000000000003"),
                      QStringLiteral("biên bản.pdf"), QStringLiteral("application/pdf"), pdf,
                      Attachment::Purpose::Report),
             pdf}};
        Case c;
        c.id = 41;
        c.version = 2;
        c.title = QStringLiteral("Ổ gà sâu trước số 12 Kim Mã");
        c.receivedAt = kAt;
        c.unitId = 5;
        c.unitName = QStringLiteral("Phường Kim Mã");
        c.status = CaseStatus::InProgress;
        c.assigneeId = kOfficer.id;
        c.assigneeName = kOfficer.displayName;
        for (const auto &[a, bytes] : stored) {
            c.attachments.append(a);
            files.storeFile(a.sha256, bytes, &error);
            if (a.contentType.startsWith(QLatin1String("image/")))
                files.storeThumbnail(a.sha256, jpeg(64, 48, Qt::darkGreen), &error);
        }
        c.attachments.append(describe(QStringLiteral("a0000000-0000-4000-8000-000000000004"),
                                      QStringLiteral("xa.jpg"), QStringLiteral("image/jpeg"),
                                      jpeg(10, 10, Qt::red), Attachment::Purpose::Report));
        FeedPage page;
        page.changes.append({1, c, 0});
        page.cursor = 1;
        if (!store->applyFeedPage(page, &error))
            qFatal("%s", qPrintable(error));
        ServerEndpoint offline;
        offline.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        offline.allowPlainLoopback = true;
        caseFiles = std::make_unique<CaseFiles>(cache->db(), dir.path(), offline, "token");
    }

    Case current() const { return *store->caseById(41); }

    static inline int serial = 0;
    QTemporaryDir dir;
    QByteArray photo1 = jpeg(800, 600, Qt::blue);
    QByteArray photo2 = jpeg(300, 900, Qt::yellow);
    QByteArray pdf = QByteArray("%PDF-1.4\n% biên bản nghiệm thu\n");
    AttachmentFiles files{dir.path()};
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<CaseFiles> caseFiles;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStripListsTheCasesFiles()
    {
        Desk d;
        CaseDetailView view;
        view.setCaseFiles(d.caseFiles.get());
        view.setCase(d.current());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AttachmentStrip *strip = view.attachmentStrip();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->list()->count(), 4);
        QCOMPARE(strip->list()->item(0)->text(), QStringLiteral("ổ gà 1.jpg"));
        const QString tip = strip->list()->item(2)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("biên bản.pdf")) &&
                     tip.contains(QStringLiteral("Nguyễn Văn An")),
                 qPrintable(tip));
        QVERIFY(strip->attachButton()->isVisible()); // the officer of the unit may attach
        QVERIFY(!strip->list()->accessibleName().isEmpty());
        QVERIFY(!strip->attachButton()->accessibleName().isEmpty());
        // The text starts below the strip, not under it.
        QVERIFY(view.viewport()->geometry().top() >= strip->geometry().bottom());

        // Nobody's case to attach to: a closed case shows its files only.
        Case closed = d.current();
        closed.status = CaseStatus::Closed;
        strip->setCase(closed);
        QVERIFY(!strip->canAttach());
        QVERIFY(!strip->attachButton()->isVisible());
        QCOMPARE(strip->list()->count(), 4);
    }

    void arrowsMoveAndEnterOpensTheViewer()
    {
        Desk d;
        CaseDetailView view;
        view.setCaseFiles(d.caseFiles.get());
        view.setCase(d.current());
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QListWidget *list = view.attachmentStrip()->list();
        list->setFocus();
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(list, Qt::Key_Right);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(view.attachmentStrip()->viewer() &&
                    view.attachmentStrip()->viewer()->isVisible());
        AttachmentViewer *viewer = view.attachmentStrip()->viewer();
        QCOMPARE(viewer->index(), 1);
        QTRY_VERIFY(viewer->imageShown());

        // The viewer steps with the arrows, also when a button has focus.
        viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(viewer));
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->index(), 0);
        QTRY_VERIFY(viewer->imageShown());
        QTest::keyClick(viewer, Qt::Key_0);
        QCOMPARE(viewer->zoom(), 1.0);
        QTest::keyClick(viewer, Qt::Key_Plus);
        QVERIFY(viewer->zoom() > 1.0);
        QTest::keyClick(viewer, Qt::Key_F);
        QCOMPARE(viewer->zoom(), 0.0);
        QTest::keyClick(viewer, Qt::Key_Right);
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->index(), 2);
        QCOMPARE(viewer->currentAttachment()->fileName, QStringLiteral("biên bản.pdf"));
    }

    void aPdfOpensInTheSystemViewer()
    {
        Desk d;
        AttachmentStrip strip(AttachmentStrip::Mode::Case);
        QList<QUrl> opened;
        strip.setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
        strip.setCaseFiles(d.caseFiles.get());
        strip.setCase(d.current());
        strip.show();
        QVERIFY(QTest::qWaitForWindowActive(&strip));
        strip.list()->setFocus();
        strip.list()->setCurrentRow(2);
        QTest::keyClick(strip.list(), Qt::Key_Enter);
        QTRY_VERIFY(strip.viewer() && strip.viewer()->isVisible());
        auto *open =
            strip.viewer()->findChild<QPushButton *>(QStringLiteral("viewerOpenExternally"));
        QVERIFY(open);
        QTRY_VERIFY(open->isEnabled());
        open->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(readAll(opened.first().toLocalFile()), d.pdf);
    }

    void ctrlSSavesACopyWithTheSameBytes()
    {
        Desk d;
        AttachmentStrip strip(AttachmentStrip::Mode::Case);
        const QString target = d.dir.filePath(QStringLiteral("saved.jpg"));
        QString suggested;
        strip.setSaveChooser([&](const QString &s) {
            suggested = s;
            return target;
        });
        strip.setCaseFiles(d.caseFiles.get());
        strip.setCase(d.current());
        strip.show();
        QVERIFY(QTest::qWaitForWindowActive(&strip));
        QSignalSpy messages(&strip, &AttachmentStrip::message);
        strip.list()->setFocus();
        QTest::keyClick(strip.list(), Qt::Key_Right);
        QTest::keyClick(strip.list(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(suggested.endsWith(QStringLiteral("ổ gà 2.jpg")));
        QTRY_COMPARE(readAll(target), d.photo2);
        QTRY_VERIFY(!messages.isEmpty() &&
                    messages.last().at(0).toString().contains(QStringLiteral("saved.jpg")));
    }

    void aFileNeitherCachedNorReachableSaysSo()
    {
        Desk d;
        AttachmentViewer viewer(*d.caseFiles);
        viewer.show(41, d.current().attachments, 3);
        QTRY_VERIFY(viewer.statusText().contains(QStringLiteral("cannot be reached")));
        QVERIFY(!viewer.imageShown());
    }

    void evidenceRemovesTheNoEvidenceWarning()
    {
        Desk d;
        ReplyEditor editor;
        editor.setCaseFiles(d.caseFiles.get());
        const QList<CaseAction> actions = {CaseAction::DraftReply, CaseAction::SubmitReply};
        editor.setCase(d.current(), actions);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.evidence().isEmpty()); // report photos are not evidence
        QVERIFY(
            editor.sendWarnings().join(QLatin1Char(' ')).contains(QStringLiteral("No evidence")));
        AttachmentStrip *strip = editor.evidenceStrip();
        QVERIFY(strip->isVisible());
        QVERIFY(strip->attachButton()->isVisible());

        const QString path = d.dir.filePath(QStringLiteral("sau khi vá.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(jpeg(640, 480, Qt::gray));
        file.close();
        strip->setFileChooser([path] { return QStringList{path}; });
        QSignalSpy changed(d.caseFiles.get(), &CaseFiles::caseChanged);
        QSignalSpy failed(d.caseFiles.get(), &CaseFiles::attachFailed);
        editor.editor()->setFocus();
        QTest::keyClick(editor.editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(changed.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        editor.setCase(d.current(), actions); // as the window does after a local change
        QCOMPARE(editor.evidence().size(), 1);
        QCOMPARE(editor.evidence().first().fileName, QStringLiteral("sau khi vá.jpg"));
        QCOMPARE(Outbox(d.cache->db()).pending().first().kind, OutboxEntry::Kind::Upload);

        // The confirmation asks without the evidence warning now.
        typeIn(editor, QStringLiteral("Phường đã vá ổ gà trước số 12 Kim Mã, có ảnh kèm theo."));
        QString asked;
        whenModal([&asked](QWidget *modal) {
            asked =
                modal->property("text").toString() + modal->property("informativeText").toString();
            qobject_cast<QDialog *>(modal)->reject();
        });
        editor.button(CaseAction::SubmitReply)->click();
        QVERIFY(!asked.isEmpty());
        QVERIFY2(!asked.contains(QStringLiteral("No evidence")), qPrintable(asked));
        QVERIFY(
            editor.sendWarnings().join(QLatin1Char(' ')).indexOf(QStringLiteral("No evidence")) <
            0);
    }

    void thePreviewAndTheApproverSeeTheEvidence()
    {
        Desk d;
        Case c = d.current();
        c.attachments[0].purpose = Attachment::Purpose::Evidence;
        c.status = CaseStatus::AwaitingApproval;
        ReplyEditor editor;
        editor.setCaseFiles(d.caseFiles.get());
        editor.setCase(c, {CaseAction::Approve, CaseAction::SendBack});
        QCOMPARE(editor.evidence().size(), 1);
        QVERIFY(
            editor.approvalPanel()->evidenceLabel()->text().contains(QStringLiteral("ổ gà 1.jpg")));
        ReplyPreviewDialog preview(QStringLiteral("Đã xử lý."), c.unitName);
        preview.setEvidence(editor.evidenceStrip()->evidenceForPreview());
        auto *list = preview.findChild<QListWidget *>(QStringLiteral("previewEvidence"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("ổ gà 1.jpg"));
    }

private:
    static void typeIn(ReplyEditor &editor, const QString &text)
    {
        editor.editor()->setFocus();
        pakn::testing::typeText(editor.editor(), text);
    }
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
