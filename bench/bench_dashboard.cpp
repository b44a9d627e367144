// The dashboard's figures at city scale: opens a profile's cache (bench_fill_cache
// makes one with a million cases and their facts, spread over about two years)
// and times FiguresReader::read — the whole report the dashboard shows (the
// figures, the previous period's, the weekly series, by field and the
// ranking) — for the city, a district, a ward and an officer, over a quarter
// and a year. Each is read RUNS times (p50/p95); the first read of each warms
// the page cache and is not counted. Also the facts each read goes through
// and one drill-down (the cases behind "answered late" for the quarter).
// First it brings the days' groups up to date (FactDayStore::refresh, timed:
// all of them after bench_fill_cache or a calendar change), and at the end
// checks that the city's year from the groups equals the year counted fact by
// fact.
// Usage: bench_dashboard PROFILE_DIR [RUNS] [NOW (ISO, UTC)]
//   BENCH_QUARTER_ONLY=1 in the environment: the quarter only;
//   BENCH_SCOPE=city (district, ward, officer): that scope only.
//   NOW defaults to the demo data's reference time, 2026-11-27T10:00Z; the
//   quarter is the last whole one before it, the year the one it is in.

#include "BenchSupport.h"
#include "ClientProfile.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseFactStore.h"
#include "cache/CaseStore.h"
#include "cache/FactDayStore.h"
#include "cache/FiguresReader.h"
#include "cache/ReferenceStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>

using namespace pakn;
using namespace pakn::bench;

namespace {

struct Scope
{
    const char *name;
    FiguresRequest request;
};

// The city's root, its first district, that district's first ward, and an
// officer of that ward (else any officer).
QList<Scope> scopes(const CaseStore &store)
{
    const QList<Unit> units = store.units();
    auto firstChild = [&](UnitId parent, const QString &kind) -> UnitId {
        for (const Unit &u : units)
            if (u.parentId == parent && (kind.isEmpty() || u.kind == kind))
                return u.id;
        return 0;
    };
    const UnitId root = firstChild(0, {});
    const UnitId district = firstChild(root, QStringLiteral("district"));
    const UnitId ward = firstChild(district, QStringLiteral("ward"));
    UserId officer = 0;
    UnitId officerUnit = 0;
    for (const Account &a : store.accounts())
        if (a.role == Role::Officer && (officer == 0 || a.unitId == ward)) {
            officer = a.id;
            officerUnit = a.unitId;
            if (a.unitId == ward)
                break;
        }
    FiguresRequest city, inDistrict, inWard, byOfficer;
    city.unitId = root;
    inDistrict.unitId = district;
    inWard.unitId = ward;
    byOfficer.unitId = officerUnit;
    byOfficer.officerId = officer;
    return {{"city", city}, {"district", inDistrict}, {"ward", inWard}, {"officer", byOfficer}};
}

// This thread's CPU time in ms: on a shared, loaded machine the wall time
// mostly measures waiting for a core.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_dashboard PROFILE_DIR [RUNS] [NOW]\n");
        return 2;
    }
    const ClientProfile profile(args.at(0));
    const int runs = args.size() > 1 ? args.at(1).toInt() : 10;
    const QDateTime now = args.size() > 2 ? QDateTime::fromString(args.at(2), Qt::ISODate).toUTC()
                                          : QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    QString error;
    auto db = CacheDatabase::open(profile.cachePath(), QStringLiteral("bench"), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const CaseStore store(db->db());
    const FiguresReader reader(db->db());
    if (reader.readiness() != FiguresReader::Readiness::Ready)
        std::fprintf(stderr, "warning: the first sync or the facts backfill has not finished\n");
    const QDate today = now.toTimeZone(QTimeZone(7 * 3600)).date();
    const ReportPeriod year = ReportPeriod::containing(ReportPeriod::Kind::Year, today);
    const ReportPeriod quarter =
        ReportPeriod::containing(ReportPeriod::Kind::Quarter, today).previous();
    CaseQuery all;
    all.queue = Queue::All;
    row("cases in the cache", QString::number(store.count(all)));
    const ReferenceData reference = ReferenceStore(db->db()).current();
    const DeadlineCalendar calendar = reference.calendar();
    {
        QElapsedTimer clock;
        clock.start();
        int days = 0;
        for (int batch; (batch = FactDayStore(db->db()).refresh(calendar, 50, &error)) > 0;)
            days += batch;
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        row(qPrintable(QStringLiteral("rebuilding the groups of %1 stale days").arg(days)),
            QStringLiteral("%1 s").arg(clock.nsecsElapsed() / 1e9, 0, 'f', 1));
    }

    const QByteArray only = qgetenv("BENCH_SCOPE"); // e.g. city: that scope alone
    for (const Scope &scope : scopes(store)) {
        if (!only.isEmpty() && only != scope.name)
            continue;
        QList<ReportPeriod> periods = {quarter, year};
        if (qEnvironmentVariableIsSet("BENCH_QUARTER_ONLY"))
            periods.removeLast();
        for (const ReportPeriod &period : std::as_const(periods)) {
            FiguresRequest request = scope.request;
            request.period = period;
            QList<double> ms, cpu;
            FiguresReport report;
            for (int i = 0; i <= runs; ++i) {
                QElapsedTimer clock;
                clock.start();
                const double cpuStart = cpuMs();
                report = reader.read(request, now, &error);
                if (i > 0) {
                    ms.append(clock.nsecsElapsed() / 1e6);
                    cpu.append(cpuMs() - cpuStart);
                }
            }
            if (!error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            const QString what = QStringLiteral("%1, %2 (received %3, answered %4)")
                                     .arg(QLatin1String(scope.name), period.code())
                                     .arg(report.figures.received)
                                     .arg(report.figures.answered);
            row(qPrintable(what),
                medianAndP95(ms) + QStringLiteral(" (CPU %1)").arg(medianAndP95(cpu)));
        }
    }
    row("resident memory after the timed reads", QStringLiteral("%1 MiB").arg(rssKiB() / 1024));
    // The city's quarter, the read alone: the facts the report goes through.
    FactSelection city;
    city.from = quarter.previous().start();
    city.to = quarter.end();
    city.openDueBefore = now;
    const double readStart = cpuMs();
    QElapsedTimer readClock;
    readClock.start();
    const auto facts = CaseFactStore(db->db()).read(city, &error);
    row(qPrintable(QStringLiteral("reading the city's facts of %1 and %2 (%3 facts)")
                       .arg(quarter.previous().code(), quarter.code())
                       .arg(facts ? facts->size() : -1)),
        QStringLiteral("%1 ms (CPU %2 ms)")
            .arg(readClock.nsecsElapsed() / 1e6, 0, 'f', 1)
            .arg(cpuMs() - readStart, 0, 'f', 1));

    // The city's year from the groups must be the year counted fact by fact.
    FiguresRequest cityYear = scopes(store).constFirst().request;
    cityYear.period = year;
    FactSelection yearFacts;
    yearFacts.from = year.previous().start();
    yearFacts.to = year.end();
    yearFacts.openDueBefore = now;
    const auto allFacts = CaseFactStore(db->db()).read(yearFacts, &error);
    const QList<Unit> units = store.units();
    const FiguresReport oneByOne = buildFiguresReport(
        cityYear, {allFacts.value_or(QList<CaseFact>()), units, calendar, reference.ranking, now});
    row(qPrintable(QStringLiteral("the city's %1 from groups = fact by fact (%2 facts)")
                       .arg(year.code())
                       .arg(allFacts ? allFacts->size() : -1)),
        reader.read(cityYear, now, &error) == oneByOne ? QStringLiteral("yes")
                                                       : QStringLiteral("NO"));

    FiguresRequest late = scopes(store).constFirst().request;
    late.period = quarter;
    QElapsedTimer clock;
    clock.start();
    const double drillStart = cpuMs();
    const QList<ReportCase> cases = reader.cases(late, Measure::AnsweredLate, now, &error);
    row(qPrintable(QStringLiteral("drill-down: city %1, answered late (%2 cases)")
                       .arg(quarter.code())
                       .arg(cases.size())),
        QStringLiteral("%1 ms (CPU %2 ms)")
            .arg(clock.nsecsElapsed() / 1e6, 0, 'f', 1)
            .arg(cpuMs() - drillStart, 0, 'f', 1));
    row("resident memory at the end (after the fact-by-fact year)",
        QStringLiteral("%1 MiB").arg(rssKiB() / 1024));
    return 0;
}
