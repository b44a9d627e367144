#include "zalo/ZaloFile.h"

#include "domain/FileSignature.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace pakn::server {

namespace {

// The photo as a JPEG of at most maxImageBytes, or an empty array when it does not decode.
QByteArray smallJpeg(const QByteArray &bytes)
{
    QBuffer in;
    in.setData(bytes);
    QImageReader reader(&in);
    reader.setAutoTransform(true); // the photo as people see it, after its EXIF orientation
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    for (int side = 2048; side >= 256; side = side * 3 / 4) {
        const QImage scaled =
            image.width() > side || image.height() > side
                ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : image;
        QByteArray jpeg;
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, "jpeg");
        writer.setQuality(85);
        if (writer.write(scaled.convertToFormat(QImage::Format_RGB32)) &&
            jpeg.size() <= ZaloFile::maxImageBytes)
            return jpeg;
    }
    return {};
}

QString withExtension(const QString &name, const QString &extension)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return (dot > 0 ? name.left(dot) : name) + QLatin1Char('.') + extension;
}

} // namespace

std::variant<ZaloFile, QString> ZaloFile::from(const Attachment &a, const QByteArray &bytes)
{
    const auto type = detectFileType(bytes);
    if (!type)
        return QStringLiteral("%1 is not a file Zalo takes").arg(a.fileName);
    ZaloFile file;
    file.fileName = a.fileName;
    file.contentType = pakn::contentType(*type);
    file.image = isImage(*type);
    if (!file.image) {
        if (bytes.size() > maxDocumentBytes)
            return QStringLiteral("%1 is larger than the 5 MB Zalo takes").arg(a.fileName);
        file.bytes = bytes;
        return file;
    }
    if ((*type == FileType::Jpeg || *type == FileType::Png) && bytes.size() <= maxImageBytes) {
        file.bytes = bytes;
        return file;
    }
    file.bytes = smallJpeg(bytes);
    if (file.bytes.isEmpty())
        return QStringLiteral("%1 could not be made small enough for Zalo").arg(a.fileName);
    file.contentType = QStringLiteral("image/jpeg");
    file.fileName = withExtension(a.fileName, QStringLiteral("jpg"));
    return file;
}

} // namespace pakn::server
