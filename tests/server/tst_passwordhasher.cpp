#include "security/PasswordHasher.h"
#include "security/SessionTokens.h"

#include <QTest>

using pakn::server::PasswordHasher;
namespace SessionTokens = pakn::server::SessionTokens;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashHasTheDocumentedShape()
    {
        const QString h = PasswordHasher().hash(QStringLiteral("demo"));
        const QStringList parts = h.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QVERIFY(parts.at(1).toInt() >= 100000);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    }

    void verifiesTheRightPasswordOnly()
    {
        const PasswordHasher hasher;
        const QString h = hasher.hash(QStringLiteral("mật khẩu đúng"));
        QVERIFY(hasher.verify(QStringLiteral("mật khẩu đúng"), h));
        QVERIFY(!hasher.verify(QStringLiteral("mật khẩu sai"), h));
        QVERIFY(!hasher.verify(QString(), h));
    }

    void saltMakesEveryHashDifferent()
    {
        const PasswordHasher hasher;
        QVERIFY(hasher.hash(QStringLiteral("demo")) != hasher.hash(QStringLiteral("demo")));
    }

    void weakIterationCountsAreRaised()
    {
        const QString h = PasswordHasher(10).hash(QStringLiteral("x"));
        QCOMPARE(h.split(QLatin1Char('$')).at(1).toInt(), PasswordHasher::minimumIterations);
    }

    void tamperedOrMalformedHashesAreRejected()
    {
        const PasswordHasher hasher;
        QString h = hasher.hash(QStringLiteral("demo"));
        QStringList parts = h.split(QLatin1Char('$'));
        QByteArray digest = QByteArray::fromBase64(parts.at(3).toLatin1());
        digest[0] = char(digest.at(0) ^ 1);
        parts[3] = QString::fromLatin1(digest.toBase64());
        QVERIFY(!hasher.verify(QStringLiteral("demo"), parts.join(QLatin1Char('$'))));
        QVERIFY(!hasher.verify(QStringLiteral("demo"), QStringLiteral("demo")));
        QVERIFY(!hasher.verify(QStringLiteral("demo"), QStringLiteral("md5$1$AAAA$BBBB")));
        QVERIFY(!hasher.verify(QStringLiteral("demo"),
                               QStringLiteral("pbkdf2-sha256$999999999$AAAA$BBBB")));
        QVERIFY(!hasher.verify(QStringLiteral("demo"), QStringLiteral("pbkdf2-sha256$x$!!$??")));
    }

    void tokensAreRandomAndOnlyTheirHashIsKept()
    {
        const QByteArray a = SessionTokens::generate();
        const QByteArray b = SessionTokens::generate();
        QVERIFY(a != b);
        QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(!a.contains('+') && !a.contains('/') && !a.contains('='));
        const QString hash = SessionTokens::hashOf(a);
        QCOMPARE(hash.size(), 64);
        QCOMPARE(hash, SessionTokens::hashOf(a));
        QVERIFY(!hash.contains(QString::fromLatin1(a)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
