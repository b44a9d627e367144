#pragma once

// The tables the workflow walk (tst_workflow_walk) draws on, keyed by the wire
// codes so that entries can be written before an action or role exists: valid
// parameters per action, the accounts that play each role, and the steps that
// make an action's precondition true (e.g. a pending extension request). The
// walk fails for an action or role of the domain that has no entry here.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace walk {

// What a parameter builder may look at while the walk runs.
struct World
{
    QDateTime now;                  // the server's clock
    QHash<QString, qint64> unitIds; // by unit name
    QList<QJsonObject> accounts;    // GET admin/users
    // A fresh case in `status` (a wire code) that the walk will not use again; 0 if none.
    std::function<qint64(const QString &status)> takeCase;
};

// Valid parameters for the action on `theCase` (its JSON as the API returns it).
using ParamBuilder = std::function<QJsonObject(World &, const QJsonObject &theCase)>;
const QHash<QString, ParamBuilder> &parameters();

// The logins that play each role, in order of preference; an empty list means
// every enabled account with that role.
const QHash<QString, QStringList> &loginsByRole();

// One action taken before the action under test, to make its precondition true.
struct Step
{
    QString who; // "assignee" (the case's assigned account) or a role code
    QString action;
};
const QHash<QString, QList<Step>> &preparations();

} // namespace walk
