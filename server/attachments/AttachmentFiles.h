#pragma once

// The attachments' bytes on disk, under <data>/attachments, named by their
// SHA-256: <sha[0:2]>/<sha> and the thumbnail <sha[0:2]>/<sha>.thumb.jpg.
// Content-addressed, so a file uploaded twice is stored once, a name never
// needs escaping, and a stored file can be checked against its own name.
// Writes go to a temporary file in the same directory, are synced and then
// renamed: a crash leaves the old state or the new one, never half a file.

#include <QByteArray>
#include <QString>
#include <optional>

namespace pakn::server {

class AttachmentFiles
{
public:
    explicit AttachmentFiles(QString root);

    static QString sha256Hex(const QByteArray &bytes);

    // Stores `bytes` as `sha` (their digest) unless that file is already there.
    bool store(const QString &sha, const QByteArray &bytes, QString *error);
    bool storeThumbnail(const QString &sha, const QByteArray &jpeg, QString *error);
    // The file, then its thumbnail unless `thumbnailJpeg` is empty (not an image).
    bool storeWithThumbnail(const QString &sha, const QByteArray &bytes,
                            const QByteArray &thumbnailJpeg, QString *error);

    std::optional<QByteArray> read(const QString &sha) const;
    std::optional<QByteArray> readThumbnail(const QString &sha) const;

    QString pathOf(const QString &sha) const;
    QString thumbnailPathOf(const QString &sha) const;

private:
    bool write(const QString &path, const QByteArray &bytes, QString *error);

    QString m_root;
};

} // namespace pakn::server
