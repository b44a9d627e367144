#include "FigureText.h"

#include <QLocale>
#include <cmath>

namespace pakn {

QString FigureText::count(int n)
{
    return QLocale().toString(n);
}

QString FigureText::percent(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    return tr("%1 %").arg(QLocale().toString(*value, 'f', 1));
}

QString FigureText::workingHours(int count, double minutes)
{
    if (count == 0)
        return QStringLiteral("—");
    return tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'f', 1));
}

FigureChange FigureText::change(std::optional<double> now, std::optional<double> before,
                                Better better, int decimals)
{
    if (!now || !before)
        return {};
    const double scale = std::pow(10.0, decimals);
    const double delta = std::round((*now - *before) * scale) / scale;
    if (delta == 0)
        return {QStringLiteral("= 0"), Tone::Neutral};
    const bool up = delta > 0;
    const QString text = (up ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) +
                         QLocale().toString(std::abs(delta), 'f', decimals);
    Tone tone = Tone::Neutral;
    if (better == Better::Up)
        tone = up ? Tone::Good : Tone::Bad;
    else if (better == Better::Down)
        tone = up ? Tone::Bad : Tone::Good;
    return {text, tone};
}

QString FigureText::periodKindName(ReportPeriod::Kind kind)
{
    switch (kind) {
    case ReportPeriod::Kind::Day:
        return tr("Day");
    case ReportPeriod::Kind::Week:
        return tr("Week");
    case ReportPeriod::Kind::Month:
        return tr("Month");
    case ReportPeriod::Kind::Quarter:
        return tr("Quarter");
    case ReportPeriod::Kind::Year:
        return tr("Year");
    case ReportPeriod::Kind::Custom:
        break;
    }
    return tr("Custom");
}

QString FigureText::periodName(const ReportPeriod &period)
{
    if (!period.isValid())
        return {};
    const QDate first = period.first();
    switch (period.kind()) {
    case ReportPeriod::Kind::Day:
        return tr("day %1").arg(date(first));
    case ReportPeriod::Kind::Week: {
        int year = 0;
        const int week = first.weekNumber(&year);
        return tr("week %1/%2 (%3–%4)")
            .arg(week)
            .arg(year)
            .arg(shortDay(first), shortDay(period.last()));
    }
    case ReportPeriod::Kind::Month:
        return tr("month %1/%2").arg(first.month()).arg(first.year());
    case ReportPeriod::Kind::Quarter:
        return tr("quarter %1/%2").arg((first.month() - 1) / 3 + 1).arg(first.year());
    case ReportPeriod::Kind::Year:
        return tr("year %1").arg(first.year());
    case ReportPeriod::Kind::Custom:
        break;
    }
    return tr("%1 – %2").arg(date(first), date(period.last()));
}

QString FigureText::shortDay(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM"));
}

QString FigureText::date(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace pakn
