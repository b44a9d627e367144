#include "domain/FileSignature.h"

#include <QTest>

using namespace pakn;

class TestFileSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("type"); // -1: refused
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)
                              << int(FileType::Jpeg);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                             << int(FileType::Png);
        QTest::newRow("webp") << QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)
                              << int(FileType::Webp);
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << int(FileType::Pdf);
        QTest::newRow("riff but wave") << QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) << -1;
        QTest::newRow("short riff") << QByteArray("RIFF\x24\x00") << -1;
        QTest::newRow("gif") << QByteArray("GIF89a") << -1;
        QTest::newRow("exe") << QByteArray("MZ\x90\x00", 4) << -1;
        QTest::newRow("html named .jpg") << QByteArray("<html><img") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("two jpeg bytes") << QByteArray("\xFF\xD8") << -1;
    }
    void detects()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, type);
        const auto found = detectFileType(head);
        QCOMPARE(found ? int(*found) : -1, type);
    }

    void contentTypesRoundTrip()
    {
        for (FileType t : {FileType::Jpeg, FileType::Png, FileType::Webp, FileType::Pdf}) {
            QCOMPARE(fileTypeFromContentType(contentType(t)), t);
            QVERIFY(!fileExtension(t).isEmpty());
        }
        QVERIFY(!fileTypeFromContentType(QStringLiteral("text/html")));
        QVERIFY(isImage(FileType::Webp));
        QVERIFY(!isImage(FileType::Pdf));
    }
};

QTEST_APPLESS_MAIN(TestFileSignature)
#include "tst_filesignature.moc"
