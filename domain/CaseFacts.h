#pragma once

// The facts the city's figures are counted from (docs/METRICS.md), read off a
// case's history once: who received, accepted, answered, rated … the case,
// when, in which unit, by which deadline. Flat rows, so a store can keep them
// in a narrow table beside the case and read only a period's worth; the server
// and the clients derive them with this one function, so they count alike.

#include "Case.h"

#include <QList>
#include <optional>

namespace pakn {

enum class FactKind
{
    Received, // the city received the case (unitId 0: not routed yet)
    Arrived,  // routed or transferred into unitId (otherUnitId: where it came from, 0 =
              // coordinators)
    Accepted, // unitId accepted it; startedAt = arrival, due = acceptance deadline
    Assigned, // unitId's leader assigned officerId
    Answered, // a reply was published; startedAt = acceptance or reopening, due = answer deadline
              // in force then (granted extensions included); officerId = the assignee
    Refused,  // refused at triage (unitId 0) or by unitId
    Returned, // unitId sent it back to the coordinators
    Transferred, // unitId passed it to otherUnitId
    Reopened,    // reopened in unitId after an answer
    Rated,       // the citizen rated the answer: rating; officerId = the assignee then
    Open,        // still waiting now (one per open case): due = the deadline it waits on
                 // (acceptance while pending acceptance, else the answer deadline)
};

QString toCode(FactKind k);
std::optional<FactKind> factKindFromCode(const QString &code);

struct CaseFact
{
    CaseId caseId = 0;
    FactKind kind = FactKind::Received;
    QDateTime at;           // when it happened (UTC); for Open: when the current step began
    UnitId unitId = 0;      // the unit it happened in (0: the city's coordinators)
    UnitId otherUnitId = 0; // Arrived: the unit it came from; Transferred: the unit it went to
    UserId officerId = 0;   // the assigned officer at that moment (0: none)
    QString field;          // the case's field (lĩnh vực)
    QDateTime due;          // Accepted, Answered, Open: the deadline that applied
    QDateTime startedAt;    // Accepted: arrival; Answered: acceptance or reopening
    std::optional<Rating> rating; // Rated only
    friend bool operator==(const CaseFact &, const CaseFact &) = default;
};

// Every fact of `c`, in history order, plus one Open fact when the case still
// waits for a unit (pending acceptance, in progress, awaiting approval).
// Replays the history (route/transfer/return move the unit, assign the
// officer, accept/grant/reopen the answer deadline); a history that starts
// mid-way (imported data) gives the facts it can prove and no more.
QList<CaseFact> caseFactsOf(const Case &c);

} // namespace pakn

// Its members (QDateTime, QString, ids, an optional enum) may be moved in memory
// as bytes: a list of a million facts grows by realloc, not by a million moves.
Q_DECLARE_TYPEINFO(pakn::CaseFact, Q_RELOCATABLE_TYPE);
