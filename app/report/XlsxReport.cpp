// writeXlsxReport: the report as an Excel workbook written by libxlsxwriter.
// Sheet "Số liệu" holds the figures (real numbers with number formats:
// counts, percentages as 0.00%, working hours) and the ranking; sheet
// "Hồ sơ" the cases behind them, with dates as Excel dates in Vietnam time,
// a frozen header row and an autofilter.

#include "FigureLines.h"
#include "ReportContent.h"
#include "ReportLogging.h"
#include "ReportWording.h"

#include <QFile>
#include <memory>
#include <xlsxwriter.h>

namespace pakn {

namespace {

// The workbook's cell formats, made once per workbook.
struct Formats
{
    explicit Formats(lxw_workbook *wb)
    {
        const auto make = [wb](const char *numberFormat) {
            lxw_format *f = workbook_add_format(wb);
            if (numberFormat)
                format_set_num_format(f, numberFormat);
            return f;
        };
        title = make(nullptr);
        format_set_bold(title);
        format_set_font_size(title, 13);
        header = make(nullptr);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xDDE4EE);
        format_set_border(header, LXW_BORDER_THIN);
        count = make("#,##0");
        percent = make("0.00%");
        hours = make("0.0");
        score = make("0.00");
        countChange = make("+#,##0;-#,##0;0");
        percentChange = make("+0.00%;-0.00%;0.00%");
        hoursChange = make("+0.0;-0.0;0.0");
        date = make("dd/mm/yyyy hh:mm");
    }
    lxw_format *title, *header, *count, *percent, *hours, *score;
    lxw_format *countChange, *percentChange, *hoursChange, *date;
};

class Sheet
{
public:
    Sheet(lxw_worksheet *ws, const Formats &formats) : m_ws(ws), m_formats(formats) {}

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr)
    {
        if (!value.isEmpty())
            worksheet_write_string(m_ws, row, col, value.toUtf8().constData(), format);
    }
    void number(lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format *format)
    {
        if (value)
            worksheet_write_number(m_ws, row, col, *value, format);
    }
    void dateTime(lxw_row_t row, lxw_col_t col, const QDateTime &utc)
    {
        if (!utc.isValid())
            return;
        const QDateTime local = utc.toOffsetFromUtc(7 * 3600);
        lxw_datetime d{local.date().year(), local.date().month(),  local.date().day(),
                       local.time().hour(), local.time().minute(), double(local.time().second())};
        worksheet_write_datetime(m_ws, row, col, &d, m_formats.date);
    }
    void header(lxw_row_t row, const QStringList &names)
    {
        for (qsizetype c = 0; c < names.size(); ++c)
            text(row, lxw_col_t(c), names.at(c), m_formats.header);
    }
    lxw_worksheet *ws() const { return m_ws; }

private:
    lxw_worksheet *m_ws;
    const Formats &m_formats;
};

std::optional<double> fraction(std::optional<double> percent)
{
    return percent ? std::optional(*percent / 100.0) : std::nullopt;
}

void writeFiguresSheet(Sheet &s, const Formats &f, const ReportContent &content)
{
    const FiguresReport &r = content.report;
    s.text(0, 0, ReportWording::title() + QLatin1Char(' ') + ReportWording::subject().toUpper(),
           f.title);
    s.text(1, 0,
           ReportWording::scope(r, content.fieldNames.value(r.request.field, r.request.field)));
    s.text(2, 0, ReportWording::period(r.request.period));
    s.text(3, 0,
           ReportWording::computedAtLabel() + QLatin1Char(' ') +
               ReportWording::dateTime(r.computedAt));
    lxw_row_t row = 5;
    s.header(row++, ReportWording::figureColumns());
    for (const FigureLine &line : figureLines(r.figures, r.previous)) {
        const bool isPercent = line.kind == FigureLine::Kind::Percent;
        lxw_format *value = isPercent                              ? f.percent
                            : line.kind == FigureLine::Kind::Hours ? f.hours
                                                                   : f.count;
        lxw_format *change = isPercent                              ? f.percentChange
                             : line.kind == FigureLine::Kind::Hours ? f.hoursChange
                                                                    : f.countChange;
        const auto scaled = [isPercent](std::optional<double> v) {
            return isPercent ? fraction(v) : v;
        };
        s.text(row, 0, line.label);
        s.number(row, 1, scaled(line.value), value);
        s.number(row, 2, scaled(line.previous), value);
        s.number(row, 3, scaled(line.change()), change);
        ++row;
    }
    ++row;
    s.text(row++, 0, ReportWording::rankingHeading(), f.title);
    s.header(row++, ReportWording::rankingColumns());
    for (const RankedUnit &u : r.ranking) {
        s.number(row, 0, u.rank, f.count);
        s.text(row, 1, u.unitName);
        s.number(row, 2, u.figures.received, f.count);
        s.number(row, 3, u.figures.answered, f.count);
        s.number(row, 4, fraction(u.figures.onTimePercent()), f.percent);
        s.number(row, 5, fraction(u.figures.satisfiedPercent()), f.percent);
        s.number(row, 6, u.score, f.score);
        ++row;
    }
    worksheet_set_column(s.ws(), 0, 0, 48, nullptr);
    worksheet_set_column(s.ws(), 1, 6, 14, nullptr);
}

void writeCasesSheet(Sheet &s, const ReportContent &content)
{
    const QStringList columns = ReportWording::caseColumns();
    s.header(0, columns);
    lxw_row_t row = 1;
    for (const ReportCase &c : content.cases) {
        s.number(row, 0, double(c.id), nullptr);
        s.text(row, 1, c.title);
        s.text(row, 2, content.fieldNames.value(c.field, c.field));
        s.text(row, 3, c.unitName);
        s.text(row, 4, c.assigneeName);
        s.text(row, 5, ReportWording::status(c.status));
        s.dateTime(row, 6, c.receivedAt);
        s.dateTime(row, 7, c.answerDeadline);
        s.dateTime(row, 8, c.answeredAt);
        s.text(row, 9, ReportWording::onTime(c.answeredOnTime));
        s.text(row, 10, c.rating ? ReportWording::rating(*c.rating) : QString());
        ++row;
    }
    worksheet_freeze_panes(s.ws(), 1, 0);
    worksheet_autofilter(s.ws(), 0, 0, std::max<lxw_row_t>(row - 1, 1),
                         lxw_col_t(columns.size() - 1));
    static const double widths[] = {10, 50, 24, 28, 22, 16, 17, 17, 17, 12, 16};
    for (lxw_col_t c = 0; c < lxw_col_t(std::size(widths)); ++c)
        worksheet_set_column(s.ws(), c, c, widths[c], nullptr);
}

} // namespace

bool writeXlsxReport(const ReportContent &content, const QString &path, QString *error)
{
    // libxlsxwriter writes the file in place: write beside it and rename, so
    // a failure never leaves half a workbook under the asked-for name.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *wb = workbook_new(QFile::encodeName(partial).constData());
    if (!wb) {
        *error = QStringLiteral("%1 cannot be created").arg(path);
        return false;
    }
    QByteArray title =
        (ReportWording::title() + QLatin1Char(' ') + ReportWording::subject()).toUtf8();
    QByteArray author = content.issuingBody.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    workbook_set_properties(wb, &properties);
    const Formats formats(wb);
    Sheet figures(workbook_add_worksheet(wb, ReportWording::figuresSheet().toUtf8().constData()),
                  formats);
    writeFiguresSheet(figures, formats, content);
    Sheet cases(workbook_add_worksheet(wb, ReportWording::casesSheet().toUtf8().constData()),
                formats);
    writeCasesSheet(cases, content);
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        *error = QStringLiteral("%1 cannot be written: %2")
                     .arg(path, QString::fromUtf8(lxw_strerror(result)));
        qCWarning(lcReport) << "Workbook not written:" << *error;
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = QStringLiteral("%1 cannot be written").arg(path);
        return false;
    }
    qCInfo(lcReport) << "Workbook written:" << path << content.cases.size() << "cases";
    return true;
}

} // namespace pakn
