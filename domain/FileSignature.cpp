#include "FileSignature.h"

namespace pakn {

std::optional<FileType> detectFileType(QByteArrayView head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return FileType::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return FileType::Png;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return FileType::Webp;
    if (head.startsWith("%PDF-"))
        return FileType::Pdf;
    return std::nullopt;
}

QString contentType(FileType t)
{
    switch (t) {
    case FileType::Jpeg:
        return QStringLiteral("image/jpeg");
    case FileType::Png:
        return QStringLiteral("image/png");
    case FileType::Webp:
        return QStringLiteral("image/webp");
    case FileType::Pdf:
        return QStringLiteral("application/pdf");
    }
    return {};
}

QString fileExtension(FileType t)
{
    switch (t) {
    case FileType::Jpeg:
        return QStringLiteral("jpg");
    case FileType::Png:
        return QStringLiteral("png");
    case FileType::Webp:
        return QStringLiteral("webp");
    case FileType::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool isImage(FileType t)
{
    return t != FileType::Pdf;
}

std::optional<FileType> fileTypeFromContentType(const QString &type)
{
    for (FileType t : {FileType::Jpeg, FileType::Png, FileType::Webp, FileType::Pdf}) {
        if (contentType(t) == type)
            return t;
    }
    return std::nullopt;
}

QString acceptedFileTypesText()
{
    return QStringLiteral("JPEG, PNG, WebP or PDF");
}

} // namespace pakn
