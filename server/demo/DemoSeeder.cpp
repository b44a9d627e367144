#include "demo/DemoSeeder.h"

#include "ServerLogging.h"
#include "demo/DemoAttachments.h"
#include "demo/DemoCaseBuilder.h"
#include "demo/DemoCatalog.h"
#include "storage/AccountRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Dialect.h"
#include "storage/TransactionGuard.h"
#include "storage/UnitRepository.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {

namespace {

constexpr quint64 demoSeed = 20261127;

bool isLocal(const Unit &u)
{
    return u.kind == QLatin1String("ward") || u.kind == QLatin1String("commune");
}

Actor actorOf(const Account &a)
{
    return {a.id, a.role, a.unitId, a.displayName};
}

} // namespace

DemoSeeder::DemoSeeder(QSqlDatabase db, const WorkflowRules &rules, const PasswordHasher &hasher,
                       AttachmentFiles *files)
    : m_db(std::move(db)), m_rules(rules), m_hasher(hasher), m_files(files)
{}

QDateTime DemoSeeder::referenceTime()
{
    return QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC); // 17:00 in Hanoi
}

bool DemoSeeder::seedIfEmpty(int caseCount, QString *error, bool *seeded)
{
    if (seeded)
        *seeded = false;
    if (caseCount < 0 || caseCount > maxCases) {
        *error = QStringLiteral("the number of demo cases must be from 0 to %1").arg(maxCases);
        return false;
    }
    UnitRepository units(m_db);
    const bool empty = units.isEmpty();
    if (units.failed()) {
        *error = units.lastError();
        return false;
    }
    if (!empty) {
        qCInfo(lcDemo) << "the database already has data; not seeding demo data again";
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    if (!seed(caseCount, error))
        return false;
    if (seeded)
        *seeded = true;
    qCInfo(lcDemo) << "seeded" << caseCount << "demo cases in" << timer.elapsed() << "ms";
    return true;
}

bool DemoSeeder::insertUnitsAndStaff(DemoUnits &demo, QString *error)
{
    UnitRepository units(m_db);
    for (const DemoCatalog::UnitSpec &spec : DemoCatalog::units()) {
        Unit u{0, demo.idByName.value(spec.parent), spec.name, spec.kind};
        if (!units.insert(u)) {
            *error = units.lastError();
            return false;
        }
        demo.byId.insert(u.id, u);
        demo.idByName.insert(u.name, u.id);
    }
    // In insertion order, so that picking from them is deterministic.
    const UnitId baDinh = demo.idByName.value(DemoCatalog::baDinh());
    for (const DemoCatalog::UnitSpec &spec : DemoCatalog::units()) {
        const Unit u = demo.named(spec.name);
        if (u.parentId == baDinh)
            demo.baDinhWards.append(u.id);
        else if (isLocal(u))
            demo.otherLocal.append(u.id);
        else if (u.kind == QLatin1String("department") || u.kind == QLatin1String("company"))
            demo.departments.append(u.id);
    }
    // Every demo account has the same password, so one (slow, salted) hash serves them all.
    const QString hash = m_hasher.hash(QStringLiteral("demo"));
    AccountRepository accounts(m_db);
    const auto insert = [&](const QString &login, const QString &name, Role role,
                            const QString &unit) -> std::optional<Account> {
        StoredAccount stored{{0, login, name, role, demo.idByName.value(unit)}, hash, false};
        if (!accounts.insert(stored)) {
            *error = accounts.lastError();
            return std::nullopt;
        }
        return stored.account;
    };
    for (const DemoCatalog::AccountSpec &spec : DemoCatalog::namedAccounts()) {
        const auto a = insert(spec.login, spec.displayName, spec.role, spec.unit);
        if (!a)
            return false;
        if (a->role == Role::Coordinator)
            demo.coordinator = actorOf(*a);
        else if (a->role == Role::Channel)
            demo.zalo = actorOf(*a);
        else if (a->role == Role::Leader)
            demo.staff[a->unitId].leader = actorOf(*a);
        else if (a->role == Role::Officer)
            demo.staff[a->unitId].officer = actorOf(*a);
    }
    DemoRandom random(demoSeed ^ 0x5eed);
    for (const DemoCatalog::UnitSpec &spec : DemoCatalog::units()) {
        const UnitId id = demo.idByName.value(spec.name);
        const bool handlesCases = isLocal(demo.byId[id]) ||
                                  spec.kind == QLatin1String("department") ||
                                  spec.kind == QLatin1String("company");
        if (!handlesCases || demo.staff.contains(id))
            continue;
        const QString slug = DemoCatalog::slug(spec.name);
        const auto leader =
            insert(QStringLiteral("leader.") + slug,
                   DemoCatalog::personName(random, random.percent(40)), Role::Leader, spec.name);
        const auto officer =
            insert(QStringLiteral("officer.") + slug,
                   DemoCatalog::personName(random, random.percent(55)), Role::Officer, spec.name);
        if (!leader || !officer)
            return false;
        demo.staff[id] = {actorOf(*leader), actorOf(*officer)};
    }
    return true;
}

QList<DemoCasePlan> DemoSeeder::requiredCases(const DemoUnits &units)
{
    using S = CaseStatus;
    const UnitId kimMa = units.idByName.value(DemoCatalog::kimMa());
    const UnitId ngocHa = units.idByName.value(DemoCatalog::ngocHa());
    const UnitId transport = units.idByName.value(QStringLiteral("Sở Giao thông vận tải"));
    const UnitId drainage =
        units.idByName.value(QStringLiteral("Công ty TNHH MTV Thoát nước Hà Nội"));
    const UnitId uyNo = units.idByName.value(QStringLiteral("Xã Uy Nỗ"));
    const auto plan = [](S status, UnitId unit) {
        DemoCasePlan p;
        p.status = status;
        p.unit = unit;
        return p;
    };
    QList<DemoCasePlan> list;
    // Kim Mã and Ngọc Hà hold a case in every status; the demo officer has
    // assigned work, one with a draft reply, and the leader has one to approve.
    for (UnitId ward : {kimMa, ngocHa}) {
        DemoCasePlan drafted = plan(S::InProgress, ward);
        drafted.withDraft = true;
        drafted.withNote = true;
        DemoCasePlan extending = plan(S::InProgress, ward);
        extending.extension = DemoCasePlan::Extension::Pending;
        DemoCasePlan extended = plan(S::InProgress, ward);
        extended.extension = DemoCasePlan::Extension::Granted;
        list << drafted << plan(S::InProgress, ward) << plan(S::AwaitingApproval, ward)
             << plan(S::PendingAcceptance, ward) << plan(S::Merged, ward) << plan(S::Answered, ward)
             << plan(S::Closed, ward) << extending << extended;
        DemoCasePlan refused = plan(S::Refused, ward);
        refused.walkIn = true;
        list << refused;
    }
    DemoCasePlan moved = plan(S::InProgress, kimMa);
    moved.firstUnit = ngocHa; // a tombstone in Ngọc Hà's feed
    list << moved;
    DemoCasePlan lang = plan(S::InProgress, transport);
    lang.street = QStringLiteral("Đường Láng");
    DemoCasePlan flooded = plan(S::Answered, drainage);
    flooded.street = QStringLiteral("Đường Láng");
    list << lang << flooded << plan(S::InProgress, uyNo) << plan(S::New, kimMa);
    return list;
}

DemoCasePlan DemoSeeder::randomCase(const DemoUnits &units, DemoRandom &random)
{
    static const QList<std::pair<int, CaseStatus>> weights = {
        {6, CaseStatus::New},         {8, CaseStatus::PendingAcceptance},
        {22, CaseStatus::InProgress}, {8, CaseStatus::AwaitingApproval},
        {14, CaseStatus::Answered},   {32, CaseStatus::Closed},
        {8, CaseStatus::Refused},     {2, CaseStatus::Merged},
    };
    DemoCasePlan p;
    qint64 r = random.below(100);
    for (const auto &[weight, status] : weights) {
        if (r < weight) {
            p.status = status;
            break;
        }
        r -= weight;
    }
    // Mostly Ba Đình's wards (Kim Mã and Ngọc Hà busiest), then other local
    // units, then the departments and the drainage company.
    const qint64 where = random.below(100);
    if (where < 15)
        p.unit = units.idByName.value(DemoCatalog::kimMa());
    else if (where < 27)
        p.unit = units.idByName.value(DemoCatalog::ngocHa());
    else if (where < 60)
        p.unit = random.pick(units.baDinhWards);
    else if (where < 78)
        p.unit = random.pick(units.otherLocal);
    else
        p.unit = random.pick(units.departments);

    const bool local = isLocal(units.byId.value(p.unit));
    p.returned = p.status == CaseStatus::New && random.percent(20);
    p.walkIn = p.status == CaseStatus::Refused && local && random.percent(25);
    p.assigned = p.status != CaseStatus::InProgress || random.percent(85);
    p.withDraft = random.percent(p.status == CaseStatus::InProgress ? 40 : 50);
    p.sentBack = p.status != CaseStatus::InProgress && random.percent(15);
    p.withNote = random.percent(40);
    if (p.status == CaseStatus::InProgress && p.assigned) {
        const qint64 e = random.below(100);
        p.extension = e < 8    ? DemoCasePlan::Extension::Pending
                      : e < 18 ? DemoCasePlan::Extension::Granted
                               : DemoCasePlan::Extension::None;
    }
    const bool routed = p.status != CaseStatus::New && p.status != CaseStatus::Refused &&
                        p.status != CaseStatus::Merged;
    if (routed && local && random.percent(7)) {
        // First sent to a neighbouring ward, which transferred it on.
        const UnitId parent = units.byId.value(p.unit).parentId;
        QList<UnitId> neighbours;
        for (UnitId id : units.baDinhWards + units.otherLocal)
            if (id != p.unit && units.byId.value(id).parentId == parent)
                neighbours.append(id);
        if (!neighbours.isEmpty())
            p.firstUnit = random.pick(neighbours);
    }
    return p;
}

bool DemoSeeder::recordMerge(CaseRepository &cases, ChangeFeed &feed, const Case &duplicate,
                             QString *error) const
{
    auto target = cases.find(duplicate.mergedIntoId);
    const auto seq = feed.take();
    if (!target || !seq) {
        *error = target ? feed.lastError() : QStringLiteral("merge target missing");
        return false;
    }
    const CaseEvent &merge = duplicate.history.constLast();
    target->history.append(WorkflowRules::duplicateMergedEvent(
        duplicate, {merge.actorId, Role::Coordinator, 0, merge.actorName}, merge.client, merge.at));
    target->version += 1;
    target->updatedAt = std::max(target->updatedAt, merge.at);
    if (!cases.update(*target, *seq) ||
        !cases.appendEvents(target->id, target->history.end() - 1, target->history.end())) {
        *error = cases.lastError();
        return false;
    }
    return true;
}

bool DemoSeeder::seed(int caseCount, QString *error)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    DemoUnits units;
    if (!insertUnitsAndStaff(units, error))
        return false;

    CaseRepository cases(m_db);
    ChangeFeed feed(m_db, cases);
    DemoCaseBuilder builder(m_rules, units, referenceTime());
    DemoRandom random(demoSeed);
    std::optional<DemoAttachments> photos;
    if (m_files)
        photos.emplace(*m_files, units);
    const QList<DemoCasePlan> required = requiredCases(units);
    CaseId lastOpen = 0; // a duplicate is merged into the latest case still being handled
    for (int i = 0; i < caseCount; ++i) {
        DemoCasePlan plan = i < required.size() ? required.at(i) : randomCase(units, random);
        if (plan.status == CaseStatus::Merged && lastOpen == 0)
            plan.status = CaseStatus::New;
        plan.mergeInto = lastOpen;
        auto built = builder.build(plan, random, error);
        if (!built || (photos && !photos->addTo(*built, error)))
            return false;
        const auto first = feed.take(built->changes);
        if (!first || !cases.insert(built->value, *first + built->changes - 1)) {
            *error = first ? cases.lastError() : feed.lastError();
            return false;
        }
        for (const auto &[change, oldUnit] : built->removals)
            if (!feed.recordRemoval(*first + change, built->value.id, oldUnit)) {
                *error = feed.lastError();
                return false;
            }
        if (plan.status == CaseStatus::Merged && !recordMerge(cases, feed, built->value, error))
            return false;
        // Duplicates are recent (DemoCaseBuilder), their originals a few days older.
        if (isOpen(built->value.status) && built->value.unitId != 0 &&
            built->value.receivedAt < referenceTime().addDays(-3))
            lastOpen = built->value.id;
    }
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    // The bulk load grew the WAL to the size of the database; fold it back now.
    QSqlQuery checkpoint(m_db);
    if (!Dialect::isPostgres(m_db) &&
        !checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcDemo) << "WAL checkpoint failed:" << checkpoint.lastError().text();
    return true;
}

} // namespace pakn::server
