#include "DeskSession.h"

#include "AttachmentStrip.h"
#include "CaseDetailView.h"
#include "CaseNotifier.h"
#include "DeskPreferences.h"
#include "LoginDialog.h"
#include "Logout.h"
#include "MainWindow.h"
#include "ReplyEditor.h"
#include "SettingsDialog.h"
#include "UiLanguage.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/LocalActions.h"
#include "cache/LocalCopy.h"
#include "cache/ReferenceStore.h"
#include "files/CaseFiles.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "pakn.ui.session")

namespace pakn {

DeskSession::DeskSession(ClientProfile &profile, UiLanguage &language, QString clientName,
                         QObject *parent)
    : QObject(parent), m_profile(profile), m_credentials(profile), m_language(language),
      m_client(std::move(clientName))
{
    connect(&m_language, &UiLanguage::changed, this, [this](const QString &code) {
        m_profile.language = code;
        if (QString error; !m_profile.save(&error))
            qCWarning(lcSession) << "cannot save the language choice:" << error;
    });
}

DeskSession::~DeskSession()
{
    if (m_window)
        m_window->keepUnsentText();
    delete m_login;
    delete m_opening;
}

namespace {
void showFatal(const QString &text)
{
    QMessageBox box(QMessageBox::Critical, DeskSession::tr("PAKN Desk"), text);
    box.addButton(DeskSession::tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}
} // namespace

void DeskSession::reportUnreadableProfile(const ClientProfile &profile, const QString &error)
{
    qCCritical(lcSession) << "cannot read the profile" << profile.directory() << error;
    showFatal(tr("PAKN Desk cannot read its settings in:\n%1\n\n%2\n\nCheck that the folder "
                 "exists and that you may read it.")
                  .arg(QDir::toNativeSeparators(profile.directory()), error));
}

LoginDialog *DeskSession::loginDialog() const
{
    return m_login;
}

bool DeskSession::start()
{
    QString error;
    auto cache = CacheDatabase::open(m_profile.cachePath(), QStringLiteral("gui"), &error);
    if (!cache) {
        const QString path = QDir::toNativeSeparators(m_profile.cachePath());
        m_startError = tr("PAKN Desk cannot open its local data file:\n%1\n\n%2\n\n"
                          "Close PAKN Desk and rename or move this file (keep it if actions "
                          "were waiting to be sent, and tell your administrator), then start "
                          "PAKN Desk again: it will download the cases again from the server.")
                           .arg(path, error);
        qCCritical(lcSession) << "cannot open the cache" << path << error;
        showFatal(m_startError);
        return false;
    }
    m_cache = std::make_unique<CacheDatabase>(std::move(*cache));
    m_store = std::make_unique<CaseStore>(m_cache->db());
    connect(&m_credentials, &SessionCredentials::loaded, this, &DeskSession::credentialsLoaded,
            Qt::SingleShotConnection);
    m_credentials.load();
    // Usually answered at once; a window only when it takes longer.
    QTimer::singleShot(700, this, [this] {
        if (!m_login && !m_window)
            showOpening();
    });
    return true;
}

void DeskSession::showOpening()
{
    m_opening = new QProgressDialog(tr("Opening PAKN Desk: reading your saved session from the "
                                       "system keychain…"),
                                    tr("&Log in instead"), 0, 0);
    m_opening->setObjectName(QStringLiteral("openingDialog"));
    m_opening->setWindowTitle(tr("PAKN Desk"));
    m_opening->setMinimumDuration(0);
    connect(m_opening, &QProgressDialog::canceled, this, [this] {
        m_opening->deleteLater();
        showLogin({});
    });
    m_opening->show();
}

void DeskSession::credentialsLoaded()
{
    if (m_opening) {
        m_opening->disconnect(this);
        m_opening->deleteLater();
    }
    if (m_login)
        return; // the user chose to log in meanwhile
    const std::optional<Account> me = m_store->me();
    if (!m_credentials.token().isEmpty() && me && me->login == m_profile.login)
        openMain(*me);
    else
        showLogin(m_credentials.takeNotice());
}

void DeskSession::showLogin(const QString &notice)
{
    if (m_login)
        return;
    m_login = new LoginDialog(m_credentials, m_language, m_client);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setNotice(notice);
    connect(m_login, &LoginDialog::loggedIn, this, &DeskSession::openMain);
    connect(m_login, &QDialog::rejected, this, [this] {
        if (!m_window)
            Q_EMIT finished();
    });
    m_login->show();
}

void DeskSession::openMain(const Account &me)
{
    qCInfo(lcSession) << "session for" << me.login;
    // Local actions decide with the server's calendar and deadline rules as
    // last cached; a sync that brings a new revision replaces them in place.
    m_rules = ReferenceStore(m_cache->db()).current().workflowRules();
    m_actions = std::make_unique<LocalActions>(m_cache->db(), m_rules, m_client);
    m_sync = std::make_unique<SyncController>(m_profile.cachePath(), m_profile.endpoint,
                                              m_credentials.token(), m_client);
    m_window = std::make_unique<MainWindow>(*m_store, *m_actions, *m_sync, me, m_language);
    wireCaseFiles(); // attach-client
    // Queued: these tear the window down, which must not happen inside its own slots.
    connect(
        m_window.get(), &MainWindow::logoutRequested, this,
        [this] { logout(Logout::Reach::ThisSession); }, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::logoutEverywhereRequested, this,
        [this] { logout(Logout::Reach::Everywhere); }, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::logoutWipeRequested, this, &DeskSession::askToWipe);
    connect(m_window.get(), &MainWindow::closed, this, &DeskSession::finished,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DeskSession::showSettings);
    applyPreferences();
    connect(m_sync.get(), &SyncController::referenceChanged, this,
            [this] { m_rules = ReferenceStore(m_cache->db()).current().workflowRules(); });
    connect(m_sync.get(), &SyncController::stateChanged, this, [this](SyncState state) {
        if (state == SyncState::AuthFailed)
            QTimer::singleShot(0, this, &DeskSession::sessionEnded);
    });
    // Office screens are wide enough for every column only when maximized.
    m_window->showMaximized();
    // Told once, here when the login dialog did not say it already.
    if (const QString notice = m_credentials.takeNotice(); !notice.isEmpty())
        m_window->statusBar()->showMessage(notice);
    m_sync->start();
}

void DeskSession::wireCaseFiles()
{
    // The case view's photos and files and the reply's evidence share one
    // file cache and download client; attaching queues an outbox entry, so
    // the window shows the case again and a sync round sends it.
    m_files = std::make_unique<CaseFiles>(m_cache->db(), m_profile.directory(), m_profile.endpoint,
                                          m_credentials.token());
    CaseDetailView *detail = m_window->detailView();
    ReplyEditor *reply = m_window->replyEditor();
    detail->setCaseFiles(m_files.get());
    reply->setCaseFiles(m_files.get());
    QWidget::setTabOrder(detail, detail->attachmentStrip()->list());
    QWidget::setTabOrder(detail->attachmentStrip()->list(),
                         detail->attachmentStrip()->attachButton());
    QWidget::setTabOrder(detail->attachmentStrip()->attachButton(), reply);
    connect(m_files.get(), &CaseFiles::caseChanged, this, [this] {
        m_window->refresh();
        m_sync->syncNow();
    });
    const auto tell = [this](const QString &text) {
        m_window->statusBar()->showMessage(text, 15000);
    };
    connect(m_files.get(), &CaseFiles::attachFailed, this,
            [this](qint64, const QString &fileName, const QString &message) {
                QMessageBox::warning(m_window.get(), tr("File not attached"),
                                     tr("%1 was not attached.").arg(fileName) +
                                         QStringLiteral("\n\n") + message);
            });
    connect(m_files.get(), &CaseFiles::attached, this, [tell](qint64 caseId, const Attachment &a) {
        tell(tr("%1 attached to case #%2; it is uploaded with the next sync.")
                 .arg(a.fileName)
                 .arg(caseId));
    });
    connect(detail->attachmentStrip(), &AttachmentStrip::message, this, tell);
    connect(reply->evidenceStrip(), &AttachmentStrip::message, this, tell);
}

SettingsDialog *DeskSession::showSettings()
{
    if (!m_window)
        return nullptr;
    if (!m_settings) {
        SettingsDialog::Values current;
        current.serverUrl = m_profile.endpoint.baseUrl;
        current.fingerprint = m_profile.endpoint.fingerprint;
        current.language = m_language.current();
        current.preferences = DeskPreferences::load(m_profile.directory());
        m_settings = new SettingsDialog(current, m_window.get());
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &QDialog::accepted, this, [this] { applySettings(m_settings); });
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
    return m_settings;
}

void DeskSession::applySettings(SettingsDialog *dialog)
{
    const SettingsDialog::Values v = dialog->values();
    QString error;
    if (!v.preferences.save(m_profile.directory(), &error))
        qCWarning(lcSession) << "cannot save the settings:" << error;
    m_language.use(v.language); // saved in the profile by the language's own signal
    applyPreferences();
    if (!dialog->serverChanged())
        return;
    // Another server (or certificate) is another trust decision: log in again.
    qCInfo(lcSession) << "server settings changed; logging in again";
    m_credentials.forget(); // from where it is kept for the old server
    m_profile.endpoint.baseUrl = v.serverUrl;
    m_profile.endpoint.fingerprint = v.fingerprint;
    if (!m_profile.save(&error))
        qCWarning(lcSession) << "cannot save the server settings:" << error;
    // Queued: the dialog that asked is a child of the window being closed.
    QTimer::singleShot(0, this, [this] {
        showLogin(tr("The server settings changed. Please log in again; actions waiting to be "
                     "sent are kept."));
        closeMain();
    });
}

void DeskSession::applyPreferences()
{
    const DeskPreferences p = DeskPreferences::load(m_profile.directory());
    if (m_sync)
        m_sync->setInterval(p.syncIntervalSeconds * 1000);
    if (m_window) {
        CaseNotifier *n = m_window->notifier();
        n->setEnabled(CaseNotifier::Kind::Assigned, p.notifyAssigned);
        n->setEnabled(CaseNotifier::Kind::SentBack, p.notifySentBack);
        n->setEnabled(CaseNotifier::Kind::ApprovalRequested, p.notifyApproval);
        n->setEnabled(CaseNotifier::Kind::DueToday, p.notifyDueToday);
    }
    // The font applies to every window at once; 0 goes back to the system's size.
    static const QFont systemFont = QApplication::font();
    QFont font = systemFont;
    if (p.fontPointSize > 0)
        font.setPointSize(p.fontPointSize);
    if (QApplication::font() != font)
        QApplication::setFont(font);
}

void DeskSession::closeMain()
{
    if (m_window)
        m_window->keepUnsentText();
    m_window.reset();
    m_files.reset();
    m_sync.reset(); // stops the sync thread and waits for it
    m_actions.reset();
}

void DeskSession::askToWipe()
{
    if (!m_window)
        return;
    const LocalCopy::Unsent unsent = LocalCopy::unsentIn(m_cache->db());
    QString text = tr("Log out and delete this computer's copy of the cases: the cached cases, "
                      "the saved reply drafts and the downloaded attachments. Your settings "
                      "stay; the next login downloads the cases again.");
    if (unsent.any())
        text += QStringLiteral("\n\n") +
                tr("Not on the server yet, and lost if you go on: %1 and %2.")
                    .arg(tr("%n queued action(s)", nullptr, unsent.actions),
                         tr("%n saved reply draft(s)", nullptr, unsent.drafts));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete this computer's copy"), text,
                                QMessageBox::NoButton, m_window.get());
    box->setObjectName(QStringLiteral("wipeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *wipe = box->addButton(tr("&Delete and log out"), QMessageBox::DestructiveRole);
    wipe->setObjectName(QStringLiteral("wipeButton"));
    box->setDefaultButton(box->addButton(tr("Cancel"), QMessageBox::RejectRole));
    auto *everywhere = new QCheckBox(tr("Log out &everywhere too (every session of this account)"));
    everywhere->setObjectName(QStringLiteral("wipeEverywhereBox"));
    box->setCheckBox(everywhere);
    connect(box, &QMessageBox::buttonClicked, this, [this, wipe, everywhere](QAbstractButton *b) {
        if (b != wipe)
            return;
        const Logout::Reach reach =
            everywhere->isChecked() ? Logout::Reach::Everywhere : Logout::Reach::ThisSession;
        // Queued: the box is a child of the window being closed.
        QTimer::singleShot(0, this, [this, reach] { logout(reach, true); });
    });
    box->open(); // window-modal, without a nested event loop
}

bool DeskSession::wipeLocalCopy(QString *error)
{
    // Every connection to the cache is closed first (the sync thread's closed
    // with closeMain()); then the files go, and a fresh cache takes their place.
    m_store.reset();
    m_cache.reset();
    const auto moved = LocalCopy(m_profile.cachePath()).remove(error);
    if (moved && !moved->isEmpty())
        QThreadPool::globalInstance()->start(
            [folder = *moved] { LocalCopy::removeMovedFolder(folder); });
    QString openError;
    auto cache = CacheDatabase::open(m_profile.cachePath(), QStringLiteral("gui"), &openError);
    if (!cache) {
        *error = openError;
        return false;
    }
    m_cache = std::make_unique<CacheDatabase>(std::move(*cache));
    m_store = std::make_unique<CaseStore>(m_cache->db());
    return moved.has_value();
}

void DeskSession::logout(Logout::Reach reach, bool wipe)
{
    // The login dialog is shown first, so there is always a window on screen.
    // The token leaves memory at once, and its storage and the server in the background.
    auto *end = new Logout(m_credentials, this);
    connect(end, &Logout::finished, end, &QObject::deleteLater);
    if (reach == Logout::Reach::Everywhere) {
        // Ending the other computers' sessions is what the user asked for (a lost
        // laptop): say whether the server did it, not just that we left.
        connect(end, &Logout::finished, this, [this, wipe](bool confirmed) {
            if (!m_login)
                return;
            QString notice =
                confirmed ? tr("Every session of this account has ended, on every computer.")
                          : tr("The server could not be reached: sessions on other computers "
                               "may still be open. Log in and choose Log out everywhere again.");
            // What the wipe said stays (it was told first).
            if (const QString before = m_login->errorText(); wipe && !before.isEmpty())
                notice = before + QLatin1Char('\n') + notice;
            m_login->setNotice(notice, !confirmed);
        });
    }
    end->start(reach);
    showLogin({});
    closeMain();
    if (!wipe)
        return;
    QString error;
    const bool wiped = wipeLocalCopy(&error);
    if (!wiped)
        qCWarning(lcSession).noquote() << "cannot delete the local copy:" << error;
    if (m_login)
        m_login->setNotice(wiped ? tr("This computer's copy of the cases is deleted. The next "
                                      "login downloads the cases again.")
                                 : tr("This computer's copy of the cases could not be deleted: "
                                      "%1")
                                       .arg(error),
                           !wiped);
}

void DeskSession::sessionEnded()
{
    if (!m_window)
        return;
    qCInfo(lcSession) << "the server no longer accepts the session token";
    m_credentials.forget();
    showLogin(tr("Your session has ended. Please log in again; actions waiting to be sent are "
                 "kept."));
    closeMain();
}

} // namespace pakn
