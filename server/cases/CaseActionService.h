#pragma once

// Applies one staff action to a case (POST /cases/{id}/actions), in this
// order: idempotency (a known key replays its first answer), scope (404),
// version (409 with the current case), the workflow rules (403/422) with the
// parameters' names resolved, then one transaction that bumps the version,
// takes the next feed seq, writes the case, its new events, a tombstone when
// the case leaves a unit, and the answer under the idempotency key. A merge
// writes both cases: the duplicate and the one that absorbs it.

#include "domain/WorkflowRules.h"
#include "http/ApiReply.h"
#include "http/Authenticator.h"
#include "http/CommitGroup.h"
#include "storage/AccountRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/IdempotencyRepository.h"
#include "storage/UnitRepository.h"

#include <functional>

namespace pakn::server {

struct CaseStores
{
    CaseRepository &cases;
    ChangeFeed &feed;
    IdempotencyRepository &idempotency;
    UnitRepository &units;
    AccountRepository &accounts;
};

class CaseActionService
{
public:
    static constexpr qsizetype maxKeyLength = 100;

    // An action as asked for, decoded and stamped with its time where it was received.
    struct Request
    {
        CaseAction action;
        QString key;
        qint64 baseVersion = 0;
        QJsonObject params;
        QDateTime at; // the action's time: its events, deadlines and stored answer
    };

    // `rules` and `clock` are what perform() decides with and read() stamps requests with.
    CaseActionService(CaseStores stores, const WorkflowRules &rules,
                      std::function<QDateTime()> clock);

    // The whole action in a transaction of its own (the channels' way).
    ApiReply perform(const Caller &caller, CaseId id, const QByteArray &body);
    // A request body decoded, or nullopt with the 400 to answer.
    std::optional<Request> read(const QByteArray &body, ApiReply *failure) const;
    // The action's reads and writes inside the caller's transaction (a
    // CommitGroup's: ActionWriter), decided with `rules`; 500 when storage failed.
    GroupedWrite apply(const Caller &caller, CaseId id, const Request &request,
                       const WorkflowRules &rules);
    // Told of each committed approval: the reply is public now (the Zalo channel sends it on).
    void setReplyPublishedListener(std::function<void(const Case &)> listener)
    {
        m_replyPublished = std::move(listener);
    }

private:
    // What deciding produced: the answer, and the changed case when it is a 200.
    struct Decision
    {
        ApiReply reply;
        std::optional<Case> changed;
        std::optional<Case> mergeTarget; // a merge also writes the case that absorbs it
        qsizetype newEvents = 0;
        UnitId previousUnit = 0;
        CaseRepository::Facts facts = CaseRepository::Facts::Rewrite; // of `changed`
        bool revealsPhone = false; // reveal_contact: the answer has the full number
        bool storageFailed = false;
    };

    // One attempt in one transaction (500 when it failed or lost a race).
    ApiReply performOnce(const Caller &caller, CaseId id, const Request &request);
    Decision decide(const Caller &caller, CaseId id, const Request &request,
                    const WorkflowRules &rules);
    // Fills the names the rules need; an error reply when a target does not exist.
    std::optional<ApiReply> resolveNames(const Case &c, const Request &request, ActionInput &input,
                                         Decision &decision);
    std::optional<ApiReply> resolveMergeTarget(const Caller &caller, const Case &c,
                                               const Request &request, Decision &decision);
    bool save(Decision &decision);

    CaseStores m_stores;
    const WorkflowRules &m_rules;
    std::function<QDateTime()> m_clock;
    std::function<void(const Case &)> m_replyPublished;
};

} // namespace pakn::server
