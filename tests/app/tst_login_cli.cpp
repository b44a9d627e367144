// `pakn login` with a one-time password (one the server generated, here by
// `pakn-server admin user reset-password`, the server stopped meanwhile): the new password is asked
// for at once (PAKN_NEW_PASSWORD, else the prompt), and without an acceptable one nothing is stored
// and the exit code says so.

#include "PaknRun.h"
#include "ServerProcess.h"
#include "SessionCount.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestLoginCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server{20};
    QString m_oneTime;

    PaknRun login(const QTemporaryDir &profile, const QString &password,
                  const QString &newPassword = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAKN_PASSWORD"), password);
        env.remove(QStringLiteral("PAKN_NEW_PASSWORD"));
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("PAKN_NEW_PASSWORD"), newPassword);
        return runPakn(profile.path(),
                       {QStringLiteral("login"), QStringLiteral("--remember"),
                        QStringLiteral("file"), m_server.url().toString(), QStringLiteral("--user"),
                        QStringLiteral("officer2"), QStringLiteral("--fingerprint"),
                        m_server.fingerprintText()},
                       env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_server.stop(); // the admin tool wants the data directory to itself
        QProcess admin;
        admin.start(qEnvironmentVariable("PAKN_SERVER_BIN"),
                    {QStringLiteral("admin"), QStringLiteral("--data"), m_server.dataDir(),
                     QStringLiteral("user"), QStringLiteral("reset-password"),
                     QStringLiteral("officer2")});
        QVERIFY(admin.waitForFinished(30000));
        const QString out = QString::fromUtf8(admin.readAllStandardOutput());
        const auto match =
            QRegularExpression(QStringLiteral("one-time password \\(shown only now\\): (\\S+)"))
                .match(out);
        QVERIFY2(match.hasMatch(),
                 qPrintable(out + QString::fromUtf8(admin.readAllStandardError())));
        m_oneTime = match.captured(1);
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void withoutANewPasswordNothingIsStored()
    {
        QTemporaryDir profile;
        const PaknRun r = login(profile, m_oneTime); // stdin is closed: the prompt reads nothing
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("for one use only")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no new password given")), qPrintable(r.err));
        QVERIFY(!QFile::exists(profile.filePath(QStringLiteral("token"))));
        // The one-time session was logged out before the command ended.
        QCOMPARE(sessionCount(m_server, QStringLiteral("officer2")), 0);
    }

    void aRefusedNewPasswordIsExplained()
    {
        QTemporaryDir profile;
        const PaknRun r = login(profile, m_oneTime, QStringLiteral("short"));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("at least 8 characters")), qPrintable(r.err));
        QVERIFY(!QFile::exists(profile.filePath(QStringLiteral("token"))));
        QCOMPARE(sessionCount(m_server, QStringLiteral("officer2")), 0);
    }

    void theNewPasswordReplacesTheOneTimeOne()
    {
        QTemporaryDir profile;
        const PaknRun r = login(profile, m_oneTime, QStringLiteral("my-own-secret"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Logged in as")));

        QTemporaryDir later;
        QCOMPARE(login(later, m_oneTime).exitCode, login(later, QStringLiteral("wrong")).exitCode);
        QCOMPARE(login(later, QStringLiteral("my-own-secret")).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginCli)
#include "tst_login_cli.moc"
