// Issue 9: no personal data (names, phone numbers, message texts) and no
// tokens or passwords in the logs, at any level. The real pakn-server and the
// real `pakn` client run a whole scenario (a failed login, logins, a report
// taken by telephone with the reporter's name, phone and address, sync, a
// note, logout everywhere) with every logging category at debug
// (QT_LOGGING_RULES="*.debug=true"); then both logs are searched for every
// such value the scenario used. Afterwards every file the client left in its
// profile (token, cache and its WAL, settings) is the user's alone.

#include "PaknRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString reporterName = QString::fromUtf8("Lương Thị Bảo Mật");
const QString reporterPhone = QStringLiteral("0912 468 357");
const QString reporterAddress = QString::fromUtf8("Số 17 ngõ Kín Đáo");
const QString description = QString::fromUtf8("Nhà hàng xóm đổ phế thải riêng tư xuống cống");
const QString noteText = QString::fromUtf8("Ghi chú nội bộ không được ghi vào nhật ký");
const QString wrongPassword = QStringLiteral("sai-mat-khau-bi-mat");
} // namespace

class TestLogsPrivate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QString m_fingerprint;
    QString m_clientLog;         // every client run's stderr (its log)
    QTemporaryDir m_coordinator; // the profile of the scenario's user

    QProcessEnvironment env(const QString &password = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        e.remove(QStringLiteral("PAKN_PASSWORD"));
        if (!password.isEmpty())
            e.insert(QStringLiteral("PAKN_PASSWORD"), password);
        return e;
    }

    PaknRun pakn(const QString &profile, const QStringList &args, const QString &password = {})
    {
        const PaknRun r = runPakn(profile, args, env(password));
        m_clientLog += r.err;
        return r;
    }

    QString serverLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    bool login(const QString &profile, const QString &user, const QString &password)
    {
        const PaknRun r = pakn(profile,
                               {QStringLiteral("login"), QStringLiteral("--remember"),
                                QStringLiteral("file"), m_url, QStringLiteral("--user"), user,
                                QStringLiteral("--fingerprint"), m_fingerprint},
                               password);
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
        // The log goes to a file: at debug it is far more than a pipe holds.
        m_server.setProcessEnvironment(env());
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
        m_server.start(qEnvironmentVariable("PAKN_SERVER_BIN"),
                       {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--demo-cases"), QStringLiteral("20")});
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
        static const QRegularExpression print(QStringLiteral("fingerprint ([0-9A-F:]{95})"));
        QTRY_VERIFY_WITH_TIMEOUT(
            listening.match(serverLog()).hasMatch() && print.match(serverLog()).hasMatch(), 120000);
        m_url = listening.match(serverLog()).captured(1);
        m_fingerprint = print.match(serverLog()).captured(1);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void aWholeScenarioLeavesNoPersonalDataInTheLogs()
    {
        const QTemporaryDir &coordinator = m_coordinator;
        QTemporaryDir stranger;
        QVERIFY(!login(stranger.path(), QStringLiteral("coordinator"), wrongPassword));
        QVERIFY(login(coordinator.path(), QStringLiteral("coordinator"), QStringLiteral("demo")));
        QCOMPARE(pakn(coordinator.path(), {QStringLiteral("sync")}).exitCode, 0);

        const PaknRun taken =
            pakn(coordinator.path(),
                 {QStringLiteral("--json"), QStringLiteral("intake"), QStringLiteral("--channel"),
                  QStringLiteral("hotline"), QStringLiteral("--description"), description,
                  QStringLiteral("--name"), reporterName, QStringLiteral("--phone"), reporterPhone,
                  QStringLiteral("--address"), reporterAddress});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        const qint64 id = QJsonDocument::fromJson(taken.out.toUtf8())
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 0);
        QCOMPARE(pakn(coordinator.path(), {QStringLiteral("sync")}).exitCode, 0);
        const PaknRun shown =
            pakn(coordinator.path(),
                 {QStringLiteral("--json"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.out.contains(reporterName), qPrintable(shown.err)); // it was there to leak
        const PaknRun noted =
            pakn(coordinator.path(), {QStringLiteral("act"), QString::number(id),
                                      QStringLiteral("note"), QStringLiteral("text=") + noteText});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        QCOMPARE(pakn(coordinator.path(), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(
            pakn(coordinator.path(), {QStringLiteral("--json"), QStringLiteral("list")}).exitCode,
            0);

        QFile tokenFile(coordinator.filePath(QStringLiteral("token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QString token = QString::fromLatin1(tokenFile.readAll()).trimmed();
        QVERIFY(token.size() >= 32);
        tokenFile.close();
        QCOMPARE(
            pakn(coordinator.path(), {QStringLiteral("logout"), QStringLiteral("--everywhere")})
                .exitCode,
            0);
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(20000));

        const QString server = serverLog();
        // The logs were on, at debug, and saw the scenario.
        QVERIFY2(server.contains(QStringLiteral("login:")), qPrintable(server.left(2000)));
        QVERIFY(server.contains(QStringLiteral("/api/v1/cases")));
        QVERIFY(!m_clientLog.isEmpty());

        QString digitsOnly = reporterPhone;
        digitsOnly.remove(QLatin1Char(' '));
        const QStringList secrets = {reporterName,    reporterPhone,
                                     digitsOnly,      digitsOnly.mid(1),
                                     reporterAddress, description,
                                     noteText,        token,
                                     wrongPassword,   QStringLiteral("\"password\":\"demo\"")};
        QStringList leaks;
        for (const QString &secret : secrets) {
            if (server.contains(secret))
                leaks << QStringLiteral("server log holds \"%1\"").arg(secret);
            if (m_clientLog.contains(secret))
                leaks << QStringLiteral("client log holds \"%1\"").arg(secret);
        }
        if (!leaks.isEmpty()) {
            for (const QString &line : server.split(QLatin1Char('\n')))
                for (const QString &secret : secrets)
                    if (line.contains(secret))
                        qWarning().noquote() << "server:" << line.left(300);
            for (const QString &line : m_clientLog.split(QLatin1Char('\n')))
                for (const QString &secret : secrets)
                    if (line.contains(secret))
                        qWarning().noquote() << "client:" << line.left(300);
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        qInfo() << "searched" << server.size() << "characters of server log and"
                << m_clientLog.size() << "of client log";
    }

    // Issue 9: the client's files are readable by the user alone (0600, folders 0700).
    void theProfileIsTheUsersAlone()
    {
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QStringList open;
        int seen = 0;
        QDirIterator it(m_coordinator.path(),
                        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            ++seen;
            if (info.permissions() & others)
                open << QStringLiteral("%1 %2")
                            .arg(info.fileName())
                            .arg(uint(info.permissions()), 0, 16);
        }
        if (QFileInfo(m_coordinator.path()).permissions() & others)
            open << QStringLiteral("the profile folder");
        QVERIFY(seen >= 2);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLogsPrivate)
#include "tst_logs_private.moc"
