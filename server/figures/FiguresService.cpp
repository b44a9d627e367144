#include "figures/FiguresService.h"

#include "ServerLogging.h"

#include <QElapsedTimer>

namespace pakn::server {

namespace {

// Cases are read for the list in chunks: an IN list of at most this many ids.
constexpr qsizetype chunkSize = 500;

std::optional<UnitId> cityRoot(const QList<Unit> &units)
{
    for (const Unit &u : units)
        if (u.parentId == 0)
            return u.id;
    return std::nullopt;
}

} // namespace

FiguresService::FiguresService(Stores stores, ReferenceInForce &reference,
                               std::function<QDateTime()> clock)
    : m_stores(stores), m_reference(reference), m_clock(std::move(clock))
{}

FiguresService::Checked FiguresService::check(const FiguresRequest &request)
{
    Checked out;
    FiguresRequest checked = request;
    const QList<Unit> units = m_stores.units.all();
    if (m_stores.units.failed()) {
        out.failed = true;
        return out;
    }
    if (checked.unitId == 0) {
        const auto root = cityRoot(units);
        if (!root) {
            out.problem = QStringLiteral("There are no units yet");
            return out;
        }
        checked.unitId = *root;
    }
    const bool known = std::any_of(units.cbegin(), units.cend(),
                                   [&](const Unit &u) { return u.id == checked.unitId; });
    if (!known) {
        out.problem = QStringLiteral("No unit has the id %1").arg(checked.unitId);
        return out;
    }
    if (checked.officerId != 0) {
        const auto officer = m_stores.accounts.find(checked.officerId);
        if (!officer && m_stores.accounts.failed()) {
            out.failed = true;
            return out;
        }
        if (!officer) {
            out.problem = QStringLiteral("No account has the id %1").arg(checked.officerId);
            return out;
        }
    }
    if (!m_reference.refresh()) {
        out.failed = true;
        return out;
    }
    if (!checked.field.isEmpty() && !m_reference.data().field(checked.field)) {
        out.problem = QStringLiteral("No field has the code \"%1\"").arg(checked.field);
        return out;
    }
    out.request = checked;
    return out;
}

std::optional<FiguresService::Inputs> FiguresService::load(const FiguresRequest &request,
                                                           const QDateTime &from)
{
    Inputs in;
    in.units = m_stores.units.all();
    if (m_stores.units.failed())
        return std::nullopt;
    in.scope = scopeOf(request.unitId, in.units, request.officerId, request.field);
    FactFilter filter{{}, request.officerId, request.field};
    // The city's whole tree needs no unit list (and its facts at unit 0 count).
    if (!in.scope.units.contains(0))
        filter.units = QList<UnitId>(in.scope.units.cbegin(), in.scope.units.cend());
    in.facts = m_stores.facts.between(from, request.period.end(), filter);
    if (m_stores.facts.failed())
        return std::nullopt;
    in.facts += m_stores.facts.open(filter);
    if (m_stores.facts.failed())
        return std::nullopt;
    return in;
}

std::optional<FiguresReport> FiguresService::report(const FiguresRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_reference.refresh())
        return std::nullopt;
    const auto in = load(request, request.period.previous().start());
    if (!in)
        return std::nullopt;
    const ReferenceData &reference = m_reference.data();
    const DeadlineCalendar calendar = reference.calendar();
    FiguresReport report = buildFiguresReport(
        request, {in->facts, in->units, calendar, reference.ranking, m_clock()});
    if (request.officerId != 0) {
        const auto officer = m_stores.accounts.find(request.officerId);
        if (!officer)
            return std::nullopt;
        report.officerName = officer->account.displayName;
    }
    qCInfo(lcFigures) << "figures of unit" << request.unitId << request.period.code() << "from"
                      << in->facts.size() << "facts in" << timer.elapsed() << "ms";
    return report;
}

std::optional<FiguresService::CaseList>
FiguresService::cases(const FiguresRequest &request, std::optional<Measure> measure, int limit)
{
    const auto in = load(request, request.period.start());
    if (!in)
        return std::nullopt;
    const QDateTime now = m_clock();
    QList<CaseId> ids = measure ? casesBehind(in->facts, in->scope, request.period, now, *measure)
                                : casesInReport(in->facts, in->scope, request.period, now);
    CaseList out;
    if (ids.size() > limit) {
        ids.resize(limit);
        out.truncated = true;
    }
    out.cases.reserve(ids.size());
    for (qsizetype at = 0; at < ids.size(); at += chunkSize) {
        const QList<Case> chunk = m_stores.cases.withoutHistory(ids.mid(at, chunkSize));
        if (m_stores.cases.failed())
            return std::nullopt;
        for (const Case &c : chunk)
            out.cases.append(reportCaseOf(c));
    }
    return out;
}

} // namespace pakn::server
