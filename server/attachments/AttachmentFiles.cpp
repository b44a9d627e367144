#include "attachments/AttachmentFiles.h"

#include "ServerLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace pakn::server {

namespace {

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// The rename is durable only once the directory entry is on disk too.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

AttachmentFiles::AttachmentFiles(QString root) : m_root(std::move(root)) {}

QString AttachmentFiles::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AttachmentFiles::pathOf(const QString &sha) const
{
    return m_root + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
}

QString AttachmentFiles::thumbnailPathOf(const QString &sha) const
{
    return pathOf(sha) + QStringLiteral(".thumb.jpg");
}

bool AttachmentFiles::storeWithThumbnail(const QString &sha, const QByteArray &bytes,
                                         const QByteArray &thumbnailJpeg, QString *error)
{
    return store(sha, bytes, error) &&
           (thumbnailJpeg.isEmpty() || storeThumbnail(sha, thumbnailJpeg, error));
}

bool AttachmentFiles::store(const QString &sha, const QByteArray &bytes, QString *error)
{
    const QString path = pathOf(sha);
    if (QFileInfo(path).size() == bytes.size())
        return true; // the same content is already there: its name is its digest
    return write(path, bytes, error);
}

bool AttachmentFiles::storeThumbnail(const QString &sha, const QByteArray &jpeg, QString *error)
{
    const QString path = thumbnailPathOf(sha);
    return QFileInfo::exists(path) || write(path, jpeg, error);
}

std::optional<QByteArray> AttachmentFiles::read(const QString &sha) const
{
    return readAll(pathOf(sha));
}

std::optional<QByteArray> AttachmentFiles::readThumbnail(const QString &sha) const
{
    return readAll(thumbnailPathOf(sha));
}

bool AttachmentFiles::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString dir = QFileInfo(path).path();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        qCWarning(lcStorage) << *error;
        return false;
    }
    // QSaveFile writes a temporary file in the same directory, syncs it to
    // disk in commit() and renames it over `path`.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        qCWarning(lcStorage) << *error;
        return false;
    }
    syncDirectory(dir);
    return true;
}

} // namespace pakn::server
