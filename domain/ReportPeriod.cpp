#include "ReportPeriod.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace pakn {

namespace {

const QTimeZone &vietnam()
{
    static const QTimeZone zone(7 * 3600);
    return zone;
}

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// Monday of ISO week 1: the week holding 4 January.
QDate isoYearStart(int year)
{
    return mondayOf(QDate(year, 1, 4));
}

int isoWeeksIn(int year)
{
    return int(isoYearStart(year).daysTo(isoYearStart(year + 1)) / 7);
}

QString dayCode(QDate d)
{
    return d.toString(Qt::ISODate);
}

std::optional<ReportPeriod> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

ReportPeriod ReportPeriod::containing(Kind kind, QDate day)
{
    ReportPeriod p;
    if (!day.isValid())
        return p;
    p.m_kind = kind;
    switch (kind) {
    case Kind::Day:
    case Kind::Custom:
        p.m_first = p.m_last = day;
        break;
    case Kind::Week:
        p.m_first = mondayOf(day);
        p.m_last = p.m_first.addDays(6);
        break;
    case Kind::Month:
        p.m_first = QDate(day.year(), day.month(), 1);
        p.m_last = p.m_first.addMonths(1).addDays(-1);
        break;
    case Kind::Quarter:
        p.m_first = QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        p.m_last = p.m_first.addMonths(3).addDays(-1);
        break;
    case Kind::Year:
        p.m_first = QDate(day.year(), 1, 1);
        p.m_last = QDate(day.year(), 12, 31);
        break;
    }
    return p;
}

std::optional<ReportPeriod> ReportPeriod::range(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return std::nullopt;
    ReportPeriod p;
    p.m_kind = Kind::Custom;
    p.m_first = first;
    p.m_last = last;
    return p;
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &input, QString *error)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{2})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q(\\d)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    const QString text = input.trimmed();
    if (text.startsWith(QStringLiteral("0000")))
        return fail(error, QStringLiteral("there is no year 0000"));
    const QString shown = QLatin1Char('"') + text.left(40) + QLatin1Char('"');
    if (text.isEmpty())
        return fail(error, QStringLiteral("no period given; write 2025-06-14, 2025-W23, 2025-06, "
                                          "2025-Q2, 2025 or 2025-06-01..2025-06-30"));
    if (const qsizetype dots = text.indexOf(QStringLiteral("..")); dots >= 0) {
        const QString a = text.left(dots).trimmed();
        const QString b = text.mid(dots + 2).trimmed();
        const QDate first = day.match(a).hasMatch() ? QDate::fromString(a, Qt::ISODate) : QDate();
        const QDate last = day.match(b).hasMatch() ? QDate::fromString(b, Qt::ISODate) : QDate();
        if (!first.isValid() || !last.isValid())
            return fail(error, QStringLiteral("%1 is not a range of two dates like "
                                              "2025-06-01..2025-06-30")
                                   .arg(shown));
        if (last < first)
            return fail(error, QStringLiteral("%1 ends before it starts").arg(shown));
        return range(first, last);
    }
    if (const auto m = day.match(text); m.hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return fail(error, QStringLiteral("%1 is not a date of the calendar").arg(shown));
        return containing(Kind::Day, d);
    }
    if (const auto m = week.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int w = m.captured(2).toInt();
        if (w < 1 || w > isoWeeksIn(y))
            return fail(error, QStringLiteral("%1: %2 has ISO weeks 01 to %3")
                                   .arg(shown)
                                   .arg(y)
                                   .arg(isoWeeksIn(y)));
        return containing(Kind::Week, isoYearStart(y).addDays(7 * (w - 1)));
    }
    if (const auto m = month.match(text); m.hasMatch()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return fail(error, QStringLiteral("%1: a month is 01 to 12").arg(shown));
        return containing(Kind::Month, QDate(m.captured(1).toInt(), mo, 1));
    }
    if (const auto m = quarter.match(text); m.hasMatch()) {
        const int q = m.captured(2).toInt();
        if (q < 1 || q > 4)
            return fail(error, QStringLiteral("%1: a quarter is Q1 to Q4").arg(shown));
        return containing(Kind::Quarter, QDate(m.captured(1).toInt(), (q - 1) * 3 + 1, 1));
    }
    if (year.match(text).hasMatch())
        return containing(Kind::Year, QDate(text.toInt(), 1, 1));
    return fail(error, QStringLiteral("%1 is not a period; write 2025-06-14, 2025-W23, 2025-06, "
                                      "2025-Q2, 2025 or 2025-06-01..2025-06-30")
                           .arg(shown));
}

QString ReportPeriod::code() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Day:
        return dayCode(m_first);
    case Kind::Week: {
        int year = 0;
        const int week = m_first.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Kind::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(m_first.year());
    case Kind::Custom:
        break;
    }
    return dayCode(m_first) + QStringLiteral("..") + dayCode(m_last);
}

QDateTime ReportPeriod::start() const
{
    return isValid() ? QDateTime(m_first, QTime(0, 0), vietnam()).toUTC() : QDateTime();
}

QDateTime ReportPeriod::end() const
{
    return isValid() ? QDateTime(m_last.addDays(1), QTime(0, 0), vietnam()).toUTC() : QDateTime();
}

ReportPeriod ReportPeriod::previous() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Day:
    case Kind::Week:
        return containing(m_kind, m_first.addDays(-1));
    case Kind::Month:
        return containing(m_kind, m_first.addMonths(-1));
    case Kind::Quarter:
        return containing(m_kind, m_first.addMonths(-3));
    case Kind::Year:
        return containing(m_kind, m_first.addYears(-1));
    case Kind::Custom:
        break;
    }
    const qint64 length = m_first.daysTo(m_last) + 1;
    return *range(m_first.addDays(-length), m_first.addDays(-1));
}

QList<ReportPeriod> ReportPeriod::weeks() const
{
    QList<ReportPeriod> out;
    if (!isValid())
        return out;
    for (QDate monday = mondayOf(m_first); monday <= m_last; monday = monday.addDays(7)) {
        const ReportPeriod week = containing(Kind::Week, monday);
        if (week.m_first >= m_first && week.m_last <= m_last)
            out.append(week);
        else
            out.append(*range(std::max(week.m_first, m_first), std::min(week.m_last, m_last)));
    }
    return out;
}

} // namespace pakn
