#pragma once

// One run of the desktop client for one profile: opens the local cache (a
// damaged file is reported with its path and what to do), reads the session
// token where the profile keeps it (the system keychain by default; without
// waiting for it), shows the login dialog unless there was one, then the main
// window with sync running. The token is then held in memory for the session. Logging out, or the
// server rejecting the stored token, goes back to the login dialog; nothing typed or queued is lost
// on the way, except when the user chose to delete this computer's copy of the cases (after being
// told how much unsent work that loses).

#include "ClientProfile.h"
#include "Logout.h"
#include "SessionCredentials.h"
#include "domain/WorkflowRules.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QProgressDialog;

namespace pakn {

class CacheDatabase;
class CaseFiles;
class CaseStore;
class LocalActions;
class LoginDialog;
class MainWindow;
class SettingsDialog;
class SyncController;
class UiLanguage;
struct Account;

class DeskSession : public QObject
{
    Q_OBJECT
public:
    DeskSession(ClientProfile &profile, UiLanguage &language, QString clientName,
                QObject *parent = nullptr);
    ~DeskSession() override;

    // False when the cache cannot be opened (the user has been told why).
    // Otherwise the login dialog or the main window follows, once the token's
    // storage answered.
    bool start();
    // Tells the user that the profile's settings file cannot be read.
    static void reportUnreadableProfile(const ClientProfile &profile, const QString &error);

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const { return m_window.get(); }
    SyncController *syncController() const { return m_sync.get(); }
    CaseStore *caseStore() const { return m_store.get(); }
    SessionCredentials &credentials() { return m_credentials; }

    // Opens the settings dialog (File → Settings); applied when accepted.
    // Returns it for tests.
    SettingsDialog *showSettings();

    // Why the cache could not be opened, in words for the user (for tests).
    QString startError() const { return m_startError; }

Q_SIGNALS:
    // The user is done: closed the main window, or left the login dialog.
    void finished();

private:
    void credentialsLoaded();
    // While the keychain has not answered (it may be asking the user to unlock it).
    void showOpening();
    void showLogin(const QString &notice);
    void openMain(const Account &me);
    void wireCaseFiles();
    void closeMain();
    void logout(Logout::Reach reach, bool wipe = false);
    // Says what deleting this computer's copy would lose, and asks.
    void askToWipe();
    // After closeMain(): deletes the cache and the attachments, and opens a fresh cache.
    bool wipeLocalCopy(QString *error);
    void sessionEnded();
    void applySettings(SettingsDialog *dialog);
    void applyPreferences();

    ClientProfile &m_profile;
    SessionCredentials m_credentials;
    UiLanguage &m_language;
    QString m_client;
    WorkflowRules m_rules; // from the cached reference data; m_actions holds it by reference
    QString m_startError;
    // Declared so that they are destroyed in reverse: window, sync, actions,
    // store, and the database connection last.
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<LocalActions> m_actions;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<CaseFiles> m_files;
    std::unique_ptr<MainWindow> m_window;
    QPointer<LoginDialog> m_login;
    QPointer<QProgressDialog> m_opening;
    QPointer<SettingsDialog> m_settings;
};

} // namespace pakn
