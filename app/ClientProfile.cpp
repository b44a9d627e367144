#include "ClientProfile.h"

#include "ClientLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace pakn {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString settingsPath(const QString &dir)
{
    return dir + QStringLiteral("/profile.ini");
}
QString tokenPath(const QString &dir)
{
    return dir + QStringLiteral("/token");
}

bool makeDirectory(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = ClientProfile::tr("The profile folder %1 cannot be created.").arg(dir);
        return false;
    }
    // The folder holds the session token and the cache of citizens' data.
    QFile::setPermissions(dir, kOwnerOnly | QFileDevice::ExeOwner);
    return true;
}

} // namespace

QString ClientProfile::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("PAKN_PROFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Not AppDataLocation: that follows the running program's name, and the
    // desktop client and the CLI ("pakn") must find the same default profile.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/pakn-desk/default");
}

ClientProfile::ClientProfile(QString directory) : m_dir(std::move(directory)) {}

QString ClientProfile::cachePath() const
{
    return m_dir + QStringLiteral("/cache.sqlite");
}

bool ClientProfile::load(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString path = settingsPath(m_dir);
    const QFileInfo info(path);
    if (!info.exists())
        return true; // a new profile: the defaults
    if (!info.isReadable()) {
        *error = tr("The profile settings %1 cannot be read.").arg(path);
        return false;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = tr("The profile settings %1 are damaged; fix or delete the file.").arg(path);
        return false;
    }
    ServerEndpoint loaded;
    loaded.baseUrl = QUrl(settings.value(QStringLiteral("server/url")).toString());
    const QString fingerprint = settings.value(QStringLiteral("server/fingerprint")).toString();
    if (!fingerprint.isEmpty()) {
        const auto raw = ServerEndpoint::parseFingerprint(fingerprint);
        if (!raw) {
            *error =
                tr("The certificate fingerprint in %1 is not a SHA-256 fingerprint.").arg(path);
            return false;
        }
        loaded.fingerprint = *raw;
    }
    loaded.caFile = settings.value(QStringLiteral("server/caFile")).toString();
    loaded.allowPlainLoopback =
        settings.value(QStringLiteral("server/allowPlainLoopback"), false).toBool();
    endpoint = loaded;
    login = settings.value(QStringLiteral("user/login")).toString();
    language = settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
    const QString storage = settings.value(QStringLiteral("session/token_storage")).toString();
    if (storage.isEmpty()) {
        tokenStorage = TokenStorage::Keychain; // the default, and profiles of older versions
    } else if (const auto chosen = tokenStorageFromCode(storage)) {
        tokenStorage = *chosen;
    } else {
        *error = tr("The token storage \"%1\" in %2 is not one of keychain, file or none.")
                     .arg(storage, path);
        return false;
    }
    return true;
}

bool ClientProfile::save(QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!makeDirectory(m_dir, error))
        return false;
    QSettings settings(settingsPath(m_dir), QSettings::IniFormat);
    settings.setValue(QStringLiteral("server/url"), endpoint.baseUrl.toString());
    settings.setValue(QStringLiteral("server/fingerprint"),
                      endpoint.fingerprint.isEmpty()
                          ? QString()
                          : ServerEndpoint::formatFingerprint(endpoint.fingerprint));
    settings.setValue(QStringLiteral("server/caFile"), endpoint.caFile);
    settings.setValue(QStringLiteral("server/allowPlainLoopback"), endpoint.allowPlainLoopback);
    settings.setValue(QStringLiteral("user/login"), login);
    settings.setValue(QStringLiteral("ui/language"),
                      language.isEmpty() ? QStringLiteral("vi") : language);
    settings.setValue(QStringLiteral("session/token_storage"), tokenStorageCode(tokenStorage));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = tr("The profile settings %1 cannot be written.").arg(settingsPath(m_dir));
        return false;
    }
    // QSettings writes a new file with the umask's mode; the folder is 0700 anyway (issue 9).
    QFile::setPermissions(settingsPath(m_dir), kOwnerOnly);
    return true;
}

QString ClientProfile::tokenStorageCode(TokenStorage storage)
{
    switch (storage) {
    case TokenStorage::File:
        return QStringLiteral("file");
    case TokenStorage::None:
        return QStringLiteral("none");
    case TokenStorage::Keychain:
        break;
    }
    return QStringLiteral("keychain");
}

std::optional<TokenStorage> ClientProfile::tokenStorageFromCode(const QString &code)
{
    for (const TokenStorage s : {TokenStorage::Keychain, TokenStorage::File, TokenStorage::None})
        if (code == tokenStorageCode(s))
            return s;
    return std::nullopt;
}

QByteArray ClientProfile::readToken() const
{
    QFile file(tokenPath(m_dir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

bool ClientProfile::writeToken(const QByteArray &token, QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!makeDirectory(m_dir, error))
        return false;
    QSaveFile file(tokenPath(m_dir));
    // Restricted before the secret is written, so it is never readable by others.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(token) != token.size() || !file.commit()) {
        *error = tr("The session token cannot be saved in %1: %2").arg(m_dir, file.errorString());
        return false;
    }
    // QSaveFile renames its temporary file: make sure the result has the mode.
    if (!QFile::setPermissions(tokenPath(m_dir), kOwnerOnly)) {
        clearToken();
        *error = tr("The session token file's permissions cannot be restricted.");
        return false;
    }
    return true;
}

void ClientProfile::clearToken() const
{
    if (QFile::exists(tokenPath(m_dir)) && !QFile::remove(tokenPath(m_dir)))
        qCWarning(lcProfile) << "the token file could not be removed from" << m_dir;
}

} // namespace pakn
