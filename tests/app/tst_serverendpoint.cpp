#include "net/ServerEndpoint.h"

#include <QTest>

using namespace pakn;

namespace {
const QByteArray kRaw =
    QByteArray::fromHex("3f1a9c0b7d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
const QString kColons = QStringLiteral("3F:1A:9C:0B:7D:2E:4F:5A:6B:7C:8D:9E:0F:1A:2B:3C:4D:5E:6F:"
                                       "70:81:92:A3:B4:C5:D6:E7:F8:09:1A:2B:3C");
} // namespace

class TestServerEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesFingerprintSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("colons, upper case") << kColons << true;
        QTest::newRow("colons, lower case") << kColons.toLower() << true;
        QTest::newRow("plain hex") << QString(kColons).remove(QLatin1Char(':')) << true;
        QTest::newRow("openssl 3 prefix")
            << QStringLiteral("sha256 Fingerprint=") + kColons << true;
        QTest::newRow("openssl 1.1 prefix")
            << QStringLiteral("SHA256 Fingerprint=") + kColons << true;
        QTest::newRow("white space around")
            << QStringLiteral("  ") + kColons + QStringLiteral("\n") << true;
        QTest::newRow("spaces between bytes")
            << QString(kColons).replace(QLatin1Char(':'), QLatin1Char(' ')) << true;
        QTest::newRow("one byte short") << kColons.left(kColons.size() - 3) << false;
        QTest::newRow("one byte long") << kColons + QStringLiteral(":AA") << false;
        QTest::newRow("not hex") << QString(kColons).replace(0, 1, QLatin1Char('G')) << false;
        QTest::newRow("SHA-1")
            << QStringLiteral(
                   "SHA1 Fingerprint=AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01")
            << false;
        QTest::newRow("other prefix") << QStringLiteral("md5=") + kColons << false;
        QTest::newRow("empty") << QString() << false;
    }
    void parsesFingerprintSpellings()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto parsed = ServerEndpoint::parseFingerprint(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, kRaw);
    }

    void formatsLikeOpenSsl()
    {
        QCOMPARE(ServerEndpoint::formatFingerprint(kRaw), kColons);
        QCOMPARE(ServerEndpoint::parseFingerprint(ServerEndpoint::formatFingerprint(kRaw)), kRaw);
    }

    void validateRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowPlainLoopback");
        QTest::addColumn<QByteArray>("fingerprint");
        QTest::addColumn<bool>("usable");
        QTest::newRow("https") << "https://pakn.hanoi.gov.vn" << false << QByteArray() << true;
        QTest::newRow("https with port and path")
            << "https://10.0.0.5:8443/pakn" << false << kRaw << true;
        QTest::newRow("http refused")
            << "http://pakn.hanoi.gov.vn" << false << QByteArray() << false;
        QTest::newRow("http loopback, not asked")
            << "http://127.0.0.1:8080" << false << QByteArray() << false;
        QTest::newRow("http loopback, asked")
            << "http://127.0.0.1:8080" << true << QByteArray() << true;
        QTest::newRow("http localhost, asked")
            << "http://localhost:8080" << true << QByteArray() << true;
        QTest::newRow("http ::1, asked") << "http://[::1]:8080" << true << QByteArray() << true;
        QTest::newRow("http LAN, asked")
            << "http://192.168.1.10:8080" << true << QByteArray() << false;
        QTest::newRow("http name, asked") << "http://pakn.local" << true << QByteArray() << false;
        QTest::newRow("other scheme")
            << "ftp://pakn.hanoi.gov.vn" << false << QByteArray() << false;
        QTest::newRow("no host") << "https://" << false << QByteArray() << false;
        QTest::newRow("empty") << "" << false << QByteArray() << false;
        QTest::newRow("user info")
            << "https://admin:secret@pakn.hanoi.gov.vn" << false << QByteArray() << false;
        QTest::newRow("short fingerprint")
            << "https://pakn.hanoi.gov.vn" << false << kRaw.left(20) << false;
    }
    void validateRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowPlainLoopback);
        QFETCH(QByteArray, fingerprint);
        QFETCH(bool, usable);
        ServerEndpoint e;
        e.baseUrl = QUrl(url);
        e.allowPlainLoopback = allowPlainLoopback;
        e.fingerprint = fingerprint;
        const QString why = e.validate();
        QVERIFY2(why.isEmpty() == usable, qPrintable(why));
        QVERIFY(!why.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
