#include "WorkflowWalker.h"

#include "AdminTestSupport.h"

#include "domain/JsonCodec.h"

#include <QSqlQuery>

using namespace pakn;

namespace {

QString code(const QJsonObject &c, const char *member)
{
    return c.value(QLatin1String(member)).toString();
}

qint64 number(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toInteger();
}

QJsonArray historyOf(const QJsonObject &c)
{
    return c.value(QStringLiteral("history")).toArray();
}

int httpStatusOf(const ActionOutcome &o)
{
    return o.error == ActionOutcome::Error::Forbidden ? 403 : 422; // as the server maps it
}

} // namespace

WorkflowWalker::WorkflowWalker(TestServer &server, TestClient &client, walk::World world,
                               QHash<QString, QString> passwords)
    : m_server(server), m_client(client), m_world(std::move(world)),
      m_passwords(std::move(passwords))
{
    m_world.takeCase = [this](const QString &status) -> qint64 {
        for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
            if (code(*it, "status") == status && !m_consumed.contains(it.key())) {
                m_consumed.insert(it.key());
                return it.key();
            }
        return 0;
    };
}

bool WorkflowWalker::load()
{
    const admintest::FeedRead all =
        admintest::readFeed(m_client, token(QStringLiteral("coordinator")), 0);
    if (!all.ok)
        return false;
    for (auto it = all.cases.cbegin(); it != all.cases.cend(); ++it)
        m_cases.insert(it.key(), it.value());
    if (!forceMissingStatuses())
        return false;
    m_initial = m_cases;
    for (Role role : allRoles())
        for (const QString &login : loginsOf(role))
            sees(login, 0);
    return true;
}

void WorkflowWalker::walkAll()
{
    for (const ActionRule &rule : WorkflowRules::table())
        for (Role role : allRoles())
            for (CaseStatus status : allStatuses()) {
                ++m_triples;
                walkTriple(rule, role, status);
            }
}

QString WorkflowWalker::summary() const
{
    QStringList counts;
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return QStringLiteral("walked %1 triples: ").arg(m_triples) + counts.join(QStringLiteral(", "));
}

void WorkflowWalker::fail(const QString &what)
{
    m_failures << what;
}

QByteArray WorkflowWalker::token(const QString &login)
{
    if (!m_tokens.contains(login))
        m_tokens.insert(login,
                        m_client.login(login, m_passwords.value(login, QStringLiteral("demo"))));
    return m_tokens.value(login);
}

QJsonObject WorkflowWalker::accountWith(const char *member, const QJsonValue &value)
{
    for (const QJsonObject &a : std::as_const(m_world.accounts))
        if (a.value(QLatin1String(member)) == value)
            return a;
    return {};
}

QStringList WorkflowWalker::loginsOf(Role role)
{
    const QString roleCode = toCode(role);
    if (!walk::loginsByRole().contains(roleCode))
        return {};
    QStringList logins = walk::loginsByRole().value(roleCode);
    if (logins.isEmpty())
        for (const QJsonObject &a : std::as_const(m_world.accounts))
            if (code(a, "role") == roleCode && !a.value(QStringLiteral("disabled")).toBool())
                logins << code(a, "login");
    return logins;
}

bool WorkflowWalker::sees(const QString &login, qint64 caseId)
{
    if (!m_visible.contains(login)) {
        const admintest::FeedRead read = admintest::readFeed(m_client, token(login), 0);
        QSet<qint64> ids;
        for (auto it = read.cases.cbegin(); it != read.cases.cend(); ++it)
            ids.insert(it.key());
        m_visible.insert(login, ids);
    }
    return m_visible.value(login).contains(caseId);
}

// Reads the case back (as the coordinator, who sees every case) and keeps it.
QJsonObject WorkflowWalker::reread(qint64 id)
{
    const QJsonObject c =
        m_client.get(QStringLiteral("cases/%1").arg(id), token(QStringLiteral("coordinator")))
            .json.value(QStringLiteral("case"))
            .toObject();
    m_cases.insert(id, c);
    return c;
}

Actor WorkflowWalker::actorOf(const QString &login)
{
    const auto account = accountFromJson(accountWith("login", login));
    return account ? Actor{account->id, account->role, account->unitId, account->displayName}
                   : Actor{};
}

WorkflowWalker::Pick WorkflowWalker::pick(Role role, CaseStatus status, const ActionRule &rule)
{
    const QStringList logins = loginsOf(role);
    const bool wantAssignee = rule.officerMustBeAssignee && role == Role::Officer;
    Pick fallback;
    for (auto it = m_initial.cbegin(); it != m_initial.cend() && !fallback.anyVisible; ++it)
        if (code(*it, "status") == toCode(status))
            for (const QString &login : logins)
                fallback.anyVisible = fallback.anyVisible || sees(login, it.key());
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        if (code(*it, "status") != toCode(status) || m_consumed.contains(it.key()))
            continue;
        for (const QString &login : logins) {
            if (!sees(login, it.key()))
                continue;
            const bool assignee = number(*it, "assigneeId") == actorOf(login).userId;
            if (!wantAssignee || assignee)
                return {it.key(), login, true};
            if (!fallback.caseId)
                fallback = {it.key(), login, true};
        }
    }
    return fallback;
}

// Posts the action and checks the answer and the stored case against `expected`.
void WorkflowWalker::attempt(const QString &login, qint64 id, CaseAction action,
                             const ActionOutcome &expected, const QString &where)
{
    const QJsonObject before = m_cases.value(id);
    const QJsonObject params = paramsFor(toCode(action), before);
    const HttpResult r =
        m_client.act(token(login), id, toCode(action), number(before, "version"), params);
    const QJsonObject after = reread(id);
    const QString said =
        QStringLiteral(" (%1 %2)").arg(r.status).arg(QString::fromUtf8(r.body.left(200)));
    if (!expected.ok()) {
        ++m_tally[expected.code()];
        if (r.status != httpStatusOf(expected) || r.errorCode() != expected.code())
            fail(where +
                 QStringLiteral(": expected %1 %2")
                     .arg(httpStatusOf(expected))
                     .arg(expected.code()) +
                 said);
        if (number(after, "version") != number(before, "version") ||
            historyOf(after) != historyOf(before))
            fail(where + QStringLiteral(": a refused action changed the case"));
        return;
    }
    ++m_tally[QStringLiteral("allowed")];
    m_consumed.insert(id);
    const ActionRule &rule = WorkflowRules::rule(action);
    const QString status = rule.to ? toCode(*rule.to) : code(before, "status");
    const QJsonArray events = historyOf(after);
    bool oneEventAppended = events.size() == historyOf(before).size() + 1 &&
                            code(events.last().toObject(), "action") == toCode(action);
    for (qsizetype i = 0; oneEventAppended && i < events.size() - 1; ++i)
        oneEventAppended = events.at(i) == historyOf(before).at(i); // older events untouched
    if (r.status != 200 || r.json.value(QStringLiteral("case")).toObject() != after)
        fail(where + QStringLiteral(": expected 200 with the stored case") + said);
    else if (code(after, "status") != status ||
             number(after, "version") != number(before, "version") + 1 || !oneEventAppended)
        fail(where + QStringLiteral(": expected status %1, version + 1 and one %2 event; got "
                                    "%3, version %4 → %5, %6 → %7 events")
                         .arg(status, toCode(action), code(after, "status"))
                         .arg(number(before, "version"))
                         .arg(number(after, "version"))
                         .arg(historyOf(before).size())
                         .arg(events.size()));
}

QJsonObject WorkflowWalker::paramsFor(const QString &action, const QJsonObject &theCase)
{
    const walk::ParamBuilder build = walk::parameters().value(action);
    if (!build) {
        fail(QStringLiteral("WalkTables has no parameters for action ") + action);
        return {};
    }
    return build(m_world, theCase);
}

Case WorkflowWalker::domainCase(qint64 id)
{
    return caseFromJson(m_cases.value(id)).value_or(Case{});
}

// Takes the steps that make `action`'s precondition true on the case.
bool WorkflowWalker::prepare(qint64 id, CaseAction action, const QString &where)
{
    // "action@status" when the way there depends on the status, else "action".
    const QString specific = toCode(action) + QLatin1Char('@') + code(m_cases.value(id), "status");
    const QString key = walk::preparations().contains(specific) ? specific : toCode(action);
    if (!walk::preparations().contains(key)) {
        fail(where + QStringLiteral(": check() refuses it for a precondition and "
                                    "WalkTables has no preparation for %1")
                         .arg(toCode(action)));
        return false;
    }
    m_consumed.insert(id);
    ++m_tally[QStringLiteral("prepared")];
    for (const walk::Step &step : walk::preparations().value(key)) {
        QString login =
            code(accountWith("id", m_cases.value(id).value(QStringLiteral("assigneeId"))), "login");
        if (step.who != QLatin1String("assignee"))
            for (const QString &candidate :
                 loginsOf(roleFromCode(step.who).value_or(Role::Supervisor)))
                if (sees(candidate, id)) {
                    login = candidate;
                    break;
                }
        const QJsonObject params = paramsFor(step.action, m_cases.value(id));
        const HttpResult r = m_client.act(token(login), id, step.action,
                                          number(m_cases.value(id), "version"), params);
        reread(id);
        if (r.status != 200) {
            fail(where + QStringLiteral(": preparing with %1 by %2 failed: %3")
                             .arg(step.action, login, QString::fromUtf8(r.body.left(200))));
            return false;
        }
    }
    return true;
}

void WorkflowWalker::walkTriple(const ActionRule &rule, Role role, CaseStatus status)
{
    const QString where =
        QStringLiteral("%1 as %2 on %3").arg(toCode(rule.action), toCode(role), toCode(status));
    const QStringList logins = loginsOf(role);
    if (logins.isEmpty())
        return fail(where + QStringLiteral(": no account plays this role (WalkTables)"));
    const Pick p = pick(role, status, rule);
    if (!p.caseId) {
        if (p.anyVisible)
            return fail(where + QStringLiteral(": no fresh case left; seed more demo cases"));
        return outOfScope(logins.first(), status, rule.action, where);
    }
    const bool allowedHere = rule.roles.contains(role) && rule.from.contains(status);
    const Case c = domainCase(p.caseId);
    if (rule.officerMustBeAssignee && role == Role::Officer) {
        // Every other officer who sees the case is refused.
        bool refusedOther = false;
        for (const QString &other : logins)
            if (actorOf(other).userId != c.assigneeId && sees(other, p.caseId)) {
                ++m_tally[QStringLiteral("non-assignee officer runs")];
                attempt(other, p.caseId, rule.action,
                        WorkflowRules::check(actorOf(other), c, rule.action),
                        where + QStringLiteral(" (not the assignee)"));
                refusedOther = true;
                break;
            }
        if (!refusedOther)
            fail(where + QStringLiteral(": no officer who is not the assignee sees it"));
        if (allowedHere && actorOf(p.login).userId != c.assigneeId)
            return fail(where + QStringLiteral(": no fresh case assigned to an officer"));
    }
    ActionOutcome expected = WorkflowRules::check(actorOf(p.login), c, rule.action);
    if (!expected.ok() && allowedHere) {
        // Role and status allow it: a precondition refused it. Prove the
        // refusal, then make the precondition true and take it for real.
        attempt(p.login, p.caseId, rule.action, expected, where + QStringLiteral(" (unmet)"));
        if (!prepare(p.caseId, rule.action, where))
            return;
        expected = WorkflowRules::check(actorOf(p.login), domainCase(p.caseId), rule.action);
        if (!expected.ok())
            return fail(where + QStringLiteral(": still refused after the preparation: ") +
                        expected.message);
    }
    attempt(p.login, p.caseId, rule.action, expected, where);
}

// No account of the role sees any case in `status`: the server must answer
// 404 as for a missing case, whatever the rules say.
void WorkflowWalker::outOfScope(const QString &login, CaseStatus status, CaseAction action,
                                const QString &where)
{
    ++m_tally[QStringLiteral("out of scope")];
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        if (code(*it, "status") != toCode(status) || m_consumed.contains(it.key()) ||
            sees(login, it.key()))
            continue;
        const HttpResult r = m_client.act(token(login), it.key(), toCode(action),
                                          number(*it, "version"), paramsFor(toCode(action), *it));
        if (r.status != 404 || number(reread(it.key()), "version") != number(*it, "version"))
            fail(where +
                 QStringLiteral(": expected 404 for a case out of scope, got %1").arg(r.status));
        return;
    }
    fail(where + QStringLiteral(": there is no fresh case in this status"));
}

// Statuses that no demo story reaches (e.g. merged) are forced on a few
// closed cases of Kim Mã and Ngọc Hà, so every status has cases to walk.
bool WorkflowWalker::forceMissingStatuses()
{
    const QList<qint64> home = {m_world.unitIds.value(QStringLiteral("Phường Kim Mã")),
                                m_world.unitIds.value(QStringLiteral("Phường Ngọc Hà"))};
    for (CaseStatus status : allStatuses()) {
        const auto inHome = [&](const QString &s) {
            QList<qint64> ids;
            for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
                if (code(*it, "status") == s && home.contains(number(*it, "unitId")))
                    ids << it.key();
            return ids;
        };
        if (status == CaseStatus::New || !inHome(toCode(status)).isEmpty())
            continue;
        const QList<qint64> closed = inHome(QStringLiteral("closed"));
        for (qsizetype i = closed.size() - 1; i >= 0 && i >= closed.size() - 3; --i) {
            QSqlQuery q(m_server.database().connection());
            // Written behind the server's back: its stored feed JSON is marked stale.
            q.prepare(
                QStringLiteral("UPDATE cases SET status = ?, feed_json_seq = NULL WHERE id = ?"));
            q.addBindValue(toCode(status));
            q.addBindValue(closed.at(i));
            if (!q.exec())
                return false;
            reread(closed.at(i));
            ++m_forced;
            qInfo() << "forced status" << toCode(status) << "on case" << closed.at(i);
        }
    }
    return true;
}
