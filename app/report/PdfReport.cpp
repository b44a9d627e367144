// writePdfReport / printReport: the figures as a Vietnamese administrative
// report (Decree 30/2020/NĐ-CP form): the issuing body and the national
// heading side by side, number, place and date, the title, the tables, the
// weekly charts, the recipients and the signature block.

#include "FigureLines.h"
#include "ReportCharts.h"
#include "ReportContent.h"
#include "ReportLogging.h"
#include "ReportPageFlow.h"
#include "ReportTable.h"
#include "ReportWording.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace pakn {

namespace {

// Left: the parent and the issuing body (bold, a short rule under it) and the
// number; right: the national name, the motto (ruled under) and place, date.
void paintHeading(ReportPageFlow &flow, const ReportContent &content)
{
    const qreal leftW = flow.width() * 0.42;
    const qreal rightX = leftW;
    const qreal rightW = flow.width() - leftW;
    const QFont plain = ReportPageFlow::font(12);
    const QFont bold = ReportPageFlow::font(12, true);
    const QFont motto = ReportPageFlow::font(13, true);
    const QFont dateFont = ReportPageFlow::font(13, false, true);
    const qreal top = flow.y();

    qreal y = top;
    if (!content.parentBody.isEmpty())
        y += flow.drawText(0, y, leftW, content.parentBody.toUpper(), plain, Qt::AlignHCenter);
    const QString issuing = content.issuingBody.toUpper();
    y += flow.drawText(0, y, leftW, issuing, bold, Qt::AlignHCenter) + flow.mm(1);
    const qreal ruleW =
        std::min(QFontMetricsF(bold, flow.painter().device()).horizontalAdvance(issuing), leftW) /
        3;
    flow.line(leftW / 2 - ruleW / 2, leftW / 2 + ruleW / 2, y);
    y += flow.mm(4);
    const qreal leftBottom = y + flow.drawText(0, y, leftW, ReportWording::numberLine(),
                                               ReportPageFlow::font(13), Qt::AlignHCenter);

    y = top;
    y += flow.drawText(rightX, y, rightW, ReportWording::nationalName(), bold, Qt::AlignHCenter);
    y += flow.drawText(rightX, y, rightW, ReportWording::motto(), motto, Qt::AlignHCenter) +
         flow.mm(0.8);
    const qreal mottoW =
        QFontMetricsF(motto, flow.painter().device()).horizontalAdvance(ReportWording::motto());
    flow.line(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, y);
    y += flow.mm(4);
    const qreal rightBottom =
        y + flow.drawText(rightX, y, rightW,
                          ReportWording::placeAndDate(content.place, content.date), dateFont,
                          Qt::AlignHCenter);
    flow.advance(std::max(leftBottom, rightBottom) - top + flow.mm(8));
}

void paintTitle(ReportPageFlow &flow, const ReportContent &content)
{
    const FiguresReport &r = content.report;
    flow.paragraph(ReportWording::title(), ReportPageFlow::font(14, true), Qt::AlignHCenter, 0);
    flow.paragraph(ReportWording::subject(), ReportPageFlow::font(14, true), Qt::AlignHCenter, 0);
    flow.paragraph(ReportWording::period(r.request.period), ReportPageFlow::font(13, true),
                   Qt::AlignHCenter, 2.5);
    const qreal mid = flow.width() / 2;
    flow.line(mid - flow.mm(18), mid + flow.mm(18), flow.y());
    flow.advance(flow.mm(3));
    flow.paragraph(
        ReportWording::scope(r, content.fieldNames.value(r.request.field, r.request.field)),
        ReportPageFlow::font(13), Qt::AlignHCenter, 4);
}

void heading(ReportPageFlow &flow, const QString &text)
{
    flow.ensure(flow.mm(30)); // never a heading alone at the foot of a page
    flow.paragraph(text, ReportPageFlow::font(13, true), Qt::AlignLeft, 2);
}

void paintFigures(ReportPageFlow &flow, const FiguresReport &r)
{
    heading(flow, ReportWording::figuresHeading());
    ReportTable t;
    t.headers = ReportWording::figureColumns();
    t.widths = {0.49, 0.17, 0.17, 0.17};
    t.aligns = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    const QList<FigureLine> lines = figureLines(r.figures, r.previous);
    for (const FigureLine &line : lines) {
        const auto value = [&line](std::optional<double> v) {
            switch (line.kind) {
            case FigureLine::Kind::Percent:
                return ReportWording::percent(v);
            case FigureLine::Kind::Hours:
                return ReportWording::hours(v);
            case FigureLine::Kind::Count:
                break;
            }
            return v ? ReportWording::count(*v) : ReportWording::none();
        };
        if (line.kind == FigureLine::Kind::Percent)
            t.boldRows.append(int(t.rows.size()));
        t.rows.append({line.label, value(line.value), value(line.previous),
                       ReportWording::signedChange(line.change(), line.decimals())});
    }
    paintTable(flow, t);
    flow.paragraph(ReportWording::changeNote(), ReportPageFlow::font(10, false, true),
                   Qt::AlignLeft, 4);
}

void paintRanking(ReportPageFlow &flow, const FiguresReport &r)
{
    if (r.ranking.isEmpty())
        return;
    heading(flow, ReportWording::rankingHeading());
    ReportTable t;
    t.headers = ReportWording::rankingColumns();
    t.widths = {0.08, 0.34, 0.11, 0.11, 0.12, 0.12, 0.12};
    t.aligns = {Qt::AlignHCenter, Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                Qt::AlignRight,   Qt::AlignRight, Qt::AlignRight};
    for (const RankedUnit &u : r.ranking)
        t.rows.append({QString::number(u.rank), u.unitName,
                       ReportWording::count(u.figures.received),
                       ReportWording::count(u.figures.answered),
                       ReportWording::percent(u.figures.onTimePercent()),
                       ReportWording::percent(u.figures.satisfiedPercent()),
                       u.score ? ReportWording::decimal(*u.score) : ReportWording::none()});
    paintTable(flow, t);
    flow.paragraph(ReportWording::rankingNote(r.weights), ReportPageFlow::font(10, false, true),
                   Qt::AlignLeft, 4);
}

void paintByField(ReportPageFlow &flow, const ReportContent &content)
{
    const FiguresReport &r = content.report;
    if (r.byField.isEmpty())
        return;
    heading(flow, ReportWording::byFieldHeading());
    ReportTable t;
    t.headers = ReportWording::fieldColumns();
    t.widths = {0.40, 0.15, 0.15, 0.15, 0.15};
    t.aligns = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const FieldFigures &f : r.byField)
        t.rows.append({content.fieldNames.value(f.field, f.field),
                       ReportWording::count(f.figures.received),
                       ReportWording::count(f.figures.answered),
                       ReportWording::percent(f.figures.onTimePercent()),
                       ReportWording::percent(f.figures.satisfiedPercent())});
    paintTable(flow, t);
    flow.advance(flow.mm(2));
}

// "Nơi nhận" on the left, the signer on the right, kept together on one page.
void paintClosing(ReportPageFlow &flow)
{
    flow.ensure(flow.mm(55));
    flow.advance(flow.mm(4));
    const qreal top = flow.y();
    const qreal leftW = flow.width() * 0.45;
    qreal y = top + flow.drawText(0, top, leftW, ReportWording::recipientsTitle(),
                                  ReportPageFlow::font(12, true, true), Qt::AlignLeft);
    for (const QString &line : ReportWording::recipients())
        y += flow.drawText(0, y, leftW, line, ReportPageFlow::font(11), Qt::AlignLeft);
    const qreal rightX = flow.width() * 0.45;
    const qreal rightW = flow.width() - rightX;
    qreal ry = top + flow.drawText(rightX, top, rightW, ReportWording::signerTitle(),
                                   ReportPageFlow::font(13, true), Qt::AlignHCenter);
    ry += flow.drawText(rightX, ry, rightW, ReportWording::signerNote(),
                        ReportPageFlow::font(12, false, true), Qt::AlignHCenter);
    flow.advance(std::max(y, ry + flow.mm(30)) - top);
}

bool paintReport(const ReportContent &content, QPagedPaintDevice *device)
{
    ReportPageFlow::setUpPage(device);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    ReportPageFlow flow(device, &painter);
    paintHeading(flow, content);
    paintTitle(flow, content);
    flow.paragraph(QStringLiteral("    ") + ReportWording::introduction(content.report),
                   ReportPageFlow::font(13), Qt::AlignJustify, 4);
    paintFigures(flow, content.report);
    paintRanking(flow, content.report);
    paintByField(flow, content);
    if (!content.report.weekly.isEmpty()) {
        heading(flow, ReportWording::chartsHeading());
        paintReceivedAnsweredChart(flow, content.report.weekly);
        paintOnTimeChart(flow, content.report.weekly);
    }
    paintClosing(flow);
    return painter.end();
}

} // namespace

void printReport(const ReportContent &content, QPagedPaintDevice *device)
{
    if (!paintReport(content, device))
        qCWarning(lcReport) << "Report not printed: the device could not be painted on";
}

bool writePdfReport(const ReportContent &content, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(ReportWording::title() + QLatin1Char(' ') + ReportWording::subject());
        writer.setCreator(QStringLiteral("PAKN Desk"));
        painted = paintReport(content, &writer);
    }
    if (!painted || !file.commit()) {
        file.cancelWriting();
        *error = QStringLiteral("%1 cannot be written: %2")
                     .arg(path, painted ? file.errorString() : QStringLiteral("PDF not painted"));
        qCWarning(lcReport) << "PDF report not written:" << *error;
        return false;
    }
    qCInfo(lcReport) << "PDF report written:" << path;
    return true;
}

} // namespace pakn
