#include "cache/LocalActions.h"

#include "ClientLogging.h"
#include "cache/CaseStore.h"
#include "cache/FullDisk.h"
#include "cache/Outbox.h"
#include "cache/SqlTransaction.h"
#include "files/AttachmentQueue.h"

namespace pakn {

namespace {

Actor actorOf(const Account &me)
{
    return {me.id, me.role, me.unitId, me.displayName};
}

// ActionOutcome has no storage error kind; the message says what happened.
ActionOutcome storageFailed(const QString &why)
{
    qCWarning(lcCache) << "local action not saved:" << why;
    if (reportsFullDisk(why))
        return {ActionOutcome::Error::InvalidParams, withFullDiskExplained(why)};
    return {ActionOutcome::Error::InvalidParams,
            QStringLiteral("the action could not be saved in the cache: ") + why};
}

} // namespace

LocalActions::LocalActions(QSqlDatabase db, const WorkflowRules &rules, QString clientName)
    : m_db(std::move(db)), m_rules(rules), m_client(std::move(clientName))
{}

QList<CaseAction> LocalActions::allowed(CaseId id) const
{
    const CaseStore store(m_db);
    const auto me = store.me();
    const auto c = store.caseById(id);
    if (!me || !c)
        return {};
    return WorkflowRules::allowedActions(actorOf(*me), *c);
}

std::optional<ActionInput> LocalActions::inputFor(CaseAction action, const QJsonObject &params,
                                                  ActionOutcome *outcome) const
{
    ActionInput input{action, params, {}, {}, m_client};
    const CaseStore store(m_db);
    if (action == CaseAction::Route || action == CaseAction::Transfer) {
        const UnitId unitId = params.value(QStringLiteral("unitId")).toInteger();
        if (unitId > 0) {
            const QList<Unit> units = store.units();
            const auto it = std::find_if(units.cbegin(), units.cend(),
                                         [&](const Unit &u) { return u.id == unitId; });
            if (it == units.cend()) {
                *outcome = {ActionOutcome::Error::InvalidParams,
                            QStringLiteral("unknown unit %1").arg(unitId)};
                return std::nullopt;
            }
            input.unitName = it->name;
        }
    } else if (action == CaseAction::Assign) {
        const UserId officerId = params.value(QStringLiteral("officerId")).toInteger();
        if (officerId > 0) {
            const QList<Account> accounts = store.accounts();
            const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                         [&](const Account &a) { return a.id == officerId; });
            if (it == accounts.cend()) {
                *outcome = {ActionOutcome::Error::InvalidParams,
                            QStringLiteral("unknown officer %1").arg(officerId)};
                return std::nullopt;
            }
            input.assigneeName = it->displayName;
        }
    }
    return input;
}

ActionOutcome LocalActions::perform(CaseId id, CaseAction action, const QJsonObject &params)
{
    CaseStore store(m_db);
    SqlTransaction tx(m_db); // nothing is written unless everything is
    if (!tx.isActive())
        return storageFailed(tx.error());
    const auto me = store.me();
    if (!me)
        return {ActionOutcome::Error::Forbidden, QStringLiteral("nobody is logged in")};
    const auto cached = store.caseById(id);
    if (!cached)
        return {ActionOutcome::Error::InvalidParams,
                QStringLiteral("case %1 is not in the cache").arg(id)};

    QJsonObject sent = params;
    // Approving without an edit approves the draft the leader is looking at. Sent
    // along, it stays that draft even if the action has to be resent after a
    // conflict in which somebody changed the draft.
    if (action == CaseAction::Approve &&
        sent.value(QStringLiteral("text")).toString().trimmed().isEmpty() &&
        !cached->replyDraft.trimmed().isEmpty())
        sent.insert(QStringLiteral("text"), cached->replyDraft);

    ActionOutcome outcome;
    const auto input = inputFor(action, sent, &outcome);
    if (!input)
        return outcome;
    Case changed = *cached;
    outcome = m_rules.apply(changed, *input, actorOf(*me), QDateTime::currentDateTimeUtc());
    if (!outcome.ok())
        return outcome;

    // The stored version stays the server's: the outbox sends it as the base,
    // and only the server bumps it.
    QString error;
    const bool replyAction = action == CaseAction::DraftReply || action == CaseAction::SubmitReply;
    if (!store.saveLocal(changed, &error) ||
        Outbox(m_db).enqueue(id, action, sent, cached->version, &error) == 0 ||
        (replyAction && !store.setLocalDraft(id, {}, &error)))
        return storageFailed(error);
    if (!tx.commit())
        return storageFailed(tx.error());
    qCDebug(lcCache) << "queued" << toCode(action) << "on case" << id << "based on version"
                     << cached->version;
    return outcome;
}

Case LocalActions::reapplyPending(const Case &serverCase) const
{
    Case c = serverCase;
    const auto me = CaseStore(m_db).me();
    if (!me)
        return c;
    for (const OutboxEntry &e : Outbox(m_db).pendingFor(serverCase.id)) {
        if (e.kind != OutboxEntry::Kind::Action) { // attach-client: uploads and withdrawals
            AttachmentQueue::reapply(c, e);
            continue;
        }
        ActionOutcome outcome;
        const auto input = inputFor(e.action, e.params, &outcome);
        if (input)
            outcome = m_rules.apply(c, *input, actorOf(*me), e.createdAt);
        // Not applicable any more: the server will refuse it and the sync
        // engine reports that; the cache shows the server's state meanwhile.
        if (!outcome.ok())
            qCDebug(lcCache) << "queued" << toCode(e.action) << "no longer applies to case"
                             << serverCase.id << ":" << outcome.message;
    }
    return c;
}

ActionOutcome LocalActions::check(const Case &c, CaseAction action, const QJsonObject &params) const
{
    const auto me = CaseStore(m_db).me();
    if (!me)
        return {ActionOutcome::Error::Forbidden, QStringLiteral("nobody is logged in")};
    ActionOutcome outcome;
    const auto input = inputFor(action, params, &outcome);
    if (!input)
        return outcome;
    Case copy = c;
    return m_rules.apply(copy, *input, actorOf(*me), QDateTime::currentDateTimeUtc());
}

} // namespace pakn
