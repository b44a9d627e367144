// Issue 9, "Security": the session token lives in the system keychain,
// falling back to not remembering it; the profile's 0600 file only when the
// profile chose it (scripts, unattended machines).
//
// Run as ctest runs it, this process has no keychain: its session bus
// address points at nothing. Logging in then works for the run, nothing is
// written to disk, the user is told, and the next start asks to log in. Its
// last test runs this same executable again under `dbus-run-session` with
// gnome-keyring-daemon (--unlock --components=secrets, the password on stdin)
// started inside: a real Secret Service, where the token is in the keychain and
// nowhere in the profile, a new process is logged in without asking, and
// logging out (with or without deleting this computer's copy) leaves nothing in
// the keychain. It skips, saying why, when those programs are not installed.

#include "../app/SyncClient.h"
#include "DeskDriver.h"
#include "PaknRun.h"
#include "SessionCount.h"
#include "SessionCredentials.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace synctest;
using pakn::testing::fillLine;

namespace {

constexpr char kChildVariable[] = "PAKN_KEYCHAIN_TEST_BUS";
const QString kNoKeychain =
    QStringLiteral("No system keychain is available: you will be asked to log in again next time.");

// The profile's files that hold these bytes anywhere (the cache included).
QStringList filesHolding(const QString &dir, const QByteArray &bytes)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            found << f.fileName();
    }
    return found;
}

bool tokenFileExists(const ClientProfile &profile)
{
    return QFile::exists(profile.directory() + QStringLiteral("/token"));
}

// Logs in through Login with the profile's own storage; the credentials hold the session.
bool logInWith(SessionCredentials &credentials, const QString &password = QStringLiteral("demo"))
{
    Login login(credentials, kClient);
    QSignalSpy succeeded(&login, &Login::succeeded);
    QSignalSpy failed(&login, &Login::failed);
    login.start(password);
    if (!QTest::qWaitFor([&] { return succeeded.size() + failed.size() > 0; }, 20000))
        return false;
    if (!failed.isEmpty())
        qWarning() << "login failed:" << failed.first().at(0).toString();
    return !succeeded.isEmpty();
}

bool load(SessionCredentials &credentials)
{
    QSignalSpy loaded(&credentials, &SessionCredentials::loaded);
    credentials.load();
    return loaded.wait(20000);
}

// The profile as an older version left it: the token in its file, no storage setting.
void makeOldProfile(Client &c)
{
    c.profile.tokenStorage = TokenStorage::File;
    QVERIFY(logIn(c.profile, QStringLiteral("demo")).ok);
    QVERIFY(tokenFileExists(c.profile));
    QSettings ini(c.profile.directory() + QStringLiteral("/profile.ini"), QSettings::IniFormat);
    ini.remove(QStringLiteral("session/token_storage"));
    ini.sync();
    QVERIFY(c.profile.load(nullptr));
    QCOMPARE(c.profile.tokenStorage, TokenStorage::Keychain);
}

QProcessEnvironment withPassword(const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAKN_PASSWORD"), password);
    return env;
}

} // namespace

// No keychain answers: the session bus is at an address where nothing listens.
class TestWithoutKeychain : public QObject
{
    Q_OBJECT

    ServerProcess m_server{30};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void aLoginIsKeptInMemoryOnlyAndTheUserIsToldOnce()
    {
        Client c(m_server, QStringLiteral("officer"));
        c.profile.tokenStorage = TokenStorage::Keychain;
        SessionCredentials credentials(c.profile);
        QVERIFY(logInWith(credentials));
        const QByteArray token = credentials.token();
        QVERIFY(!token.isEmpty());
        QVERIFY(!credentials.remembered());
        QCOMPARE(credentials.takeNotice(), kNoKeychain);
        QVERIFY(credentials.takeNotice().isEmpty()); // once
        QVERIFY(!tokenFileExists(c.profile));
        QCOMPARE(filesHolding(c.profile.directory(), token), QStringList());

        // The run goes on with it.
        c.openCache();
        c.makeEngine(token);
        QVERIFY(runRound(*c.engine).casesChanged > 0);

        // The next start asks to log in: a new process, and a new reading here.
        const PaknRun sync = runPakn(c.profile.directory(), {QStringLiteral("sync")},
                                     QProcessEnvironment::systemEnvironment());
        QCOMPARE(sync.exitCode, 4);
        QVERIFY2(sync.err.contains(QLatin1String("not logged in")), qPrintable(sync.err));
        SessionCredentials next(c.profile);
        QVERIFY(load(next));
        QVERIFY(next.token().isEmpty());
        QCOMPARE(filesHolding(c.profile.directory(), token), QStringList());
    }

    void theDeskSaysSoInItsLoginDialogAndNotAgain()
    {
        pakn::testing::Desk desk;
        desk.profile.tokenStorage = TokenStorage::Keychain;
        QVERIFY(desk.language.use(QStringLiteral("en")));
        DeskSession &session = desk.session;
        QVERIFY(session.start());
        QTRY_VERIFY(session.loginDialog());
        LoginDialog *dialog = session.loginDialog();
        QCOMPARE(dialog->errorText(), kNoKeychain);
        fillLine(dialog, "serverEdit", m_server.url().toString());
        fillLine(dialog, "fingerprintEdit", m_server.fingerprintText());
        fillLine(dialog, "userEdit", QStringLiteral("officer2"));
        fillLine(dialog, "passwordEdit", QStringLiteral("demo"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 20000);
        QVERIFY(!session.mainWindow()->statusBar()->currentMessage().contains(kNoKeychain));
        QVERIFY(!session.credentials().token().isEmpty());
        QVERIFY(!tokenFileExists(desk.profile));
        QCOMPARE(filesHolding(desk.profile.directory(), session.credentials().token()),
                 QStringList());
        QVERIFY(desk.language.use(QStringLiteral("vi")));
    }

    void theCommandLineSaysSoAndEndsTheSession()
    {
        QTemporaryDir profile;
        const PaknRun r = runPakn(profile.path(),
                                  {QStringLiteral("login"), m_server.url().toString(),
                                   QStringLiteral("--user"), QStringLiteral("officer3"),
                                   QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                                  withPassword(QStringLiteral("demo")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(kNoKeychain), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--remember file")), qPrintable(r.err));
        QVERIFY(!QFile::exists(profile.filePath(QStringLiteral("token"))));
        // A session nobody could use is not left open on the server.
        QCOMPARE(sessionCount(m_server, QStringLiteral("officer3")), 0);
    }

    void anOldTokenFileIsDeletedWhenNoKeychainTakesIt()
    {
        Client c(m_server, QStringLiteral("coordinator"));
        makeOldProfile(c);
        const QByteArray old = c.profile.readToken();
        SessionCredentials credentials(c.profile);
        QVERIFY(load(credentials));
        QCOMPARE(credentials.token(), old); // this run still has it
        QVERIFY(!credentials.remembered());
        QCOMPARE(credentials.takeNotice(), kNoKeychain);
        QVERIFY(!tokenFileExists(c.profile));
        QCOMPARE(filesHolding(c.profile.directory(), old), QStringList());
    }

    void theFileIsAnExplicitChoice()
    {
        QTemporaryDir dir;
        const QStringList login{QStringLiteral("login"),         m_server.url().toString(),
                                QStringLiteral("--user"),        QStringLiteral("leader"),
                                QStringLiteral("--fingerprint"), m_server.fingerprintText(),
                                QStringLiteral("--remember"),    QStringLiteral("file")};
        const PaknRun r = runPakn(dir.path(), login, withPassword(QStringLiteral("demo")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ClientProfile profile(dir.path());
        QVERIFY(profile.load(nullptr));
        QCOMPARE(profile.tokenStorage, TokenStorage::File);
        QVERIFY(!profile.readToken().isEmpty());
        const auto modeBits =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("token"))).permissions() & modeBits,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600
        const auto env = QProcessEnvironment::systemEnvironment();
        QCOMPARE(runPakn(dir.path(), {QStringLiteral("sync")}, env).exitCode, 0);
        QCOMPARE(runPakn(dir.path(), {QStringLiteral("logout")}, env).exitCode, 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("token"))));
        QCOMPARE(sessionCount(m_server, QStringLiteral("leader")), 0);
    }

    void withARealSecretService()
    {
        for (const char *program : {"dbus-run-session", "gnome-keyring-daemon", "secret-tool"})
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh)")
                                     .arg(QLatin1String(program))));
        // A home of its own: gnome-keyring keeps its keyring file there.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QLatin1String(kChildVariable), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--"), QCoreApplication::applicationFilePath()});
        QVERIFY(finished.wait(240000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0); // its own results are printed above
    }
};

// Inside dbus-run-session, with gnome-keyring-daemon's Secret Service.
class TestWithKeychain : public QObject
{
    Q_OBJECT

    ServerProcess m_server{30};

    // What the keychain holds for this profile's session, as `secret-tool` reads it.
    static QByteArray inKeychain(const ClientProfile &profile)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    SessionCredentials::keychainService(), QStringLiteral("user"),
                    SessionCredentials::keychainKey(profile)});
        if (!tool.waitForFinished(20000))
            return "(secret-tool did not answer)";
        const QByteArray out = tool.readAllStandardOutput().trimmed();
        // Binary secrets are kept in base64.
        const auto decoded =
            QByteArray::fromBase64Encoding(out, QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? *decoded : out;
    }
    // Every entry of the application, whatever its key.
    static int entries()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    SessionCredentials::keychainService()});
        if (!tool.waitForFinished(20000))
            return -1;
        const QString all = QString::fromUtf8(tool.readAllStandardOutput());
        return int(all.count(
            QRegularExpression(QStringLiteral("^label = "), QRegularExpression::MultilineOption)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess daemon;
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(daemon.waitForStarted(20000));
        daemon.write("keychain-test-password");
        daemon.closeWriteChannel();
        QVERIFY(daemon.waitForFinished(20000)); // it goes on in the background
        const QByteArray out = daemon.readAllStandardOutput() + daemon.readAllStandardError();
        QVERIFY2(daemon.exitStatus() == QProcess::NormalExit && daemon.exitCode() == 0,
                 out.constData());
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void theTokenIsInTheKeychainAndNowhereInTheProfile()
    {
        Client c(m_server, QStringLiteral("officer"));
        c.profile.tokenStorage = TokenStorage::Keychain;
        SessionCredentials credentials(c.profile);
        QVERIFY(logInWith(credentials));
        const QByteArray token = credentials.token();
        QVERIFY(credentials.remembered());
        QVERIFY(credentials.takeNotice().isEmpty());
        QVERIFY(!tokenFileExists(c.profile));
        QCOMPARE(filesHolding(c.profile.directory(), token), QStringList());
        QCOMPARE(inKeychain(c.profile), token);

        // Another process on the profile is logged in without asking.
        const auto env = QProcessEnvironment::systemEnvironment();
        const PaknRun sync = runPakn(c.profile.directory(), {QStringLiteral("sync")}, env);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));

        // Logging out there takes it out of the keychain.
        const PaknRun out = runPakn(c.profile.directory(), {QStringLiteral("logout")}, env);
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY(inKeychain(c.profile).isEmpty());
        QCOMPARE(sessionCount(m_server, QStringLiteral("officer")), 0);
        QCOMPARE(runPakn(c.profile.directory(), {QStringLiteral("sync")}, env).exitCode, 4);
    }

    void aNewDeskIsLoggedInAndItsLogoutEmptiesTheKeychain()
    {
        QTemporaryDir dir;
        UiLanguage language;
        QVERIFY(language.use(QStringLiteral("en")));
        {
            ClientProfile profile(dir.path());
            DeskSession first(profile, language, QStringLiteral("tst_keychain"));
            pakn::testing::logIn(first, m_server, QStringLiteral("officer2"));
            QVERIFY(first.mainWindow());
            QTRY_VERIFY(first.credentials().remembered());
            QVERIFY(!tokenFileExists(profile));
            QCOMPARE(inKeychain(profile), first.credentials().token());
        }
        ClientProfile profile(dir.path());
        QVERIFY(profile.load(nullptr));
        DeskSession again(profile, language, QStringLiteral("tst_keychain"));
        QVERIFY(again.start());
        QTRY_VERIFY_WITH_TIMEOUT(again.mainWindow() || again.loginDialog(), 20000);
        QVERIFY(again.mainWindow()); // without asking
        QVERIFY(!again.loginDialog());

        auto *logout = again.mainWindow()->findChild<QAction *>(QStringLiteral("logoutAction"));
        QVERIFY(logout);
        logout->trigger();
        QTRY_VERIFY(again.loginDialog());
        QTRY_VERIFY_WITH_TIMEOUT(inKeychain(profile).isEmpty(), 20000);
        QCOMPARE(entries(), 0);
    }

    void deletingThisComputersCopyLeavesNothingInTheKeychain()
    {
        QTemporaryDir dir;
        const auto env = withPassword(QStringLiteral("demo"));
        const PaknRun in = runPakn(dir.path(),
                                   {QStringLiteral("login"), m_server.url().toString(),
                                    QStringLiteral("--user"), QStringLiteral("coordinator"),
                                    QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                                   env);
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("token"))));
        ClientProfile profile(dir.path());
        QVERIFY(profile.load(nullptr));
        QVERIFY(!inKeychain(profile).isEmpty());
        const PaknRun out =
            runPakn(dir.path(), {QStringLiteral("logout"), QStringLiteral("--wipe")}, env);
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY(inKeychain(profile).isEmpty());
        QCOMPARE(entries(), 0);
    }

    void anOldTokenFileMovesToTheKeychain()
    {
        Client c(m_server, QStringLiteral("leader"));
        makeOldProfile(c);
        const QByteArray old = c.profile.readToken();
        const PaknRun sync = runPakn(c.profile.directory(), {QStringLiteral("sync")},
                                     QProcessEnvironment::systemEnvironment());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(!tokenFileExists(c.profile));
        QCOMPARE(filesHolding(c.profile.directory(), old), QStringList());
        QCOMPARE(inKeychain(c.profile), old);
    }
};

int main(int argc, char **argv)
{
    const bool inChild = qEnvironmentVariableIsSet(kChildVariable);
    // Nothing listens there: no keychain answers, and none is started on demand.
    if (!inChild)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pakn-keychain-test");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (inChild) {
        TestWithKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestWithoutKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
