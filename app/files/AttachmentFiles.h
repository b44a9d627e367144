#pragma once

// The profile's file cache for attachments: full files content-addressed as
// <profile>/files/<sha256>, thumbnails as files/thumbs/<sha256>.jpg, and the
// files attached on this PC waiting to be uploaded as files/pending/<uuid>.
// Nothing is kept whose bytes do not hash to the name it is kept under, so a
// cached file can be trusted offline. Plain file operations; callers keep
// large reads and writes off the GUI thread.

#include "domain/Attachment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pakn {

class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(pakn::AttachmentFiles)

public:
    // `profileDirectory` as ClientProfile::directory(); the folders are made on demand.
    explicit AttachmentFiles(const QString &profileDirectory);
    // The files folder beside a cache database (<dir>/cache.sqlite → <dir>/files).
    static AttachmentFiles besideCache(const QString &cachePath);

    QString root() const { return m_root; }
    QString filePath(const QString &sha256) const;
    QString thumbnailPath(const QString &sha256) const;
    QString pendingPath(const QString &attachmentId) const;

    bool hasFile(const QString &sha256) const;
    bool hasThumbnail(const QString &sha256) const;
    // Where the attachment's bytes are on this PC: the cached file, else the
    // copy waiting for upload; empty when neither is here.
    QString localPath(const Attachment &a) const;

    // Keeps downloaded bytes after checking them against `sha256` (refused
    // with a message on a mismatch). Written atomically.
    bool storeFile(const QString &sha256, const QByteArray &bytes, QString *error) const;
    // A thumbnail of the file with that hash (made by the server, not checked).
    bool storeThumbnail(const QString &sha256, const QByteArray &bytes, QString *error) const;

    // Copies bytes to the pending folder under the attachment's id.
    bool stagePending(const QString &attachmentId, const QByteArray &bytes, QString *error) const;
    QByteArray readPending(const QString &attachmentId, QString *error) const;
    // The upload was accepted: the pending copy becomes the cached file
    // (checked against `sha256`) and leaves the pending folder.
    bool promotePending(const QString &attachmentId, const QString &sha256, QString *error) const;
    bool removePending(const QString &attachmentId) const;

    static QString sha256Hex(const QByteArray &bytes);

private:
    bool write(const QString &path, const QByteArray &bytes, QString *error) const;

    QString m_root;
};

} // namespace pakn
