#pragma once

// The ranking of a report's child units as a table: rank, unit, received,
// answered, on time %, satisfied %, score. Sorts by number (Qt::UserRole);
// units without a score sort after every scored one.

#include "domain/FiguresReport.h"

#include <QAbstractTableModel>

namespace pakn {

class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        UnitName,
        Received,
        Answered,
        OnTime,
        Satisfied,
        Score,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setRanking(const QList<RankedUnit> &ranking);
    const RankedUnit &unitAt(int row) const { return m_ranking.at(row); }
    // The measure behind a column (nullopt: every case of the unit).
    static std::optional<Measure> measureOf(int column);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RankedUnit> m_ranking;
};

} // namespace pakn
