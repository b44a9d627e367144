// writeCsvReport: the report as one CSV file for any spreadsheet or script.
// UTF-8 with a byte order mark (Excel reads Vietnamese right only with it),
// CRLF line ends and RFC 4180 quoting. Numbers are plain (a dot before the
// decimals, percentages 0–100, working hours), dates yyyy-MM-dd HH:mm in
// Vietnam time, so a script reads them back without guessing a locale.

#include "FigureLines.h"
#include "ReportContent.h"
#include "ReportLogging.h"
#include "ReportWording.h"

#include <QSaveFile>

namespace pakn {

namespace {

class CsvText
{
public:
    // Text from people (titles, names): a leading = + - @ would make Excel
    // run it as a formula, so such a cell starts with an apostrophe.
    void text(const QString &value)
    {
        static const QString formulaStarts = QStringLiteral("=+-@");
        if (!value.isEmpty() && formulaStarts.contains(value.front()))
            cell(QLatin1Char('\'') + value);
        else
            cell(value);
    }
    void number(std::optional<double> value, int decimals)
    {
        cell(value ? QString::number(*value, 'f', decimals) : QString());
    }
    void dateTime(const QDateTime &utc)
    {
        cell(utc.isValid()
                 ? utc.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                 : QString());
    }
    void cell(const QString &value)
    {
        if (!m_rowEmpty)
            m_out += QLatin1Char(',');
        m_rowEmpty = false;
        static const QString special = QStringLiteral(",\"\r\n");
        const bool quote =
            std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
        if (quote)
            m_out += QLatin1Char('"') +
                     QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"');
        else
            m_out += value;
    }
    void endRow()
    {
        m_out += QStringLiteral("\r\n");
        m_rowEmpty = true;
    }
    void header(const QStringList &names)
    {
        for (const QString &n : names)
            cell(n);
        endRow();
    }
    QByteArray bytes() const { return QByteArrayLiteral("\xEF\xBB\xBF") + m_out.toUtf8(); }

private:
    QString m_out;
    bool m_rowEmpty = true;
};

void writeHeading(CsvText &csv, const ReportContent &content)
{
    const FiguresReport &r = content.report;
    csv.cell(ReportWording::title());
    csv.cell(ReportWording::subject());
    csv.endRow();
    csv.cell(QStringLiteral("Phạm vi"));
    csv.text(ReportWording::scope(r, content.fieldNames.value(r.request.field, r.request.field)));
    csv.endRow();
    csv.cell(QStringLiteral("Kỳ báo cáo"));
    csv.cell(r.request.period.code());
    csv.cell(ReportWording::period(r.request.period));
    csv.endRow();
    csv.cell(QStringLiteral("Tính đến"));
    csv.dateTime(r.computedAt);
    csv.endRow();
    csv.endRow();
}

void writeFigures(CsvText &csv, const FiguresReport &r)
{
    csv.header(ReportWording::figureColumns());
    for (const FigureLine &line : figureLines(r.figures, r.previous)) {
        csv.cell(line.label);
        csv.number(line.value, line.decimals());
        csv.number(line.previous, line.decimals());
        csv.number(line.change(), line.decimals());
        csv.endRow();
    }
    csv.endRow();
}

void writeRanking(CsvText &csv, const FiguresReport &r)
{
    csv.header(ReportWording::rankingColumns());
    for (const RankedUnit &u : r.ranking) {
        csv.number(u.rank, 0);
        csv.text(u.unitName);
        csv.number(u.figures.received, 0);
        csv.number(u.figures.answered, 0);
        csv.number(u.figures.onTimePercent(), 2);
        csv.number(u.figures.satisfiedPercent(), 2);
        csv.number(u.score, 2);
        csv.endRow();
    }
    csv.endRow();
}

void writeCases(CsvText &csv, const ReportContent &content)
{
    csv.header(ReportWording::caseColumns());
    for (const ReportCase &c : content.cases) {
        csv.number(double(c.id), 0);
        csv.text(c.title);
        csv.text(content.fieldNames.value(c.field, c.field));
        csv.text(c.unitName);
        csv.text(c.assigneeName);
        csv.cell(ReportWording::status(c.status));
        csv.dateTime(c.receivedAt);
        csv.dateTime(c.answerDeadline);
        csv.dateTime(c.answeredAt);
        csv.cell(ReportWording::onTime(c.answeredOnTime));
        csv.cell(c.rating ? ReportWording::rating(*c.rating) : QString());
        csv.endRow();
    }
}

} // namespace

bool writeCsvReport(const ReportContent &content, const QString &path, QString *error)
{
    CsvText csv;
    writeHeading(csv, content);
    writeFigures(csv, content.report);
    writeRanking(csv, content.report);
    writeCases(csv, content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.bytes()) < 0 || !file.commit()) {
        *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        qCWarning(lcReport) << "CSV report not written:" << *error;
        return false;
    }
    qCInfo(lcReport) << "CSV report written:" << path << content.cases.size() << "cases";
    return true;
}

} // namespace pakn
