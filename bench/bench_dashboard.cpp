// The dashboard's figures at city scale: opens a profile's cache (bench_fill_cache
// makes one with a million cases and their facts, spread over about two years)
// and times FiguresReader::read — the whole report the dashboard shows (the
// figures, the previous period's, the weekly series, by field and the
// ranking) — for the city, a district, a ward and an officer, over a quarter
// and a year. Each is read RUNS times (p50/p95); the first read of each warms
// the page cache and is not counted. Also the facts each read goes through
// and one drill-down (the cases behind "answered late" for the quarter).
// Usage: bench_dashboard PROFILE_DIR [RUNS] [NOW (ISO, UTC)]
//   NOW defaults to the demo data's reference time, 2026-11-27T10:00Z; the
//   quarter is the last whole one before it, the year the one it is in.

#include "BenchSupport.h"
#include "ClientProfile.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseFactStore.h"
#include "cache/CaseStore.h"
#include "cache/FiguresReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

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
    if (!reader.factsReady())
        std::fprintf(stderr, "warning: the facts backfill has not finished\n");
    const QDate today = now.toTimeZone(QTimeZone(7 * 3600)).date();
    const ReportPeriod year = ReportPeriod::containing(ReportPeriod::Kind::Year, today);
    const ReportPeriod quarter =
        ReportPeriod::containing(ReportPeriod::Kind::Quarter, today).previous();
    row("cases in the cache",
        QString::number(store.count(CaseQuery{Queue::All, {}, {}, {}, {}, {}})));

    for (const Scope &scope : scopes(store)) {
        for (const ReportPeriod &period : {quarter, year}) {
            FiguresRequest request = scope.request;
            request.period = period;
            QList<double> ms;
            FiguresReport report;
            for (int i = 0; i <= runs; ++i) {
                QElapsedTimer clock;
                clock.start();
                report = reader.read(request, now, &error);
                if (i > 0)
                    ms.append(clock.nsecsElapsed() / 1e6);
            }
            if (!error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            const QString what = QStringLiteral("%1, %2 (received %3, answered %4)")
                                     .arg(QLatin1String(scope.name), period.code())
                                     .arg(report.figures.received)
                                     .arg(report.figures.answered);
            row(qPrintable(what), medianAndP95(ms));
        }
    }
    FiguresRequest late = scopes(store).constFirst().request;
    late.period = quarter;
    QElapsedTimer clock;
    clock.start();
    const QList<ReportCase> cases = reader.cases(late, Measure::AnsweredLate, now, &error);
    row(qPrintable(QStringLiteral("drill-down: city %1, answered late (%2 cases)")
                       .arg(quarter.code())
                       .arg(cases.size())),
        QStringLiteral("%1 ms").arg(clock.nsecsElapsed() / 1e6, 0, 'f', 1));
    row("resident memory", QStringLiteral("%1 MiB").arg(rssKiB() / 1024));
    return 0;
}
