#include "ReportTable.h"

#include "ReportPageFlow.h"

namespace pakn {

namespace {

constexpr qreal kPadMm = 1.2;

qreal rowHeight(const ReportPageFlow &flow, const QStringList &cells, const QList<qreal> &xs,
                const QFont &font)
{
    qreal h = 0;
    for (qsizetype c = 0; c < cells.size() && c + 1 < xs.size(); ++c)
        h = std::max(
            h, flow.textHeight(cells.at(c), font, xs.at(c + 1) - xs.at(c) - 2 * flow.mm(kPadMm)));
    return h + 2 * flow.mm(kPadMm);
}

void paintRow(ReportPageFlow &flow, const QStringList &cells, const QList<qreal> &xs,
              const QList<Qt::Alignment> &aligns, const QFont &font, qreal h, bool shaded)
{
    QPainter &p = flow.painter();
    const qreal top = flow.y();
    const qreal pad = flow.mm(kPadMm);
    if (shaded)
        p.fillRect(QRectF(xs.first(), top, xs.last() - xs.first(), h), QColor(0xE4, 0xE8, 0xEE));
    for (qsizetype c = 0; c < cells.size() && c + 1 < xs.size(); ++c) {
        const Qt::Alignment align = shaded ? Qt::AlignHCenter : aligns.value(c, Qt::AlignLeft);
        const qreal w = xs.at(c + 1) - xs.at(c) - 2 * pad;
        const qreal textH = flow.textHeight(cells.at(c), font, w);
        // Vertically centred in the row.
        flow.drawText(xs.at(c) + pad, top + (h - textH) / 2, w, cells.at(c), font, align);
    }
    p.save();
    p.setPen(QPen(Qt::black, flow.mm(0.2)));
    p.drawRect(QRectF(xs.first(), top, xs.last() - xs.first(), h));
    for (qsizetype c = 1; c + 1 < xs.size(); ++c)
        p.drawLine(QPointF(xs.at(c), top), QPointF(xs.at(c), top + h));
    p.restore();
    flow.advance(h);
}

} // namespace

void paintTable(ReportPageFlow &flow, const ReportTable &table)
{
    QList<qreal> xs{0};
    for (qreal w : table.widths)
        xs.append(xs.last() + w * flow.width());
    const QFont normal = ReportPageFlow::font(table.points);
    const QFont bold = ReportPageFlow::font(table.points, true);
    const qreal headerH = rowHeight(flow, table.headers, xs, bold);
    const auto header = [&] {
        paintRow(flow, table.headers, xs, table.aligns, bold, headerH, true);
    };
    const qreal firstH = table.rows.isEmpty() ? 0 : rowHeight(flow, table.rows.first(), xs, normal);
    flow.ensure(headerH + firstH);
    header();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QFont &f = table.boldRows.contains(int(r)) ? bold : normal;
        const qreal h = rowHeight(flow, table.rows.at(r), xs, f);
        if (h > flow.room()) {
            flow.newPage();
            header();
        }
        paintRow(flow, table.rows.at(r), xs, table.aligns, f, h, false);
    }
    flow.advance(flow.mm(2));
}

} // namespace pakn
