#pragma once

// The facts the figures are counted from (domain/CaseFacts.h) in the narrow
// table case_facts: rewritten whole for a case whenever the case is written
// (CaseRepository does it inside the caller's transaction), read as a range of
// time or as the Open facts. Times are UTC milliseconds like everywhere else.

#include "domain/CaseFacts.h"
#include "storage/Repository.h"

namespace pakn::server {

// What a figures query reads: the scope's units (empty: every unit), one
// officer (0: all) and one field (empty: all).
struct FactFilter
{
    QList<UnitId> units;
    UserId officerId = 0;
    QString field;
};

class CaseFactRepository : public Repository
{
public:
    using Repository::Repository;

    // Replaces the stored facts of `c` by caseFactsOf(c); `c` carries its whole history.
    bool rewrite(const Case &c);
    // Facts with from <= at < to, other than Open facts, in case and history order.
    QList<CaseFact> between(const QDateTime &from, const QDateTime &to, const FactFilter &filter);
    // Every Open fact (one per case still waiting), in case order.
    QList<CaseFact> open(const FactFilter &filter);

private:
    QList<CaseFact> read(const QString &where, const QVariantList &values,
                         const FactFilter &filter);
};

} // namespace pakn::server
