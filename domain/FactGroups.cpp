#include "FactGroups.h"

#include "FigureTally.h"
#include "WorkingClock.h"

#include <map>
#include <tuple>

namespace pakn {

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;
constexpr qint64 kVietnam = 7 * 3600 * 1000; // no daylight saving
constexpr qint64 kEpochJulianDay = 2440588;  // 1970-01-01

} // namespace

QDate factDay(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const qint64 local = at.toMSecsSinceEpoch() + kVietnam;
    const qint64 days = local >= 0 ? local / kDay : -((-local + kDay - 1) / kDay);
    return QDate::fromJulianDay(kEpochJulianDay + days);
}

qint64 factDayStart(QDate day)
{
    return (day.toJulianDay() - kEpochJulianDay) * kDay - kVietnam;
}

QList<bool> countsInGroups(const QList<CaseFact> &caseFacts)
{
    qsizetype arrivals = 0;
    for (const CaseFact &f : caseFacts)
        arrivals += f.kind == FactKind::Arrived;
    QList<bool> grouped;
    grouped.reserve(caseFacts.size());
    for (const CaseFact &f : caseFacts)
        grouped.append(f.at.isValid() && f.kind != FactKind::Open &&
                       !(f.kind == FactKind::Arrived && arrivals > 1));
    return grouped;
}

QList<FactGroup> groupFacts(const QList<CaseFact> &facts, const DeadlineCalendar &calendar)
{
    QDate first, last;
    for (const CaseFact &f : facts) {
        const QDate day = factDay(f.at);
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    if (!first.isValid())
        return {};
    const WorkingClock clock(calendar, first, last);
    // The whole unit over one day: what measuresOf gives a fact inside the scope and period.
    FactPlace place;
    place.unitIn = true;
    place.inPeriod = true;
    using Key = std::tuple<qint64, UnitId, qint64, QString>;
    std::map<Key, FactGroup> groups;
    for (const CaseFact &f : facts) {
        Q_ASSERT(f.kind != FactKind::Open);
        const MeasureBits bits = measuresOf(f, place, QDateTime());
        if (!bits)
            continue;
        const QDate day = factDay(f.at);
        const bool arrival = f.kind == FactKind::Arrived;
        FactGroup &g =
            groups[Key(day.toJulianDay(), f.unitId, arrival ? f.otherUnitId : -1, f.field)];
        if (!g.day.isValid()) {
            g.day = day;
            g.unitId = f.unitId;
            if (arrival)
                g.arrivedFrom = f.otherUnitId;
            g.field = f.field;
        }
        for (const Measure m : allMeasures())
            g.counts[std::size_t(m)] += (bits & bitOf(m)) ? 1 : 0;
        if (!f.startedAt.isValid())
            continue;
        if (bits & (bitOf(Measure::Accepted) | bitOf(Measure::Answered))) {
            const auto minutes = qint32(clock.minutesBetween(f.startedAt, f.at));
            (bits & bitOf(Measure::Accepted) ? g.toAccept : g.toAnswer).push_back(minutes);
        }
    }
    QList<FactGroup> out;
    out.reserve(qsizetype(groups.size()));
    for (auto &[key, g] : groups)
        out.append(std::move(g));
    return out;
}

QDate weekOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QList<QDate> wholeWeeksIn(QDate first, QDate last)
{
    QList<QDate> mondays;
    if (!first.isValid() || !last.isValid())
        return mondays;
    QDate monday = weekOf(first);
    if (monday < first)
        monday = monday.addDays(7);
    for (; monday.addDays(6) <= last; monday = monday.addDays(7))
        mondays.append(monday);
    return mondays;
}

QList<FactGroup> weekGroupsOf(const QList<FactGroup> &dayGroups)
{
    using Key = std::tuple<UnitId, qint64, QString>;
    std::map<Key, FactGroup> weeks;
    for (const FactGroup &d : dayGroups) {
        Q_ASSERT(d.days == 1 && weekOf(d.day) == weekOf(dayGroups.constFirst().day));
        FactGroup &w = weeks[Key(d.unitId, d.arrivedFrom.value_or(-1), d.field)];
        if (!w.day.isValid()) {
            w.day = weekOf(d.day);
            w.days = 7;
            w.unitId = d.unitId;
            w.arrivedFrom = d.arrivedFrom;
            w.field = d.field;
        }
        for (std::size_t m = 0; m < w.counts.size(); ++m)
            w.counts[m] += d.counts[m];
        w.toAccept.insert(w.toAccept.end(), d.toAccept.begin(), d.toAccept.end());
        w.toAnswer.insert(w.toAnswer.end(), d.toAnswer.begin(), d.toAnswer.end());
    }
    QList<FactGroup> out;
    out.reserve(qsizetype(weeks.size()));
    for (auto &[key, w] : weeks)
        out.append(std::move(w));
    return out;
}

} // namespace pakn
