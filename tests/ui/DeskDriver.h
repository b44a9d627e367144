#pragma once

// One run of the real desktop client for GUI tests against a real server: a
// fresh profile in Vietnamese, its session, and a login through the login
// dialog the way a user does it.

#include "ClientProfile.h"
#include "DeskSession.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "UiLanguage.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace pakn::testing {

// A new profile in `dir` that remembers its session in its own file, as a
// script's would: the tests have no system keychain (tst_keychain has one).
inline ClientProfile profileWithTokenFile(const QString &dir)
{
    ClientProfile profile(dir);
    profile.tokenStorage = TokenStorage::File;
    return profile;
}

struct Desk
{
    Desk() { language.use(QStringLiteral("vi")); }
    QTemporaryDir profileDir;
    ClientProfile profile = profileWithTokenFile(profileDir.path());
    UiLanguage language;
    DeskSession session{profile, language, QStringLiteral("pakn-desk GUI test")};
};

// Types `text` into the line edit named `name` inside `parent`, replacing what was there.
inline void fillLine(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Logs `user` (password "demo") in through the login dialog and waits for the main window.
inline void logIn(DeskSession &session, const ServerProcess &server, const QString &user)
{
    QVERIFY(session.start());
    QTRY_VERIFY(session.loginDialog()); // once the token's storage answered
    LoginDialog *dialog = session.loginDialog();
    fillLine(dialog, "serverEdit", server.url().toString());
    fillLine(dialog, "fingerprintEdit", server.fingerprintText());
    fillLine(dialog, "userEdit", user);
    fillLine(dialog, "passwordEdit", QStringLiteral("demo"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 20000);
    session.mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(session.mainWindow()));
}

// Logs `user` in and returns the active main window; nullptr (the test failed) otherwise.
inline MainWindow *openWindow(Desk &desk, const ServerProcess &server, const QString &user)
{
    logIn(desk.session, server, user);
    return QTest::currentTestFailed() ? nullptr : desk.session.mainWindow();
}

} // namespace pakn::testing
