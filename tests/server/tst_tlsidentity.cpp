#include "security/TlsIdentity.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using pakn::server::TlsIdentity;

class TestTlsIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstStartGeneratesAProperCertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QString error;
        const auto id = TlsIdentity::loadOrCreate(cert, key, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(QFile::exists(cert) && QFile::exists(key));
        QCOMPARE(QFile::permissions(key) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());

        const QSslCertificate &c = id->certificate();
        QCOMPARE(c.version(), QByteArrayLiteral("3"));
        QVERIFY(c.isSelfSigned());
        const auto names = c.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1")) ||
                names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        const qint64 days = c.effectiveDate().daysTo(c.expiryDate());
        QVERIFY2(days >= 3650 && days <= 3660, qPrintable(QString::number(days)));
        QCOMPARE(id->privateKey().algorithm(), QSsl::Ec);

        static const QRegularExpression shape(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
        QVERIFY(shape.match(id->fingerprintText()).hasMatch());
        QCOMPARE(id->fingerprint(), c.digest(QCryptographicHash::Sha256));
    }

    void twoServersHaveDifferentlyNamedCertificates()
    {
        // nginx pins several instances' certificates in one file; OpenSSL looks
        // a self-signed one up there by its name, so the names must differ.
        QTemporaryDir a, b;
        QString error;
        const auto first = TlsIdentity::loadOrCreate(a.filePath(QStringLiteral("c.pem")),
                                                     a.filePath(QStringLiteral("k.pem")), &error);
        const auto second = TlsIdentity::loadOrCreate(b.filePath(QStringLiteral("c.pem")),
                                                      b.filePath(QStringLiteral("k.pem")), &error);
        QVERIFY2(first && second, qPrintable(error));
        QVERIFY(first->certificate().subjectDisplayName().startsWith(u"pakn-server "));
        QVERIFY(first->certificate().subjectDisplayName() !=
                second->certificate().subjectDisplayName());
    }

    void laterStartsReuseTheSameCertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QString error;
        const auto first = TlsIdentity::loadOrCreate(cert, key, &error);
        const auto second = TlsIdentity::loadOrCreate(cert, key, &error);
        QVERIFY(first && second);
        QCOMPARE(second->fingerprint(), first->fingerprint());
        QCOMPARE(second->privateKey().toPem(), first->privateKey().toPem());
    }

    void aMissingOrDamagedFileIsAnErrorNotANewCertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QString error;
        QVERIFY(TlsIdentity::loadOrCreate(cert, key, &error));
        QVERIFY(QFile::remove(key));
        QVERIFY(!TlsIdentity::loadOrCreate(cert, key, &error));
        QVERIFY(error.contains(key));
        QVERIFY(!QFile::exists(key));

        QFile garbage(key);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a key");
        garbage.close();
        error.clear();
        QVERIFY(!TlsIdentity::loadOrCreate(cert, key, &error));
        QVERIFY(error.contains(QStringLiteral("private key")));
    }
};

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
