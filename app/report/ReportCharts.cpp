#include "ReportCharts.h"

#include "ReportPageFlow.h"
#include "ReportWording.h"

#include <cmath>

namespace pakn {

namespace {

const QColor kReceived(0x1F, 0x3A, 0x68); // dark blue: stays dark on a grey printer
const QColor kAnswered(0xE0, 0x9A, 0x3E); // light orange: stays light
const QColor kGrid(0xC8, 0xC8, 0xC8);

// A round axis maximum (1, 2, 5 × 10^n) at or above `value`, divided in `ticks` steps.
std::pair<double, int> niceAxis(double value)
{
    if (value <= 0)
        return {5, 5};
    const double magnitude = std::pow(10, std::floor(std::log10(value)));
    for (double step : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0}) {
        const double s = step * magnitude;
        const int n = int(std::ceil(value / s));
        if (n <= 6)
            return {n * s, std::max(n, 1)};
    }
    return {value, 1};
}

// The caption, then the plot area with its horizontal grid and y labels;
// returns the plot rectangle (below it: room for the week labels).
QRectF frame(ReportPageFlow &flow, const QString &caption, double maxValue, int ticks,
             const QString &suffix)
{
    const QFont captionFont = ReportPageFlow::font(11, true, true);
    const QFont small = ReportPageFlow::font(8);
    const qreal plotH = flow.mm(55);
    flow.ensure(flow.textHeight(caption, captionFont, flow.width()) + plotH + flow.mm(20));
    flow.advance(flow.drawText(0, flow.y(), flow.width(), caption, captionFont, Qt::AlignHCenter) +
                 flow.mm(3));
    const QRectF plot(flow.mm(14), flow.y(), flow.width() - flow.mm(16), plotH);
    QPainter &p = flow.painter();
    for (int i = 0; i <= ticks; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / ticks;
        p.setPen(QPen(i == 0 ? QColor(Qt::black) : kGrid, flow.mm(i == 0 ? 0.3 : 0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const double v = maxValue * i / ticks;
        const QString label = (std::abs(v - std::round(v)) < 1e-9 ? ReportWording::count(v)
                                                                  : ReportWording::decimal(v, 1)) +
                              suffix;
        p.setPen(Qt::black);
        flow.drawText(0, y - flow.mm(1.6), flow.mm(12.5), label, small, Qt::AlignRight);
    }
    return plot;
}

// Week labels under the plot (the Monday, or the first day when clipped), legend below.
void footer(ReportPageFlow &flow, const QRectF &plot, const QList<PeriodFigures> &weekly,
            const QList<std::pair<QString, QColor>> &legend)
{
    const QFont small = ReportPageFlow::font(8);
    const qreal slot = plot.width() / std::max<qsizetype>(weekly.size(), 1);
    // Every label when they fit, else every second or third.
    const int every = slot >= flow.mm(9) ? 1 : slot >= flow.mm(4.5) ? 2 : 3;
    for (qsizetype i = 0; i < weekly.size(); i += every)
        flow.drawText(
            plot.left() + slot * i - flow.mm(3), plot.bottom() + flow.mm(1), slot + flow.mm(6),
            weekly.at(i).period.first().toString(QStringLiteral("dd/MM")), small, Qt::AlignHCenter);
    qreal x = plot.left();
    const qreal y = plot.bottom() + flow.mm(7);
    QPainter &p = flow.painter();
    for (const auto &[name, color] : legend) {
        p.fillRect(QRectF(x, y + flow.mm(0.8), flow.mm(6), flow.mm(2.5)), color);
        x += flow.mm(8);
        const qreal w = flow.mm(45);
        flow.drawText(x, y, w, name, ReportPageFlow::font(9), Qt::AlignLeft);
        x += w;
    }
    flow.advance(plot.height() + flow.mm(15));
}

} // namespace

void paintReceivedAnsweredChart(ReportPageFlow &flow, const QList<PeriodFigures> &weekly)
{
    int top = 0;
    for (const PeriodFigures &w : weekly)
        top = std::max({top, w.figures.received, w.figures.answered});
    const auto [maxValue, ticks] = niceAxis(top);
    const QRectF plot = frame(flow, ReportWording::receivedAnsweredChart(), maxValue, ticks, {});
    const qreal slot = plot.width() / std::max<qsizetype>(weekly.size(), 1);
    const qreal bar = slot * 0.36;
    QPainter &p = flow.painter();
    for (qsizetype i = 0; i < weekly.size(); ++i) {
        const Figures &f = weekly.at(i).figures;
        const qreal x = plot.left() + slot * i + slot * 0.14;
        const auto height = [&](int v) { return plot.height() * v / maxValue; };
        p.fillRect(QRectF(x, plot.bottom() - height(f.received), bar, height(f.received)),
                   kReceived);
        p.fillRect(QRectF(x + bar, plot.bottom() - height(f.answered), bar, height(f.answered)),
                   kAnswered);
    }
    footer(flow, plot, weekly,
           {{ReportWording::receivedSeries(), kReceived},
            {ReportWording::answeredSeries(), kAnswered}});
}

void paintOnTimeChart(ReportPageFlow &flow, const QList<PeriodFigures> &weekly)
{
    const QRectF plot = frame(flow, ReportWording::onTimeChart(), 100, 5, QStringLiteral("%"));
    const qreal slot = plot.width() / std::max<qsizetype>(weekly.size(), 1);
    QPainter &p = flow.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kReceived, flow.mm(0.6)));
    p.setBrush(kReceived);
    std::optional<QPointF> last;
    for (qsizetype i = 0; i < weekly.size(); ++i) {
        const auto percent = weekly.at(i).figures.onTimePercent();
        if (!percent) {
            last.reset();
            continue;
        }
        const QPointF point(plot.left() + slot * (i + 0.5),
                            plot.bottom() - plot.height() * *percent / 100);
        if (last)
            p.drawLine(*last, point);
        p.drawEllipse(point, flow.mm(0.9), flow.mm(0.9));
        last = point;
    }
    p.restore();
    footer(flow, plot, weekly, {{ReportWording::onTimeSeries(), kReceived}});
}

} // namespace pakn
