#include "SessionCredentials.h"

#include "ClientLogging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace pakn {

namespace {

template <typename JobType> JobType *newJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(SessionCredentials::keychainService(), parent);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text copy in a settings file when no keychain answers.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

SessionCredentials::SessionCredentials(ClientProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile)
{}

QString SessionCredentials::keychainService()
{
    return QStringLiteral("PAKN Desk");
}

QString SessionCredentials::keychainKey(const ClientProfile &profile)
{
    return profile.login + QLatin1Char('@') + profile.endpoint.baseUrl.toString();
}

void SessionCredentials::emitLater(void (SessionCredentials::*signal)())
{
    QTimer::singleShot(0, this, [this, signal] { Q_EMIT(this->*signal)(); });
}

void SessionCredentials::load()
{
    m_token.clear();
    m_remembered = false;
    const QByteArray inFile = m_profile.readToken();
    switch (m_profile.tokenStorage) {
    case TokenStorage::File:
        m_token = inFile;
        m_remembered = !inFile.isEmpty();
        emitLater(&SessionCredentials::loaded);
        return;
    case TokenStorage::None:
        m_profile.clearToken(); // the profile chose not to remember: none stays on disk
        emitLater(&SessionCredentials::loaded);
        return;
    case TokenStorage::Keychain:
        break;
    }
    if (!inFile.isEmpty()) {
        moveTokenFile(inFile);
        return;
    }
    const QString key = keychainKey(m_profile);
    auto *job = newJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (read->error() == QKeychain::NoError) {
            m_token = read->binaryData();
            m_remembered = !m_token.isEmpty();
            m_keychainKey = key;
        } else if (read->error() != QKeychain::EntryNotFound) {
            keychainFailed(read, "read");
        }
        Q_EMIT loaded();
    });
    job->start();
}

void SessionCredentials::moveTokenFile(const QByteArray &token)
{
    // Deleted first: whatever the keychain answers, the file is not left behind.
    qCInfo(lcProfile) << "moving the token file of" << m_profile.directory() << "to the keychain";
    m_profile.clearToken();
    m_token = token; // this run goes on with it either way
    writeToKeychain(token, [this] { Q_EMIT loaded(); });
}

void SessionCredentials::keep(const QByteArray &token)
{
    m_token = token;
    m_remembered = false;
    // The previous session's entry, when it is not the one about to be written
    // (another user or server, or the profile no longer keeps it there).
    const QString previous = std::exchange(m_keychainKey, {});
    const bool inKeychain = m_profile.tokenStorage == TokenStorage::Keychain;
    const bool replaced = !previous.isEmpty() && previous != keychainKey(m_profile);
    if (inKeychain) {
        if (replaced)
            deleteFromKeychain(previous, {}); // done before the write: jobs run in turn
        m_profile.clearToken();               // a file of another setting would outlive the session
        writeToKeychain(token, [this] { Q_EMIT kept(m_remembered); });
        return;
    }
    if (m_profile.tokenStorage == TokenStorage::File) {
        QString error;
        m_remembered = m_profile.writeToken(token, &error);
        if (!m_remembered) {
            qCWarning(lcProfile).noquote() << error;
            if (m_notice.isEmpty())
                m_notice =
                    error + QLatin1Char(' ') + tr("You will be asked to log in again next time.");
        }
    } else {
        m_profile.clearToken();
    }
    if (!previous.isEmpty()) // kept elsewhere now: not left in the keychain
        deleteFromKeychain(previous, [this] { Q_EMIT kept(m_remembered); });
    else
        QTimer::singleShot(0, this, [this] { Q_EMIT kept(m_remembered); });
}

void SessionCredentials::writeToKeychain(const QByteArray &token, const std::function<void()> &done)
{
    const QString key = keychainKey(m_profile);
    auto *job = newJob<QKeychain::WritePasswordJob>(key, this);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *finished) {
        m_remembered = finished->error() == QKeychain::NoError;
        if (m_remembered)
            m_keychainKey = key;
        else
            keychainFailed(finished, "write");
        done();
    });
    job->start();
}

void SessionCredentials::forget()
{
    m_token.clear();
    m_remembered = false;
    m_profile.clearToken();
    QString key = std::exchange(m_keychainKey, {});
    if (key.isEmpty() && m_profile.tokenStorage == TokenStorage::Keychain)
        key = keychainKey(m_profile); // not read in this run: deleted all the same
    if (key.isEmpty())
        emitLater(&SessionCredentials::forgotten);
    else
        deleteFromKeychain(key, [this] { Q_EMIT forgotten(); });
}

void SessionCredentials::deleteFromKeychain(const QString &key, const std::function<void()> &done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound && m_notice.isEmpty())
            qCWarning(lcProfile).noquote()
                << "a session token could not be deleted from the keychain:"
                << finished->errorString();
        if (done)
            done();
    });
    job->start();
}

void SessionCredentials::keychainFailed(const QKeychain::Job *job, const char *what)
{
    qCWarning(lcProfile).noquote()
        << "no keychain to" << what << "the session token (" << job->error() << job->errorString()
        << "): it is not remembered after this run";
    if (m_notice.isEmpty())
        m_notice = tr("No system keychain is available: you will be asked to log in again next "
                      "time.");
}

QString SessionCredentials::takeNotice()
{
    if (m_told)
        return {};
    if (!m_notice.isEmpty())
        m_told = true;
    return m_notice;
}

} // namespace pakn
