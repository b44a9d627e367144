#pragma once

// A staff action taken on this client: checked with the shared workflow rules,
// applied to the cached case at once and queued in the outbox, in one
// transaction. Works the same online and offline.

#include "domain/WorkflowRules.h"

#include <QSqlDatabase>
#include <optional>

namespace pakn {

class LocalActions
{
public:
    LocalActions(QSqlDatabase db, const WorkflowRules &rules, QString clientName);

    // The actions the cache's user may take on the case now.
    QList<CaseAction> allowed(CaseId id) const;
    ActionOutcome perform(CaseId id, CaseAction action, const QJsonObject &params);

    // Re-applies the still-queued actions on top of a fresh server copy of the case.
    Case reapplyPending(const Case &serverCase) const;

    // Whether the cache's user could take `action` with `params` on `c` now (a
    // queued action is re-checked this way against the server's newer copy).
    ActionOutcome check(const Case &c, CaseAction action, const QJsonObject &params) const;

private:
    // The action's input with the names the history needs (unit, officer) looked
    // up in the cache; nullopt with `outcome` set when the id is unknown.
    std::optional<ActionInput> inputFor(CaseAction action, const QJsonObject &params,
                                        ActionOutcome *outcome) const;

    QSqlDatabase m_db;
    const WorkflowRules &m_rules;
    QString m_client;
};

} // namespace pakn
