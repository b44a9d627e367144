#include "cache/LocalCopy.h"

#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "files/AttachmentFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace pakn {

LocalCopy::LocalCopy(QString cachePath) : m_cachePath(std::move(cachePath)) {}

LocalCopy::Unsent LocalCopy::unsentIn(const QSqlDatabase &db)
{
    Unsent u;
    u.actions = Outbox(db).count();
    u.drafts = CaseStore(db).localDraftCount();
    return u;
}

std::optional<LocalCopy::Unsent> LocalCopy::unsent(QString *error) const
{
    if (!QFile::exists(m_cachePath))
        return Unsent{};
    const QString connection =
        QStringLiteral("pakn-localcopy-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const auto cache = CacheDatabase::open(m_cachePath, connection, error);
    if (!cache)
        return std::nullopt;
    return unsentIn(cache->db());
}

QStringList LocalCopy::databaseFiles() const
{
    // The database last: a log left beside a new database could be replayed into it.
    return {m_cachePath + QStringLiteral("-wal"), m_cachePath + QStringLiteral("-shm"),
            m_cachePath + QStringLiteral("-journal"), m_cachePath};
}

QString LocalCopy::filesFolder() const
{
    return AttachmentFiles::besideCache(m_cachePath).root();
}

std::optional<QString> LocalCopy::remove(QString *error) const
{
    // The folder first: if it cannot move, the database (and its record of
    // what the files are) is still whole.
    QString moved;
    if (QFileInfo::exists(filesFolder())) {
        moved = filesFolder() + QStringLiteral(".deleted-") +
                QUuid::createUuid().toString(QUuid::Id128);
        if (!QDir().rename(filesFolder(), moved)) {
            *error = tr("Cannot delete the attachments folder %1.")
                         .arg(QDir::toNativeSeparators(filesFolder()));
            return std::nullopt;
        }
    }
    for (const QString &path : databaseFiles()) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            *error =
                tr("Cannot delete %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            if (!moved.isEmpty())
                QDir().rename(moved, filesFolder()); // the files waiting for upload stay usable
            return std::nullopt;
        }
    }
    return moved;
}

bool LocalCopy::removeMovedFolder(const QString &folder)
{
    return folder.isEmpty() || QDir(folder).removeRecursively();
}

bool LocalCopy::exists() const
{
    for (const QString &path : databaseFiles())
        if (QFileInfo::exists(path))
            return true;
    return QFileInfo::exists(filesFolder());
}

} // namespace pakn
