#include "DashboardCharts.h"

#include "FigureText.h"

#include <QGridLayout>
#include <algorithm>

namespace pakn {

namespace {

// Dark blue and orange stay apart in colour and in grey on paper.
const QColor First(0x1f, 0x4e, 0x79);
const QColor Second(0xe0, 0x8a, 0x1e);
constexpr int MostOverdueUnits = 8;
constexpr int AxisNameLength = 26;

// Long unit and field names would push the bars out of the chart; the full
// name is in the caption and the case list's heading.
QString shortName(const QString &name)
{
    return name.size() <= AxisNameLength ? name : name.left(AxisNameLength - 1) + QChar(0x2026);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent) : QWidget(parent)
{
    m_weeklyCounts = new DrillChart(DrillChart::Style::Bars, this);
    m_weeklyRates = new DrillChart(DrillChart::Style::Lines, this);
    m_overdue = new DrillChart(DrillChart::Style::HorizontalBars, this);
    m_byField = new DrillChart(DrillChart::Style::HorizontalBars, this);
    m_weeklyCounts->setObjectName(QStringLiteral("chartWeeklyCounts"));
    m_weeklyRates->setObjectName(QStringLiteral("chartWeeklyRates"));
    m_overdue->setObjectName(QStringLiteral("chartOverdueByUnit"));
    m_byField->setObjectName(QStringLiteral("chartByField"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(m_weeklyCounts, 0, 0);
    grid->addWidget(m_weeklyRates, 0, 1);
    grid->addWidget(m_overdue, 1, 0);
    grid->addWidget(m_byField, 1, 1);
    for (DrillChart *chart : charts())
        connect(chart, &DrillChart::drillRequested, this, &DashboardCharts::drillRequested);
}

void DashboardCharts::setReport(const FiguresReport &report,
                                const QMap<QString, QString> &fieldNames)
{
    m_report = report;
    m_fieldNames = fieldNames;
    fill();
}

void DashboardCharts::retranslate()
{
    if (m_report)
        fill();
}

void DashboardCharts::fill()
{
    const FiguresReport &report = *m_report;

    QList<DrillChart::Category> weeks;
    DrillChart::Series received{tr("Received"), {}, Measure::Received, First};
    DrillChart::Series answered{tr("Answered"), {}, Measure::Answered, Second};
    DrillChart::Series onTime{tr("On time %"), {}, Measure::AnsweredOnTime, First};
    DrillChart::Series satisfied{tr("Satisfied %"), {}, Measure::Satisfied, Second, Qt::DashLine};
    for (const PeriodFigures &week : report.weekly) {
        FiguresRequest narrowed = report.request;
        narrowed.period = week.period;
        weeks.append({FigureText::shortDay(week.period.first()),
                      tr("week of %1").arg(FigureText::shortDay(week.period.first())), narrowed});
        received.values.append(week.figures.received);
        answered.values.append(week.figures.answered);
        onTime.values.append(week.figures.onTimePercent());
        satisfied.values.append(week.figures.satisfiedPercent());
    }
    m_weeklyCounts->setContent(tr("Received and answered per week"), weeks, {received, answered},
                               false);
    m_weeklyRates->setContent(tr("On time and satisfied per week"), weeks, {onTime, satisfied},
                              true);

    QList<DrillChart::Category> units;
    DrillChart::Series overdue{
        tr("Overdue now"), {}, Measure::OverdueNow, QColor(0xb3, 0x26, 0x1e)};
    // The units with the most overdue cases: a bar per unit of a city is unreadable.
    QList<RankedUnit> byOverdue = report.ranking;
    std::stable_sort(byOverdue.begin(), byOverdue.end(),
                     [](const RankedUnit &a, const RankedUnit &b) {
                         return a.figures.overdueNow > b.figures.overdueNow;
                     });
    byOverdue.removeIf([](const RankedUnit &u) { return u.figures.overdueNow == 0; });
    const bool more = byOverdue.size() > MostOverdueUnits;
    byOverdue = byOverdue.mid(0, MostOverdueUnits);
    for (const RankedUnit &unit : std::as_const(byOverdue)) {
        FiguresRequest narrowed = report.request;
        narrowed.unitId = unit.unitId;
        units.append({shortName(unit.unitName), unit.unitName, narrowed});
        overdue.values.append(unit.figures.overdueNow);
    }
    if (units.isEmpty()) { // a unit without child units: itself
        units.append({report.unitName, report.unitName, report.request});
        overdue.values.append(report.figures.overdueNow);
    }
    m_overdue->setContent(more ? tr("Overdue now: the %1 units with the most").arg(MostOverdueUnits)
                               : tr("Overdue now by unit"),
                          units, {overdue}, false);

    QList<DrillChart::Category> fields;
    DrillChart::Series byField{tr("Received"), {}, Measure::Received, First};
    for (const FieldFigures &f : report.byField) {
        FiguresRequest narrowed = report.request;
        narrowed.field = f.field;
        const QString name = m_fieldNames.value(f.field, f.field);
        fields.append({shortName(name), name, narrowed});
        byField.values.append(f.figures.received);
    }
    m_byField->setContent(tr("Received by field"), fields, {byField}, false);
}

} // namespace pakn
