#pragma once

// Walks the whole rule table over the API: for every (action, role, status) of
// WorkflowRules::table() × allRoles() × allStatuses() it posts the action with
// valid parameters (WalkTables) on a fresh demo case in that status, as an
// account with that role that can see the case, and checks the server against
// WorkflowRules::check(): allowed → 200, the rule's status, one new event,
// version + 1; refused → 403/422 with check()'s code and the case unchanged.
// A role that could see no case in a status must get 404 (scope comes first).
// It collects every mismatch instead of stopping at the first.

#include "ServerTestSupport.h"
#include "WalkTables.h"

#include "domain/WorkflowRules.h"

#include <QMap>
#include <QSet>

class WorkflowWalker
{
public:
    // `passwords`: the logins whose password is not the demo one.
    WorkflowWalker(TestServer &server, TestClient &client, walk::World world,
                   QHash<QString, QString> passwords);

    // Reads every case and what each role's accounts see, before any action;
    // forces statuses no demo story reaches (merged) on a few closed cases.
    bool load();
    void walkAll();

    // The logins WalkTables names for the role (empty: the role has no entry).
    QStringList loginsOf(pakn::Role role);
    const QStringList &failures() const { return m_failures; }
    // How many cases load() forced into a status with SQL (their feed JSON left stale).
    int forcedCases() const { return m_forced; }
    QString summary() const; // how many triples were allowed, refused and why

private:
    using Role = pakn::Role;
    using CaseStatus = pakn::CaseStatus;
    using CaseAction = pakn::CaseAction;
    using ActionRule = pakn::ActionRule;
    using ActionOutcome = pakn::ActionOutcome;

    void fail(const QString &what);
    QByteArray token(const QString &login);
    QJsonObject accountWith(const char *member, const QJsonValue &value);
    bool sees(const QString &login, qint64 caseId);
    QJsonObject reread(qint64 id);
    pakn::Actor actorOf(const QString &login);

    struct Pick
    {
        qint64 caseId = 0;
        QString login;
        bool anyVisible = false; // the role saw a case in the status before the walk
    };

    // A fresh case in `status` and an account of `role` that sees it; for an
    // action only the assigned officer may take, the assignee's own account.
    Pick pick(Role role, CaseStatus status, const ActionRule &rule);
    void attempt(const QString &login, qint64 id, CaseAction action, const ActionOutcome &expected,
                 const QString &where);
    QJsonObject paramsFor(const QString &action, const QJsonObject &theCase);
    pakn::Case domainCase(qint64 id);
    bool prepare(qint64 id, CaseAction action, const QString &where);
    void walkTriple(const ActionRule &rule, Role role, CaseStatus status);
    void outOfScope(const QString &login, CaseStatus status, CaseAction action,
                    const QString &where);
    bool forceMissingStatuses();

    TestServer &m_server;
    TestClient &m_client;
    walk::World m_world;
    QHash<QString, QString> m_passwords;
    QHash<QString, QByteArray> m_tokens;
    QHash<QString, QSet<qint64>> m_visible; // login → the case ids its feed held before the walk
    QMap<qint64, QJsonObject> m_cases;      // every case, kept current
    QMap<qint64, QJsonObject> m_initial;    // every case before the walk: feeds match it
    QSet<qint64> m_consumed;
    QStringList m_failures;
    int m_forced = 0;
    QMap<QString, int> m_tally;
    int m_triples = 0;
};
