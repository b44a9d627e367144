// Time to count the figures from case facts in memory: computeFigures for one
// scope and buildFiguresReport (figures, previous period, weeks, fields and
// the ranking in one pass) over N synthetic facts of a city of 30 districts
// with 20 wards each, spread over 2025. What the server does per request and
// the client per dashboard, before any storage.
// Usage: bench_figures [N] (default 1,000,000 facts). Prints a Markdown table.

#include "domain/FiguresReport.h"
#include "domain/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <cstdio>

using namespace pakn;

namespace {

QList<Unit> city()
{
    QList<Unit> units{{1, 0, QStringLiteral("Thành phố"), QStringLiteral("city")}};
    UnitId next = 2;
    for (int d = 0; d < 30; ++d) {
        const UnitId district = next++;
        units.append({district, 1, QStringLiteral("Quận %1").arg(d), QStringLiteral("district")});
        for (int w = 0; w < 20; ++w)
            units.append(
                {next++, district, QStringLiteral("Phường %1").arg(w), QStringLiteral("ward")});
    }
    return units;
}

QList<CaseFact> synthetic(qsizetype n, const QList<Unit> &units)
{
    QRandomGenerator random(2025);
    const QDateTime yearStart(QDate(2025, 1, 1), QTime(8, 0), QTimeZone(7 * 3600));
    const QStringList fields = fieldCodes();
    QList<CaseFact> facts;
    facts.reserve(n);
    const FactKind kinds[] = {FactKind::Received, FactKind::Arrived,  FactKind::Accepted,
                              FactKind::Assigned, FactKind::Answered, FactKind::Rated,
                              FactKind::Open};
    for (qsizetype i = 0; i < n; ++i) {
        CaseFact f;
        f.caseId = i / 6 + 1;
        f.kind = kinds[random.bounded(7)];
        f.unitId = f.kind == FactKind::Received ? 0 : units.at(random.bounded(units.size())).id;
        f.officerId = random.bounded(2) ? 1000 + random.bounded(2000) : 0;
        f.field = fields.at(random.bounded(fields.size()));
        f.at = yearStart.addSecs(random.bounded(364 * 86400)).toUTC();
        if (f.kind == FactKind::Accepted || f.kind == FactKind::Answered) {
            f.startedAt = f.at.addSecs(-random.bounded(20 * 86400));
            f.due = f.startedAt.addSecs(14 * 86400);
        }
        if (f.kind == FactKind::Open)
            f.due = f.at.addSecs(14 * 86400);
        if (f.kind == FactKind::Rated)
            f.rating = allRatings().at(random.bounded(3));
        facts.append(f);
    }
    return facts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    const QList<Unit> units = city();
    const QList<CaseFact> facts = synthetic(n, units);
    const ReferenceData reference = ReferenceData::defaults();
    const DeadlineCalendar calendar = reference.calendar();
    const ReportPeriod q2 = *ReportPeriod::parse(QStringLiteral("2025-Q2"));
    const QDateTime now(QDate(2025, 7, 10), QTime(2, 0), Qt::UTC);

    QElapsedTimer t;
    t.start();
    const Figures f = computeFigures(facts, scopeOf(0, units), q2, now, calendar);
    const qint64 one = t.restart();
    const FiguresReport r =
        buildFiguresReport({0, 0, {}, q2}, {facts, units, calendar, reference.ranking, now});
    const qint64 report = t.restart();
    const FiguresReport district =
        buildFiguresReport({2, 0, {}, q2}, {facts, units, calendar, reference.ranking, now});
    const qint64 small = t.elapsed();
    std::printf("| %lld facts, 2025-Q2 | ms |\n|---|---:|\n", static_cast<long long>(n));
    std::printf("| computeFigures, the city | %lld |\n", static_cast<long long>(one));
    std::printf(
        "| buildFiguresReport, the city (14 weeks, %lld fields, %lld units ranked) | %lld |\n",
        static_cast<long long>(r.byField.size()), static_cast<long long>(r.ranking.size()),
        static_cast<long long>(report));
    std::printf("| buildFiguresReport, one district | %lld |\n", static_cast<long long>(small));
    std::printf("\n(received %d, answered %d; district answered %d)\n", f.received, f.answered,
                district.figures.answered);
    return 0;
}
