#include "files/AttachmentFiles.h"

#include "ClientLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace pakn {

namespace {

// Names come from the server or from a UUID: anything else could climb out
// of the folder ("../").
bool safeName(const QString &name)
{
    static const QRegularExpression ok(QStringLiteral("^[0-9A-Za-z-]{1,80}$"));
    return ok.match(name).hasMatch();
}

} // namespace

AttachmentFiles::AttachmentFiles(const QString &profileDirectory)
    : m_root(QDir(profileDirectory).filePath(QStringLiteral("files")))
{}

AttachmentFiles AttachmentFiles::besideCache(const QString &cachePath)
{
    return AttachmentFiles(QFileInfo(cachePath).absolutePath());
}

QString AttachmentFiles::filePath(const QString &sha256) const
{
    return safeName(sha256) ? m_root + QLatin1Char('/') + sha256.toLower() : QString();
}

QString AttachmentFiles::thumbnailPath(const QString &sha256) const
{
    return safeName(sha256)
               ? m_root + QStringLiteral("/thumbs/") + sha256.toLower() + QStringLiteral(".jpg")
               : QString();
}

QString AttachmentFiles::pendingPath(const QString &attachmentId) const
{
    return safeName(attachmentId) ? m_root + QStringLiteral("/pending/") + attachmentId : QString();
}

bool AttachmentFiles::hasFile(const QString &sha256) const
{
    const QString path = filePath(sha256);
    return !path.isEmpty() && QFileInfo::exists(path);
}

bool AttachmentFiles::hasThumbnail(const QString &sha256) const
{
    const QString path = thumbnailPath(sha256);
    return !path.isEmpty() && QFileInfo::exists(path);
}

QString AttachmentFiles::localPath(const Attachment &a) const
{
    if (hasFile(a.sha256))
        return filePath(a.sha256);
    const QString pending = pendingPath(a.id);
    return !pending.isEmpty() && QFileInfo::exists(pending) ? pending : QString();
}

QString AttachmentFiles::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool AttachmentFiles::write(const QString &path, const QByteArray &bytes, QString *error) const
{
    if (path.isEmpty()) {
        if (error)
            *error = tr("The file name is not valid.");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        qCWarning(lcCache) << "cannot write" << path << file.errorString();
        return false;
    }
    return true;
}

bool AttachmentFiles::storeFile(const QString &sha256, const QByteArray &bytes,
                                QString *error) const
{
    const QString actual = sha256Hex(bytes);
    if (actual != sha256.toLower()) {
        qCWarning(lcCache) << "refused a file whose content does not match its checksum" << sha256;
        if (error)
            *error = tr("The downloaded file is damaged (its checksum does not match); it was "
                        "not kept.");
        return false;
    }
    return write(filePath(sha256), bytes, error);
}

bool AttachmentFiles::storeThumbnail(const QString &sha256, const QByteArray &bytes,
                                     QString *error) const
{
    return write(thumbnailPath(sha256), bytes, error);
}

bool AttachmentFiles::stagePending(const QString &attachmentId, const QByteArray &bytes,
                                   QString *error) const
{
    return write(pendingPath(attachmentId), bytes, error);
}

QByteArray AttachmentFiles::readPending(const QString &attachmentId, QString *error) const
{
    QFile file(pendingPath(attachmentId));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The file waiting to be uploaded is missing from %1.")
                         .arg(QDir::toNativeSeparators(m_root + QStringLiteral("/pending")));
        return {};
    }
    return file.readAll();
}

bool AttachmentFiles::promotePending(const QString &attachmentId, const QString &sha256,
                                     QString *error) const
{
    if (hasFile(sha256)) // the same content was already cached
        return removePending(attachmentId);
    const QByteArray bytes = readPending(attachmentId, error);
    if (bytes.isEmpty() || !storeFile(sha256, bytes, error))
        return false;
    return removePending(attachmentId);
}

bool AttachmentFiles::removePending(const QString &attachmentId) const
{
    const QString path = pendingPath(attachmentId);
    return !path.isEmpty() && (!QFileInfo::exists(path) || QFile::remove(path));
}

} // namespace pakn
