#include "DrillChart.h"

#include "FigureText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace pakn {

namespace {

// Past this many categories the values on the bars crowd each other out.
constexpr int MaxLabelledCategories = 16;

} // namespace

DrillChart::DrillChart(Style style, QWidget *parent) : QChartView(parent), m_style(style)
{
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    setStyleSheet(QStringLiteral("DrillChart { border: 1px solid #d0d5db; }"
                                 "DrillChart:focus { border: 2px solid #1f4e79; }"));
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart()->setTitleFont(titleFont);
}

void DrillChart::setContent(const QString &title, const QList<Category> &categories,
                            const QList<Series> &series, bool percent)
{
    m_title = title;
    m_categories = categories;
    m_series = series;
    m_percent = percent;
    m_category = qBound(0, m_category, qMax(0, categoryCount() - 1));
    m_seriesIndex = qBound(0, m_seriesIndex, qMax(0, seriesCount() - 1));
    rebuild(percent);
    updateCaption();
}

void DrillChart::rebuild(bool percent)
{
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis() hands the axis back without deleting it (series are deleted).
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    QStringList labels;
    const bool horizontal = m_style == Style::HorizontalBars;
    // Horizontal bars are drawn from the bottom up: the first category goes last, to be on top.
    const auto shown = [this, horizontal](int i) {
        return horizontal ? int(m_categories.size()) - 1 - i : i;
    };
    for (int i = 0; i < m_categories.size(); ++i)
        labels << m_categories.at(shown(i)).label;
    auto *categoryAxis = new QBarCategoryAxis(c);
    categoryAxis->append(labels);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    categoryAxis->setTruncateLabels(false); // a unit's or field's name is read whole
    auto *valueAxis = new QValueAxis(c);
    valueAxis->setLabelsFont(small);
    double top = 0;
    for (const Series &s : std::as_const(m_series))
        for (const std::optional<double> &v : s.values)
            top = qMax(top, v.value_or(0));
    c->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    if (!horizontal && labels.size() > MaxLabelledCategories)
        categoryAxis->setLabelsAngle(-90);
    const bool labelled = labels.size() <= MaxLabelledCategories;

    if (m_style == Style::Lines) {
        for (int s = 0; s < m_series.size(); ++s) {
            const Series &spec = m_series.at(s);
            auto *line = new QLineSeries(c);
            line->setName(spec.name);
            QPen pen(spec.colour, 2.5, spec.pen);
            line->setPen(pen);
            line->setPointsVisible(true);
            line->setPointLabelsVisible(labelled);
            line->setPointLabelsFormat(QStringLiteral("@yPoint"));
            for (int i = 0; i < spec.values.size(); ++i)
                if (spec.values.at(i)) // whole percents: the point labels have no precision
                    line->append(i, std::round(*spec.values.at(i)));
            c->addSeries(line);
            line->attachAxis(categoryAxis);
            line->attachAxis(valueAxis);
            connect(line, &QLineSeries::clicked, this,
                    [this, s](const QPointF &point) { drill(qRound(point.x()), s); });
        }
    } else {
        QAbstractBarSeries *bars =
            horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(c))
                       : new QBarSeries(c);
        for (int s = 0; s < m_series.size(); ++s) {
            const Series &spec = m_series.at(s);
            auto *set = new QBarSet(spec.name, bars);
            set->setColor(spec.colour);
            set->setBorderColor(spec.colour.darker(140));
            set->setLabelColor(Qt::black);
            for (int i = 0; i < spec.values.size(); ++i)
                set->append(spec.values.at(shown(i)).value_or(0));
            bars->append(set);
            connect(set, &QBarSet::clicked, this,
                    [this, s, shown](int index) { drill(shown(index), s); });
        }
        bars->setLabelsVisible(labelled);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        c->addSeries(bars);
        bars->attachAxis(categoryAxis);
        bars->attachAxis(valueAxis);
    }
    if (percent) {
        valueAxis->setRange(0, 100);
        valueAxis->setLabelFormat(QStringLiteral("%d %%"));
    } else {
        valueAxis->setRange(0, qMax(4.0, top * 1.15)); // room for the labels above the bars
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(QStringLiteral("%d"));
    }
    c->legend()->setVisible(m_series.size() > 1);
}

void DrillChart::select(int category, int series)
{
    if (m_categories.isEmpty() || m_series.isEmpty())
        return;
    m_category = qBound(0, category, categoryCount() - 1);
    m_seriesIndex = qBound(0, series, seriesCount() - 1);
    updateCaption();
}

QString DrillChart::valueText(int category, int series) const
{
    const std::optional<double> v = m_series.at(series).values.value(category);
    return m_percent ? FigureText::percent(v) : FigureText::count(int(v.value_or(0)));
}

QString DrillChart::currentText() const
{
    if (m_categories.isEmpty() || m_series.isEmpty())
        return tr("No figures");
    return tr("%1 — %2: %3")
        .arg(m_categories.at(m_category).name, m_series.at(m_seriesIndex).name,
             valueText(m_category, m_seriesIndex));
}

void DrillChart::updateCaption()
{
    const QString current = currentText();
    // The element in hand shows only while the chart has the keyboard.
    chart()->setTitle(hasFocus() ? m_title + QStringLiteral("<br><small>") +
                                       current.toHtmlEscaped() + QStringLiteral("</small>")
                                 : m_title);
    setAccessibleName(m_title);
    setAccessibleDescription(current);
}

void DrillChart::drill(int category, int series)
{
    if (category < 0 || category >= categoryCount() || series < 0 || series >= seriesCount())
        return;
    select(category, series);
    const Category &c = m_categories.at(category);
    const Series &s = m_series.at(series);
    Q_EMIT drillRequested({c.request, s.measure, tr("%1 — %2").arg(s.name, c.name)});
}

void DrillChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        select(m_category - 1, m_seriesIndex);
        return;
    case Qt::Key_Right:
        select(m_category + 1, m_seriesIndex);
        return;
    case Qt::Key_Up:
        // Horizontal bars list categories top to bottom.
        if (m_style == Style::HorizontalBars)
            select(m_category - 1, m_seriesIndex);
        else
            select(m_category, m_seriesIndex - 1);
        return;
    case Qt::Key_Down:
        if (m_style == Style::HorizontalBars)
            select(m_category + 1, m_seriesIndex);
        else
            select(m_category, m_seriesIndex + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        drill(m_category, m_seriesIndex);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void DrillChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    updateCaption();
}

void DrillChart::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    updateCaption();
}

} // namespace pakn
