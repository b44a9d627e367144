#pragma once

// A figures report ready to be written: the figures for a scope and period
// (domain/FiguresReport.h), the cases behind them, and the few words of the
// administrative form that the data does not carry (issuing body, place,
// date). The writers turn it into CSV, an Excel workbook or the Vietnamese
// administrative report (PDF, or the same pages on a printer); every word
// they print comes from ReportWording.

#include "domain/FiguresReport.h"

#include <QDate>
#include <QMap>
#include <QString>

class QPagedPaintDevice;

namespace pakn {

struct ReportContent
{
    FiguresReport report;
    QList<ReportCase> cases;
    QMap<QString, QString> fieldNames; // field code → name (Vietnamese)
    QString issuingBody; // e.g. "UBND QUẬN HOÀN KIẾM" (the scope unit, upper case)
    QString parentBody;  // the line above it (the parent unit), may be empty
    QString place;       // "Hà Nội"
    QDate date;          // the report's date (Vietnam)
};

// Each returns false with a message in *error when the file cannot be written;
// a failed write leaves no partial file at `path`.
bool writeCsvReport(const ReportContent &content, const QString &path, QString *error);
bool writeXlsxReport(const ReportContent &content, const QString &path, QString *error);
bool writePdfReport(const ReportContent &content, const QString &path, QString *error);
// The PDF's pages on any paged device (a QPrinter); sets A4 portrait and the form's margins.
void printReport(const ReportContent &content, QPagedPaintDevice *device);

} // namespace pakn
