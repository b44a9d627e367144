#include "attachments/Thumbnailer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace pakn::server {

namespace {

// A 90° turn swaps what the file stores as width and height.
bool turnsSideways(QImageIOHandler::Transformations t)
{
    return t.testFlag(QImageIOHandler::TransformationRotate90);
}

QSize boundedBy(QSize size, int side)
{
    if (size.width() <= side && size.height() <= side)
        return size; // never enlarged
    return size.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

} // namespace

std::optional<ImageFacts> Thumbnailer::read(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // A 10 MB JPEG may hold 50 megapixels: JPEGs are decoded scaled down, so
    // memory stays small. Formats that cannot decode scaled are decoded whole,
    // within this limit (MB): a "decompression bomb" fails to read (415).
    reader.setAllocationLimit(256);
    const QSize stored = reader.size();
    ImageFacts facts;
    if (stored.isValid()) {
        const QSize shown = turnsSideways(reader.transformation()) ? stored.transposed() : stored;
        facts.width = shown.width();
        facts.height = shown.height();
        reader.setScaledSize(boundedBy(stored, longestSide));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("The file looks like an image but cannot be read as one (%1); "
                                "it may be damaged or incomplete")
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (!stored.isValid()) {
        facts.width = image.width();
        facts.height = image.height();
    }
    if (image.width() > longestSide || image.height() > longestSide)
        image =
            image.scaled(longestSide, longestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // JPEG has no transparency: a PNG's transparent parts become white, not black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QBuffer out(&facts.thumbnailJpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, QByteArrayLiteral("jpeg"));
    writer.setQuality(jpegQuality);
    if (!writer.write(flat)) {
        *error = QStringLiteral("The thumbnail could not be made: %1").arg(writer.errorString());
        return std::nullopt;
    }
    return facts;
}

} // namespace pakn::server
