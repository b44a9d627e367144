#pragma once

// A bar or line chart whose every element (a bar, a point) opens the cases
// behind it. Categories carry the narrowed request (a week, a unit, a
// field); series carry the measure. From the keyboard: Left/Right move
// between categories, Up/Down between series, Enter opens; the element in
// hand is written under the title (and in the accessible description).

#include "FiguresSource.h"

#include <QChartView>

namespace pakn {

class DrillChart : public QChartView
{
    Q_OBJECT
public:
    enum class Style
    {
        Bars,
        HorizontalBars,
        Lines,
    };
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // one per category; nullopt: nothing to show
        std::optional<Measure> measure;
        QColor colour;
        Qt::PenStyle pen = Qt::SolidLine; // lines are told apart on a grey printout
    };
    struct Category
    {
        QString label;          // on the axis
        QString name;           // in the case list's heading ("tuần 02/06", "Phường Kim Mã")
        FiguresRequest request; // narrowed to it
    };

    explicit DrillChart(Style style, QWidget *parent = nullptr);

    // `percent`: values are 0–100.
    void setContent(const QString &title, const QList<Category> &categories,
                    const QList<Series> &series, bool percent);
    int categoryCount() const { return int(m_categories.size()); }
    int seriesCount() const { return int(m_series.size()); }
    void select(int category, int series);
    int currentCategory() const { return m_category; }
    int currentSeries() const { return m_seriesIndex; }
    QString currentText() const;
    // Asks for the cases behind one element (what a click does).
    void drill(int category, int series);

Q_SIGNALS:
    void drillRequested(const pakn::FigureDrill &drill);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void rebuild(bool percent);
    void updateCaption();
    QString valueText(int category, int series) const;

    Style m_style;
    QString m_title;
    QList<Category> m_categories;
    QList<Series> m_series;
    bool m_percent = false;
    int m_category = 0;
    int m_seriesIndex = 0;
};

} // namespace pakn
