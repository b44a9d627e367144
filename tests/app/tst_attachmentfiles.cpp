// The attachment file cache: content-addressed files that must hash to their
// name, thumbnails, and the pending folder of files waiting for upload.

#include "files/AttachmentFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

class TestAttachmentFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFileIsKeptUnderItsChecksum()
    {
        QTemporaryDir dir;
        const AttachmentFiles files(dir.path());
        const QByteArray bytes("%PDF-1.4 a document");
        const QString sha = AttachmentFiles::sha256Hex(bytes);
        QString error;
        QVERIFY(!files.hasFile(sha));
        QVERIFY2(files.storeFile(sha, bytes, &error), qPrintable(error));
        QVERIFY(files.hasFile(sha));
        QCOMPARE(files.filePath(sha), dir.filePath(QStringLiteral("files/") + sha));
        QFile stored(files.filePath(sha));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), bytes);
    }

    void aDamagedDownloadIsRefused()
    {
        QTemporaryDir dir;
        const AttachmentFiles files(dir.path());
        const QString sha = AttachmentFiles::sha256Hex("the real content");
        QString error;
        QVERIFY(!files.storeFile(sha, "something else", &error));
        QVERIFY(error.contains(QStringLiteral("checksum")));
        QVERIFY(!files.hasFile(sha));
        QVERIFY(!QFile::exists(files.filePath(sha)));
    }

    void namesThatCouldLeaveTheFolderAreRefused()
    {
        QTemporaryDir dir;
        const AttachmentFiles files(dir.path());
        QVERIFY(files.filePath(QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(files.pendingPath(QStringLiteral("a/b")).isEmpty());
        QString error;
        QVERIFY(!files.stagePending(QStringLiteral(".."), "x", &error));
        QVERIFY(!error.isEmpty());
    }

    void thePendingCopyBecomesTheCachedFile()
    {
        QTemporaryDir dir;
        const AttachmentFiles files(
            AttachmentFiles::besideCache(dir.filePath(QStringLiteral("cache.sqlite"))));
        const QString id = QStringLiteral("6f1c1e0e-8d4f-4b8e-9a55-0c1b2f3a4d5e");
        const QByteArray bytes("\x89PNG\r\n\x1a\n an image");
        const QString sha = AttachmentFiles::sha256Hex(bytes);
        QString error;
        QVERIFY(files.stagePending(id, bytes, &error));
        QCOMPARE(files.pendingPath(id), dir.filePath(QStringLiteral("files/pending/") + id));
        QCOMPARE(files.readPending(id, &error), bytes);

        Attachment a;
        a.id = id;
        a.sha256 = sha;
        QCOMPARE(files.localPath(a), files.pendingPath(id)); // shown before the upload
        QVERIFY2(files.promotePending(id, sha, &error), qPrintable(error));
        QVERIFY(files.hasFile(sha));
        QVERIFY(!QFile::exists(files.pendingPath(id)));
        QCOMPARE(files.localPath(a), files.filePath(sha));
    }

    void aPendingCopyThatDoesNotMatchIsNotPromoted()
    {
        QTemporaryDir dir;
        const AttachmentFiles files(dir.path());
        const QString id = QStringLiteral("0b0e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
        QString error;
        QVERIFY(files.stagePending(id, "changed on disk", &error));
        QVERIFY(!files.promotePending(id, AttachmentFiles::sha256Hex("original"), &error));
        QVERIFY(QFile::exists(files.pendingPath(id))); // nothing lost
        QVERIFY(files.readPending(QStringLiteral("11111111-2222-3333-4444-555555555555"), &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentFiles)
#include "tst_attachmentfiles.moc"
