#pragma once

// The dashboard's four charts of one report: received vs answered per week,
// on-time % and satisfied % per week, overdue now by unit, received by field.
// Each chart element asks for the cases behind it (drillRequested).

#include "DrillChart.h"

#include <QMap>
#include <QWidget>

namespace pakn {

class DashboardCharts : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    // `fieldNames`: field code → name in the UI language.
    void setReport(const FiguresReport &report, const QMap<QString, QString> &fieldNames);
    void retranslate();

    DrillChart *weeklyCounts() const { return m_weeklyCounts; }
    DrillChart *weeklyRates() const { return m_weeklyRates; }
    DrillChart *overdueByUnit() const { return m_overdue; }
    DrillChart *byField() const { return m_byField; }
    QList<DrillChart *> charts() const
    {
        return {m_weeklyCounts, m_weeklyRates, m_overdue, m_byField};
    }

Q_SIGNALS:
    void drillRequested(const pakn::FigureDrill &drill);

private:
    void fill();

    DrillChart *m_weeklyCounts;
    DrillChart *m_weeklyRates;
    DrillChart *m_overdue;
    DrillChart *m_byField;
    std::optional<FiguresReport> m_report;
    QMap<QString, QString> m_fieldNames;
};

} // namespace pakn
