#include "LoginDialog.h"

#include "Login.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLoginDialog, "pakn.ui.login")

namespace pakn {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c62828");
} // namespace

LoginDialog::LoginDialog(SessionCredentials &credentials, UiLanguage &language, QString clientName,
                         QWidget *parent)
    : QDialog(parent), m_credentials(credentials), m_profile(credentials.profile()),
      m_language(language), m_client(std::move(clientName))
{
    setObjectName(QStringLiteral("loginDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_form = form;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeatPassword = new QLineEdit(this);
    m_repeatPassword->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeatPassword->setEchoMode(QLineEdit::Password);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    // Each language is named in itself, so anyone can find their own.
    m_languageBox->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_serverLabel = new QLabel(this);
    m_fingerprintLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_newPasswordLabel = new QLabel(this);
    m_repeatPasswordLabel = new QLabel(this);
    m_newPasswordLabel->setBuddy(m_newPassword);
    m_repeatPasswordLabel->setBuddy(m_repeatPassword);
    m_serverLabel->setBuddy(m_server);
    m_fingerprintLabel->setBuddy(m_fingerprint);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_languageBox);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_fingerprintLabel, m_fingerprint);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_newPasswordLabel, m_newPassword);
    form->addRow(m_repeatPasswordLabel, m_repeatPassword);
    form->setRowVisible(m_newPassword, false); // until the server asks for a change
    form->setRowVisible(m_repeatPassword, false);
    form->addRow(m_languageLabel, m_languageBox);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorStyle);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: we cannot know how long the server takes
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);

    // Own buttons, not standard ones: a button box retitles its standard
    // buttons on a language change, after retranslateUi() has named them.
    m_buttons = new QDialogButtonBox(this);
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_trustButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trustButton->setVisible(false); // until a certificate is refused
    connect(m_trustButton, &QPushButton::clicked, this, &LoginDialog::trustOfferedCertificate);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::startLogin);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(m_buttons);

    setTabOrder(m_server, m_fingerprint);
    setTabOrder(m_fingerprint, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_newPassword);
    setTabOrder(m_newPassword, m_repeatPassword);
    setTabOrder(m_repeatPassword, m_languageBox);
    setTabOrder(m_languageBox, m_buttons);

    m_server->setText(m_profile.endpoint.baseUrl.toString());
    if (!m_profile.endpoint.fingerprint.isEmpty())
        m_fingerprint->setText(ServerEndpoint::formatFingerprint(m_profile.endpoint.fingerprint));
    m_user->setText(m_profile.login);
    m_languageBox->setCurrentIndex(qMax(0, m_languageBox->findData(m_language.current())));
    connect(m_languageBox, &QComboBox::currentIndexChanged, this,
            [this] { m_language.use(m_languageBox->currentData().toString()); });

    // Wide enough to show a whole SHA-256 fingerprint.
    m_fingerprint->setMinimumWidth(
        m_fingerprint->fontMetrics().horizontalAdvance(QString(95, QLatin1Char('D'))) + 16);
    retranslateUi();
    // Returning users only need to type their password.
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::setNotice(const QString &text, bool warning)
{
    // A notice is news (logged out, settings changed), told in the ordinary
    // colour; red is kept for what went wrong.
    m_error->setStyleSheet(warning ? kErrorStyle : QString());
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool LoginDialog::isBusy() const
{
    return m_busy->isVisible();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString LoginDialog::explain(ApiResult::Kind kind, const QString &message)
{
    // Login already words refusals and local problems for people, ApiClient
    // certificate refusals; a network failure gets a plain sentence first.
    switch (kind) {
    case ApiResult::Kind::Offline:
        return tr("Cannot reach the server. Check the server address and the network "
                  "connection, then try again.") +
               QLatin1Char('\n') + message;
    case ApiResult::Kind::TlsError: // ApiClient says why and shows the fingerprint it got
    case ApiResult::Kind::HttpError:
    case ApiResult::Kind::BadResponse:
    case ApiResult::Kind::Ok:
        break;
    }
    return message;
}

void LoginDialog::startLogin()
{
    if (isBusy())
        return;
    if (m_changingPassword) {
        submitNewPassword();
        return;
    }
    QString address = m_server->text().trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1String("://")))
        address.prepend(QStringLiteral("https://"));
    ServerEndpoint endpoint = m_profile.endpoint; // keeps the CA file and loopback setting
    endpoint.baseUrl = QUrl(address, QUrl::StrictMode);
    endpoint.fingerprint.clear();
    if (address.isEmpty() || !endpoint.validate().isEmpty()) {
        showError(tr("The server address is not valid. It looks like "
                     "https://pakn.example.gov.vn:8443"));
        m_server->setFocus();
        return;
    }
    if (const QString fp = m_fingerprint->text().trimmed(); !fp.isEmpty()) {
        const auto raw = ServerEndpoint::parseFingerprint(fp);
        if (!raw) {
            showError(tr("The certificate fingerprint must be 32 bytes in hexadecimal "
                         "(AB:CD:…), as the server prints it. Leave it empty for a server "
                         "with a trusted certificate."));
            m_fingerprint->setFocus();
            return;
        }
        endpoint.fingerprint = *raw;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }

    m_profile.endpoint = endpoint;
    m_profile.login = m_user->text().trimmed();
    m_profile.language = m_language.current();
    if (QString error; !m_profile.save(&error))
        qCWarning(lcLoginDialog) << "cannot save the profile:" << error; // login still works

    showError({});
    m_offered.clear();
    m_trustButton->setVisible(false);
    setBusy(true);
    auto *login = new Login(m_credentials, m_client, this);
    m_login = login;
    connect(login, &Login::succeeded, this, [this, login](const Account &me) {
        login->deleteLater();
        leavePasswordChange();
        setBusy(false);
        m_account = me;
        m_password->clear(); // not kept in memory longer than needed
        Q_EMIT loggedIn(me);
        accept();
    });
    connect(login, &Login::passwordChangeRequired, this, &LoginDialog::askForNewPassword);
    connect(login, &Login::failed, this,
            [this, login](const QString &message, ApiResult::Kind kind) {
                login->deleteLater();
                leavePasswordChange();
                setBusy(false);
                m_offered =
                    kind == ApiResult::Kind::TlsError ? login->offeredFingerprint() : QByteArray();
                if (m_offered.isEmpty()) {
                    showError(explain(kind, message));
                } else {
                    showError(explain(kind, message) + QStringLiteral("\n\n") + trustWarning());
                    m_trustButton->setVisible(true);
                }
                if (kind == ApiResult::Kind::HttpError) {
                    m_password->setFocus();
                    m_password->selectAll();
                }
            });
    login->start(m_password->text());
}

QString LoginDialog::trustWarning() const
{
    return tr("Trust this certificate only if its fingerprint %1 is exactly the one your "
              "administrator gave you (in person, on paper or by phone). Anyone between you "
              "and the server could otherwise read and change everything you send.")
        .arg(ServerEndpoint::formatFingerprint(m_offered));
}

void LoginDialog::trustOfferedCertificate()
{
    if (m_offered.isEmpty() || isBusy())
        return;
    // Pinned in the profile by the login that follows: exactly this
    // certificate is trusted from now on, whoever issued it.
    m_fingerprint->setText(ServerEndpoint::formatFingerprint(m_offered));
    startLogin();
}

void LoginDialog::reject()
{
    if (m_endingSession)
        return; // already closing, as soon as the server has the logout
    // A login still in flight must not log the user in after they gave up.
    if (m_login) {
        m_login->disconnect(this);
        if (m_login->abandon()) {
            // The desk quits when this dialog closes, which would drop the logout.
            m_endingSession = true;
            setBusy(true);
            showError(tr("Ending the session of the one-time password…"));
            connect(m_login, &Login::sessionEnded, this, [this] {
                m_endingSession = false;
                reject();
            });
            return;
        }
        m_login->deleteLater();
    }
    leavePasswordChange();
    showError({});
    setBusy(false);
    QDialog::reject();
}

void LoginDialog::askForNewPassword()
{
    m_changingPassword = true;
    setBusy(false);
    m_password->clear(); // the one-time password is Login's now, and spent soon
    m_form->setRowVisible(m_newPassword, true);
    m_form->setRowVisible(m_repeatPassword, true);
    retranslateUi(); // the button's text, and the reason shown
    m_newPassword->setFocus();
}

void LoginDialog::submitNewPassword()
{
    if (m_newPassword->text().size() < 8) {
        showError(tr("The new password needs at least 8 characters."));
        m_newPassword->setFocus();
        return;
    }
    // The server's rule too; told here in the user's language before anything is sent.
    if (const QString login = m_user->text().trimmed();
        !login.isEmpty() && m_newPassword->text().contains(login, Qt::CaseInsensitive)) {
        showError(tr("The new password must not contain your user name."));
        m_newPassword->setFocus();
        return;
    }
    if (m_newPassword->text() != m_repeatPassword->text()) {
        showError(tr("The two new passwords differ. Type the same password twice."));
        m_repeatPassword->clear();
        m_repeatPassword->setFocus();
        return;
    }
    if (!m_login)
        return;
    showError({});
    setBusy(true);
    m_login->changePassword(m_newPassword->text());
}

void LoginDialog::leavePasswordChange()
{
    if (!m_changingPassword)
        return;
    m_changingPassword = false;
    m_newPassword->clear();
    m_repeatPassword->clear();
    m_form->setRowVisible(m_newPassword, false);
    m_form->setRowVisible(m_repeatPassword, false);
    retranslateUi();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    // While the password is being changed, only the new password can be edited.
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_fingerprint),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_languageBox)})
        w->setEnabled(!busy && !m_changingPassword);
    m_newPassword->setEnabled(!busy);
    m_repeatPassword->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
}

void LoginDialog::showError(const QString &text)
{
    m_error->setStyleSheet(kErrorStyle);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in")); // Qt appends " — PAKN Desk"
    m_intro->setText(tr("Log in to handle citizens' feedback and requests."));
    m_serverLabel->setText(tr("&Server:"));
    m_server->setPlaceholderText(QStringLiteral("https://pakn.example.gov.vn:8443"));
    m_fingerprintLabel->setText(tr("Certificate &fingerprint:"));
    m_fingerprint->setPlaceholderText(tr("optional, for a server with a self-signed certificate"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_newPasswordLabel->setText(tr("&New password:"));
    m_repeatPasswordLabel->setText(tr("&Repeat new password:"));
    m_loginButton->setText(m_changingPassword ? tr("Change password") : tr("Log in"));
    if (m_changingPassword)
        showError(tr("This password was given to you for one use only. Choose your own password "
                     "now (at least 8 characters)."));
    m_cancelButton->setText(tr("Cancel"));
    m_trustButton->setText(tr("&Trust this certificate"));
    m_trustButton->setToolTip(tr("Pins the certificate's fingerprint in your profile; compare it "
                                 "with your administrator's first."));
}

} // namespace pakn
