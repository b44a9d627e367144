#include "AttachmentIcons.h"

#include "AttachmentStrip.h"

#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace pakn {

QIcon attachmentPlaceholderIcon()
{
    // A grey frame while the thumbnail downloads.
    QPixmap p(AttachmentStrip::ThumbnailSize, AttachmentStrip::ThumbnailSize);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 2, Qt::DashLine));
    painter.setBrush(QColor(0xf0, 0xf0, 0xf0));
    painter.drawRoundedRect(p.rect().adjusted(4, 4, -4, -4), 6, 6);
    return QIcon(p);
}

QIcon attachmentDocumentIcon()
{
    // A page with a folded corner and "PDF" on it.
    const int s = AttachmentStrip::ThumbnailSize;
    QPixmap p(s, s);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPolygon page(
        {QPoint(18, 6), QPoint(62, 6), QPoint(80, 24), QPoint(80, 90), QPoint(18, 90)});
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 2));
    painter.setBrush(Qt::white);
    painter.drawPolygon(page);
    painter.drawPolyline(QPolygon({QPoint(62, 6), QPoint(62, 24), QPoint(80, 24)}));
    painter.fillRect(QRect(12, 52, 56, 22), QColor(0xc6, 0x28, 0x28));
    QFont f = painter.font();
    f.setBold(true);
    f.setPixelSize(15);
    painter.setFont(f);
    painter.setPen(Qt::white);
    painter.drawText(QRect(12, 52, 56, 22), Qt::AlignCenter, QStringLiteral("PDF"));
    return QIcon(p);
}

QImage thumbnailFromFile(const QString &path, int longestSide)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(longestSide, longestSide, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace pakn
