#pragma once

// Logging in: server address, optional pinned certificate fingerprint (for a
// self-signed server), user name, password and the interface language. The
// login runs asynchronously (pakn::Login) with a busy indicator; a failure is
// explained in plain words inside the dialog, which stays open with what was
// typed. Server, fingerprint, user and language are remembered in the
// profile; the password never is.

#include "ClientProfile.h"
#include "domain/Case.h"
#include "net/ApiClient.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace pakn {

class Login;
class UiLanguage;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ClientProfile &profile, UiLanguage &language, QString clientName,
                QWidget *parent = nullptr);

    // A message shown before the user does anything (e.g. "your session ended").
    void setNotice(const QString &text);

    bool isBusy() const;
    QString errorText() const;
    std::optional<Account> account() const { return m_account; }

    // Plain words for a failed login (public for tests).
    static QString explain(ApiResult::Kind kind, const QString &message);

Q_SIGNALS:
    void loggedIn(const pakn::Account &me);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startLogin();
    void setBusy(bool busy);
    void showError(const QString &text);

    ClientProfile &m_profile;
    UiLanguage &m_language;
    QString m_client;
    QPointer<Login> m_login;
    std::optional<Account> m_account;

    QLabel *m_intro;
    QLabel *m_serverLabel;
    QLabel *m_fingerprintLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_languageLabel;
    QLineEdit *m_server;
    QLineEdit *m_fingerprint;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_languageBox;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
};

} // namespace pakn
