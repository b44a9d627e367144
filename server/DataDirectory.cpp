#include "DataDirectory.h"

#include "ServerLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace pakn::server::DataDirectory {

bool prepare(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *error = QStringLiteral("data directory %1 exists but is not a directory").arg(path);
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(path)) {
            *error = QStringLiteral("cannot create data directory %1").arg(path);
            return false;
        }
        if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *error = QStringLiteral("cannot restrict the permissions of %1").arg(path);
            return false;
        }
        qCInfo(lcServer) << "created data directory" << path;
    }
    // Permission bits do not tell everything (read-only mounts, ACLs): try it.
    QTemporaryFile probe(path + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open()) {
        *error =
            QStringLiteral("data directory %1 is not writable: %2").arg(path, probe.errorString());
        return false;
    }
    return true;
}

} // namespace pakn::server::DataDirectory
