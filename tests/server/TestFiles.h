#pragma once

// Real files of every type an attachment may have, made in memory: images
// drawn with QImage (so they decode), a minimal but valid PDF written by hand,
// and a JPEG with an EXIF orientation.

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace testfiles {

inline QImage picture(int width, int height, QColor tone = QColor(40, 110, 170))
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, tone.lighter(150));
    sky.setColorAt(1, tone.darker(150));
    p.fillRect(image.rect(), sky);
    p.setBrush(QColor(90, 90, 90));
    p.drawEllipse(QPoint(width / 2, height * 2 / 3), width / 5, height / 8);
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format, int quality = 85)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

inline QByteArray jpeg(int width = 800, int height = 600)
{
    return encoded(picture(width, height), "JPEG");
}
inline QByteArray png(int width = 64, int height = 48)
{
    return encoded(picture(width, height, QColor(200, 120, 40)), "PNG");
}
inline QByteArray webp(int width = 640, int height = 360)
{
    return encoded(picture(width, height, QColor(60, 160, 80)), "WEBP");
}

// A one-page PDF, byte offsets in its xref table counted as it is written.
inline QByteArray pdf()
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 4\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out +=
        "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// A JPEG stored `width` × `height` whose EXIF says "rotate 90° clockwise to show".
inline QByteArray sidewaysJpeg(int width, int height)
{
    const QByteArray plain = jpeg(width, height);
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6.
    const QByteArray tiff = QByteArray("MM\0*\0\0\0\x08", 8) + QByteArray("\0\x01", 2) +
                            QByteArray("\x01\x12\0\x03\0\0\0\x01\0\x06\0\0", 12) +
                            QByteArray("\0\0\0\0", 4);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const qsizetype length = payload.size() + 2;
    const QByteArray app1 =
        QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + payload;
    return plain.left(2) + app1 + plain.mid(2);
}

} // namespace testfiles
