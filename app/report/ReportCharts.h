#pragma once

// The report's weekly charts, painted with QPainter (no Qt Charts, so the
// command line needs no widgets): received vs answered as paired bars, and
// the on-time percentage as a line (a week with nothing answered leaves a
// gap). Each chart is kept on one page with its caption.

#include "domain/FiguresReport.h"

namespace pakn {

class ReportPageFlow;

void paintReceivedAnsweredChart(ReportPageFlow &flow, const QList<PeriodFigures> &weekly);
void paintOnTimeChart(ReportPageFlow &flow, const QList<PeriodFigures> &weekly);

} // namespace pakn
