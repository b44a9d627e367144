#pragma once

// How the dashboard writes its numbers: percentages, working hours, the
// change from the previous period (▲/▼, and whether that change is good
// news), period names. In the UI language's number format (QLocale()).

#include "domain/ReportPeriod.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pakn {

// Which way a figure should move.
enum class Better
{
    Up,      // answered, on time %, satisfied %
    Down,    // overdue, late, working time, reopened
    Neither, // received: more is neither good nor bad
};

enum class Tone
{
    Good,
    Bad,
    Neutral,
};

struct FigureChange
{
    QString text; // "▲ 3", "▼ 2,5", "= 0", "" when there is nothing to compare
    Tone tone = Tone::Neutral;
};

class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)
public:
    static QString count(int n);
    static QString percent(std::optional<double> value);    // "85,3 %", "—"
    static QString workingHours(int count, double minutes); // "12,5 giờ", "—" when count 0
    // `decimals`: 0 for counts, 1 for percentages and hours.
    static FigureChange change(std::optional<double> now, std::optional<double> before,
                               Better better, int decimals);
    static QString periodName(const ReportPeriod &period);  // "Quý 2/2025"
    static QString periodKindName(ReportPeriod::Kind kind); // "Quý"
    static QString shortDay(const QDate &day);              // "02/06"
    static QString date(const QDate &day);                  // "02/06/2025"
};

} // namespace pakn
