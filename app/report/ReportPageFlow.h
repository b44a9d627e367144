#pragma once

// Lays report content down A4 pages one block after another: a cursor on the
// current page, a new page when a block does not fit, page numbers in the
// top margin from page 2 (Decree 30/2020/NĐ-CP: centred, none on page 1),
// and sizes in millimetres and points whatever the device's resolution, so
// a 300 dpi PDF and a printer get the same pages.

#include <QFont>
#include <QPainter>
#include <QRectF>

class QPagedPaintDevice;

namespace pakn {

class ReportPageFlow
{
public:
    ReportPageFlow(QPagedPaintDevice *device, QPainter *painter);

    // The form's margins (left 30, top 20, right 15, bottom 20 mm) on A4 portrait.
    static void setUpPage(QPagedPaintDevice *device);

    QPainter &painter() { return *m_painter; }
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    qreal width() const { return m_width; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal room() const { return m_height - m_y; }
    int page() const { return m_page; }

    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height);
    void newPage();

    // The report's typeface (Noto Serif: Vietnamese, embedded by the PDF writer).
    static QFont font(qreal points, bool bold = false, bool italic = false);
    // Wrapped text in [x, x + w) at the cursor; returns its height without advancing.
    qreal textHeight(const QString &text, const QFont &font, qreal w) const;
    qreal drawText(qreal x, qreal top, qreal w, const QString &text, const QFont &font,
                   Qt::Alignment align);
    // A paragraph across the page at the cursor (kept on one page), then the cursor below it.
    void paragraph(const QString &text, const QFont &font, Qt::Alignment align,
                   qreal spaceAfterMm = 1.5);
    void line(qreal x1, qreal x2, qreal atY, qreal widthMm = 0.25);

private:
    void paintPageNumber();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    qreal m_dotsPerMm;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace pakn
