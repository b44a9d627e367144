#include "FigureTiles.h"

#include <QGridLayout>

namespace pakn {

namespace {

constexpr int TilesPerRow = 6;

std::optional<double> countOf(const Figures &f, Measure m)
{
    switch (m) {
    case Measure::Received:
        return f.received;
    case Measure::Accepted:
        return f.accepted;
    case Measure::AcceptedOnTime:
        return f.acceptedOnTime;
    case Measure::Answered:
        return f.answered;
    case Measure::AnsweredOnTime:
        return f.onTimePercent();
    case Measure::AnsweredLate:
        return f.answeredLate;
    case Measure::OverdueNow:
        return f.overdueNow;
    case Measure::Refused:
        return f.refused;
    case Measure::Returned:
        return f.returned;
    case Measure::Transferred:
        return f.transferred;
    case Measure::Reopened:
        return f.reopened;
    case Measure::Rated:
        return f.rated;
    case Measure::Satisfied:
        return f.satisfiedPercent();
    case Measure::Acceptable:
        return f.acceptablePercent();
    case Measure::NotSatisfied:
        return f.notSatisfiedPercent();
    }
    return std::nullopt;
}

bool isPercent(Measure m)
{
    return m == Measure::AnsweredOnTime || m == Measure::Satisfied || m == Measure::Acceptable ||
           m == Measure::NotSatisfied;
}

Better betterOf(Measure m, bool workingTime)
{
    if (workingTime)
        return Better::Down;
    switch (m) {
    case Measure::Accepted:
    case Measure::AcceptedOnTime:
    case Measure::Answered:
    case Measure::AnsweredOnTime:
    case Measure::Satisfied:
    case Measure::Acceptable:
        return Better::Up;
    case Measure::AnsweredLate:
    case Measure::OverdueNow:
    case Measure::Returned:
    case Measure::Reopened:
    case Measure::NotSatisfied:
        return Better::Down;
    default:
        return Better::Neither;
    }
}

} // namespace

FigureTiles::FigureTiles(QWidget *parent) : QWidget(parent)
{
    m_specs = {
        {Measure::Received, false, [] { return tr("Cases received"); }},
        {Measure::Accepted, false, [] { return tr("Accepted by units"); }},
        {Measure::Answered, false, [] { return tr("Answered (replies published)"); }},
        {Measure::AnsweredOnTime, false, [] { return tr("Answered on time"); }},
        {Measure::AnsweredLate, false, [] { return tr("Answered late"); }},
        {Measure::OverdueNow, false, [] { return tr("Overdue now"); }},
        {Measure::Satisfied, false, [] { return tr("Satisfied"); }},
        {Measure::Answered, true, [] { return tr("Average working time to answer"); }},
        {Measure::Refused, false, [] { return tr("Refused"); }},
        {Measure::Returned, false, [] { return tr("Returned"); }},
        {Measure::Transferred, false, [] { return tr("Transferred"); }},
        {Measure::Reopened, false, [] { return tr("Reopened"); }},
    };
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int i = 0; i < m_specs.size(); ++i) {
        auto *tile = new FigureTile(this);
        tile->setObjectName(QStringLiteral("tile-%1%2")
                                .arg(toCode(m_specs.at(i).measure), m_specs.at(i).workingTime
                                                                        ? QStringLiteral("-time")
                                                                        : QString()));
        grid->addWidget(tile, i / TilesPerRow, i % TilesPerRow);
        connect(tile, &FigureTile::activated, this, [this, i] {
            Q_EMIT measureActivated(m_specs.at(i).measure, m_specs.at(i).title());
        });
        m_tiles.append(tile);
    }
    for (int column = 0; column < TilesPerRow; ++column)
        grid->setColumnStretch(column, 1);
    retranslate();
}

void FigureTiles::retranslate()
{
    for (int i = 0; i < m_specs.size(); ++i)
        m_tiles.at(i)->setTitle(m_specs.at(i).title());
    if (m_report)
        setReport(*m_report); // numbers are written the language's way
}

void FigureTiles::setReport(const FiguresReport &report)
{
    m_report = report;
    const Figures &now = report.figures;
    const Figures &before = report.previous;
    for (int i = 0; i < m_specs.size(); ++i) {
        const Spec &spec = m_specs.at(i);
        const Better better = betterOf(spec.measure, spec.workingTime);
        if (spec.workingTime) {
            const auto hours = [](const WorkingTime &t) -> std::optional<double> {
                return t.count ? std::optional<double>(t.averageMinutes / 60.0) : std::nullopt;
            };
            m_tiles.at(i)->setValue(
                FigureText::workingHours(now.toAnswer.count, now.toAnswer.averageMinutes),
                FigureText::change(hours(now.toAnswer), hours(before.toAnswer), better, 1));
            continue;
        }
        const std::optional<double> value = countOf(now, spec.measure);
        const bool percent = isPercent(spec.measure);
        const QString text =
            percent ? FigureText::percent(value) : FigureText::count(int(value.value_or(0)));
        // Overdue now is judged at the report's time: there is no earlier value to compare.
        const std::optional<double> earlier =
            spec.measure == Measure::OverdueNow ? std::nullopt : countOf(before, spec.measure);
        m_tiles.at(i)->setValue(text, FigureText::change(value, earlier, better, percent ? 1 : 0));
    }
}

void FigureTiles::setStale(bool stale)
{
    for (FigureTile *tile : m_tiles)
        tile->setStale(stale);
}

FigureTile *FigureTiles::tileFor(Measure measure, bool time) const
{
    for (int i = 0; i < m_specs.size(); ++i)
        if (m_specs.at(i).measure == measure && m_specs.at(i).workingTime == time)
            return m_tiles.at(i);
    return nullptr;
}

Measure FigureTiles::measureOf(int index) const
{
    return m_specs.at(index).measure;
}

} // namespace pakn
