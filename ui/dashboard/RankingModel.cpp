#include "RankingModel.h"

#include "FigureText.h"

#include <QLocale>
#include <limits>

namespace pakn {

void RankingModel::setRanking(const QList<RankedUnit> &ranking)
{
    beginResetModel();
    m_ranking = ranking;
    endResetModel();
}

std::optional<Measure> RankingModel::measureOf(int column)
{
    switch (column) {
    case Received:
        return Measure::Received;
    case Answered:
        return Measure::Answered;
    case OnTime:
        return Measure::AnsweredOnTime;
    case Satisfied:
        return Measure::Satisfied;
    default:
        return std::nullopt;
    }
}

void RankingModel::retranslate()
{
    if (!m_ranking.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RankedUnit &u = m_ranking.at(index.row());
    const Figures &f = u.figures;
    // Missing percentages and scores sort below every real one.
    const auto number = [](std::optional<double> v) -> QVariant {
        return v ? *v : -std::numeric_limits<double>::infinity();
    };
    if (role == SortRole) {
        switch (index.column()) {
        case Rank:
            return u.rank;
        case UnitName:
            return u.unitName;
        case Received:
            return f.received;
        case Answered:
            return f.answered;
        case OnTime:
            return number(f.onTimePercent());
        case Satisfied:
            return number(f.satisfiedPercent());
        case Score:
            return number(u.score);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank: // units with nothing to score share the last place: no number for them
            return u.score ? QLocale().toString(u.rank) : QStringLiteral("—");
        case UnitName:
            return u.unitName;
        case Received:
            return FigureText::count(f.received);
        case Answered:
            return FigureText::count(f.answered);
        case OnTime:
            return FigureText::percent(f.onTimePercent());
        case Satisfied:
            return FigureText::percent(f.satisfiedPercent());
        case Score:
            return u.score ? QLocale().toString(*u.score, 'f', 1) : QStringLiteral("—");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UnitName)
        return u.unitName; // the column may be too narrow for the whole name
    if (role == Qt::TextAlignmentRole && index.column() != UnitName)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case UnitName:
        return tr("Unit");
    case Received:
        return tr("Received");
    case Answered:
        return tr("Answered");
    case OnTime:
        return tr("On time");
    case Satisfied:
        return tr("Satisfied");
    case Score:
        return tr("Score");
    }
    return {};
}

} // namespace pakn
