#pragma once

// A staff action taken on this client: checked with the shared workflow rules,
// applied to the cached case at once and queued in the outbox, in one
// transaction. Works the same online and offline.

#include "domain/WorkflowRules.h"

#include <QSqlDatabase>

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

private:
    QSqlDatabase m_db;
    const WorkflowRules &m_rules;
    QString m_client;
};

} // namespace pakn
