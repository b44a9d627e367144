#pragma once

// A ruled table of text on report pages: a shaded header row, wrapped cells,
// and when a row does not fit, a new page that starts with the header again
// (a row is never split).

#include <QList>
#include <QStringList>

namespace pakn {

class ReportPageFlow;

struct ReportTable
{
    QStringList headers;
    QList<qreal> widths;         // fractions of the text width, one per column
    QList<Qt::Alignment> aligns; // one per column
    QList<QStringList> rows;
    QList<int> boldRows; // indexes into rows
    qreal points = 11;   // the text size
};

void paintTable(ReportPageFlow &flow, const ReportTable &table);

} // namespace pakn
