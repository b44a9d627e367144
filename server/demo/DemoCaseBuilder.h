#pragma once

// Builds one demo case by living its story: the case is received, then each
// step (route, accept, assign, draft, submit, approve, …) is applied with
// WorkflowRules at a synthetic time, so its history, deadlines and fields are
// exactly what the real server would have produced.

#include "demo/DemoRandom.h"
#include "domain/WorkflowRules.h"

#include <QHash>
#include <optional>

namespace pakn::server {

// The people who act on a unit's cases.
struct DemoStaff
{
    Actor leader;
    Actor officer;
};

struct DemoUnits
{
    QHash<UnitId, Unit> byId;
    QHash<QString, UnitId> idByName;
    QHash<UnitId, DemoStaff> staff;
    Actor coordinator;
    Actor zalo; // the Zalo OA integration, which brings ratings in
    QList<UnitId> baDinhWards, otherLocal, departments; // where cases go, in a stable order
    Unit named(const QString &name) const { return byId.value(idByName.value(name)); }
};

// What the story of one case should be.
struct DemoCasePlan
{
    CaseStatus status = CaseStatus::New;
    UnitId unit = 0;       // the unit the case is (or would be) about
    UnitId firstUnit = 0;  // when set: routed here first, then transferred to `unit`
    bool returned = false; // status new: routed once and returned by the unit
    bool walkIn = false;   // status refused: registered at the unit's own desk
    bool assigned = true;
    bool withDraft = false;
    bool sentBack = false;
    bool withNote = false;
    enum class Extension
    {
        None,
        Pending,
        Granted
    } extension = Extension::None; // status in_progress: the officer asked for more time
    CaseId mergeInto = 0;          // status merged: the case it duplicates
    QString street;                // forced street, or empty for a random one near the unit
};

struct DemoCase
{
    Case value;
    int changes = 0; // creation plus every step: the versions and seq numbers it took
    QList<QPair<int, UnitId>> removals; // (change index, unit the case left)
};

class DemoCaseBuilder
{
public:
    DemoCaseBuilder(const WorkflowRules &rules, const DemoUnits &units, QDateTime reference);

    // nullopt with `error` set when a step is refused: a bug in the plan.
    std::optional<DemoCase> build(const DemoCasePlan &plan, DemoRandom &random, QString *error);

private:
    struct Step;
    QList<Step> storyOf(const DemoCasePlan &plan, const Case &c, DemoRandom &random) const;
    Case receive(const DemoCasePlan &plan, DemoRandom &random) const;
    // Applies the steps from `t` on; false when a step is refused (`error`
    // set) or would happen after the reference time (`error` empty).
    bool play(const QList<Step> &story, QDateTime t, bool officeHours, DemoCase &out,
              DemoRandom &random, QString *error) const;

    const WorkflowRules &m_rules;
    const DemoUnits &m_units;
    QDateTime m_reference;
};

} // namespace pakn::server
