#pragma once

// The headline figures of a report as a grid of tiles (received, answered,
// on time %, overdue now, satisfied %, working time to answer, …), each with
// its change from the previous period. Activating a tile asks for the cases
// behind its measure.

#include "FigureTile.h"
#include "domain/FiguresReport.h"

#include <QWidget>
#include <functional>

namespace pakn {

class FigureTiles : public QWidget
{
    Q_OBJECT
public:
    explicit FigureTiles(QWidget *parent = nullptr);

    void setReport(const FiguresReport &report);
    void setStale(bool stale);
    void retranslate();

    QList<FigureTile *> tiles() const { return m_tiles; }
    FigureTile *tileFor(Measure measure, bool time = false) const;
    Measure measureOf(int index) const;

Q_SIGNALS:
    // `title`: the tile's name, for the list's heading.
    void measureActivated(pakn::Measure measure, const QString &title);

private:
    struct Spec
    {
        Measure measure;
        bool workingTime; // the tile shows the average working time, not the count
        std::function<QString()> title;
    };
    QList<Spec> m_specs;
    QList<FigureTile *> m_tiles;
    std::optional<FiguresReport> m_report;
};

} // namespace pakn
