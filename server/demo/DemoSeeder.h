#pragma once

// Fills an empty database with demo data: the units of Hanoi's PAKN pilot,
// staff accounts (password "demo") and `caseCount` cases whose stories were
// played through the real workflow rules. Deterministic: the same count gives
// the same data. Everything is written in one transaction.

#include "domain/WorkflowRules.h"
#include "security/PasswordHasher.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

#include <QSqlDatabase>

namespace pakn::server {

class AttachmentFiles;
struct DemoCasePlan;
struct DemoUnits;
class DemoRandom;

class DemoSeeder
{
public:
    static constexpr int maxCases = 10000000;

    // With `files`, some cases get photos (DemoAttachments) stored there.
    DemoSeeder(QSqlDatabase db, const WorkflowRules &rules, const PasswordHasher &hasher,
               AttachmentFiles *files = nullptr);

    // Seeds only when there are no units yet; `seeded` says whether it did.
    bool seedIfEmpty(int caseCount, QString *error, bool *seeded = nullptr);

    // The demo's "today": the cases were received in the ~120 days before it.
    static QDateTime referenceTime();

private:
    bool seed(int caseCount, QString *error);
    bool insertUnitsAndStaff(DemoUnits &units, QString *error);
    // Appends the "duplicate merged" event to the case `duplicate` was merged into.
    bool recordMerge(CaseRepository &cases, ChangeFeed &feed, const Case &duplicate,
                     QString *error) const;
    static QList<DemoCasePlan> requiredCases(const DemoUnits &units);
    static DemoCasePlan randomCase(const DemoUnits &units, DemoRandom &random);

    QSqlDatabase m_db;
    const WorkflowRules &m_rules;
    const PasswordHasher &m_hasher;
    AttachmentFiles *m_files;
};

} // namespace pakn::server
