#pragma once

// A reporting period: a day, an ISO week, a month, a quarter, a year, or a
// custom range of days, in Vietnam's calendar days (UTC+7). The same spelling
// on the command line, in the API and in saved settings:
//   2025-06-14   2025-W23   2025-06   2025-Q2   2025   2025-06-01..2025-06-30

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pakn {

class ReportPeriod
{
public:
    enum class Kind
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
        Custom
    };

    ReportPeriod() = default;
    // The period of `kind` that contains `day` (Custom: just that day).
    static ReportPeriod containing(Kind kind, QDate day);
    // first..last inclusive; nullopt when last < first or a date is invalid.
    static std::optional<ReportPeriod> range(QDate first, QDate last);
    // One of the spellings above; on failure nullopt and a message naming the problem.
    static std::optional<ReportPeriod> parse(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isValid() const { return m_first.isValid(); }
    QString code() const;    // the spelling parse() reads back
    QDateTime start() const; // first day 00:00 Vietnam time, as UTC
    QDateTime end() const;   // the day after `last`, 00:00 Vietnam time (exclusive)
    bool contains(const QDateTime &t) const { return t >= start() && t < end(); }
    ReportPeriod previous() const; // the one before, of the same kind (Custom: same length)
    // The ISO weeks (Monday–Sunday) it overlaps, each clipped to the period, as Custom ranges
    // (Week kind keeps Kind::Week when not clipped). For the weekly charts.
    QList<ReportPeriod> weeks() const;

    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;

private:
    Kind m_kind = Kind::Custom;
    QDate m_first;
    QDate m_last;
};

} // namespace pakn
