#include "ReportPageFlow.h"

#include <QPageLayout>
#include <QPagedPaintDevice>

namespace pakn {

ReportPageFlow::ReportPageFlow(QPagedPaintDevice *device, QPainter *painter)
    : m_device(device), m_painter(painter), m_dotsPerMm(device->logicalDpiY() / 25.4)
{
    const QRectF paint = device->pageLayout().paintRectPixels(device->logicalDpiY());
    m_width = paint.width();
    m_height = paint.height();
}

void ReportPageFlow::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter));
}

void ReportPageFlow::ensure(qreal height)
{
    if (height > room() && m_y > 0)
        newPage();
}

void ReportPageFlow::newPage()
{
    m_device->newPage();
    ++m_page;
    m_y = 0;
    paintPageNumber();
}

QFont ReportPageFlow::font(qreal points, bool bold, bool italic)
{
    QFont f(QStringLiteral("Noto Serif"));
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

qreal ReportPageFlow::textHeight(const QString &text, const QFont &font, qreal w) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text).height();
}

qreal ReportPageFlow::drawText(qreal x, qreal top, qreal w, const QString &text, const QFont &font,
                               Qt::Alignment align)
{
    const qreal h = textHeight(text, font, w);
    m_painter->setFont(font);
    m_painter->drawText(QRectF(x, top, w, h), int(align) | Qt::TextWordWrap, text);
    return h;
}

void ReportPageFlow::paragraph(const QString &text, const QFont &font, Qt::Alignment align,
                               qreal spaceAfterMm)
{
    ensure(textHeight(text, font, m_width));
    m_y += drawText(0, m_y, m_width, text, font, align) + mm(spaceAfterMm);
}

void ReportPageFlow::line(qreal x1, qreal x2, qreal atY, qreal widthMm)
{
    m_painter->save();
    m_painter->setPen(QPen(Qt::black, mm(widthMm)));
    m_painter->drawLine(QPointF(x1, atY), QPointF(x2, atY));
    m_painter->restore();
}

void ReportPageFlow::paintPageNumber()
{
    // In the top margin, centred over the text column.
    const QFont f = font(12);
    const qreal h = textHeight(QStringLiteral("0"), f, m_width);
    drawText(0, -mm(12) - h / 2, m_width, QString::number(m_page), f, Qt::AlignHCenter);
}

} // namespace pakn
