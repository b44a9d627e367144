#pragma once

// What a file is, decided from its first bytes (its "magic"), never from its
// name or a Content-Type header. Only the types PAKN accepts are known:
// anything else is refused with a message that names what is allowed.

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace pakn {

enum class FileType
{
    Jpeg,
    Png,
    Webp,
    Pdf
};

// Needs at most the first 12 bytes; fewer bytes than a signature is "unknown".
std::optional<FileType> detectFileType(QByteArrayView head);

QString contentType(FileType t);   // "image/jpeg", …, "application/pdf"
QString fileExtension(FileType t); // "jpg", "png", "webp", "pdf"
bool isImage(FileType t);
std::optional<FileType> fileTypeFromContentType(const QString &contentType);

// "JPEG, PNG, WebP or PDF": for error messages.
QString acceptedFileTypesText();

} // namespace pakn
