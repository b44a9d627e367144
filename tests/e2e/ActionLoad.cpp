#include "ActionLoad.h"

#include <QJsonDocument>
#include <QUuid>
#include <algorithm>
#include <memory>

namespace {

const QString kCoordinator = QStringLiteral("coordinator");

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ActionLoad::ActionLoad(InstanceRequests &http, quint32 seed) : m_http(http), m_random(seed) {}

bool ActionLoad::prepare(QString *error)
{
    const QStringList logins{kCoordinator,
                             QStringLiteral("leader"),
                             QStringLiteral("officer"),
                             QStringLiteral("officer3"),
                             QStringLiteral("leader2"),
                             QStringLiteral("officer2")};
    for (const QString &login : logins) {
        QJsonObject account;
        Actor a{login, m_http.logIn(int(m_actors.size() % m_http.count()), login, &account)};
        if (a.token.isEmpty()) {
            *error = login + QStringLiteral(" could not log in");
            return false;
        }
        a.id = account.value(QStringLiteral("id")).toInteger();
        a.unitId = account.value(QStringLiteral("unitId")).toInteger();
        m_actors.append(a);
    }
    m_kimMa = m_actors.at(actorOf(QStringLiteral("leader"))).unitId;
    m_ngocHa = m_actors.at(actorOf(QStringLiteral("leader2"))).unitId;
    const auto cases = m_http.scope(0, m_actors.at(actorOf(kCoordinator)).token, error);
    for (const QJsonObject &c : cases)
        track(c);
    m_ids = m_cases.keys();
    std::sort(m_ids.begin(), m_ids.end());
    return !m_ids.isEmpty();
}

int ActionLoad::actorOf(const QString &login) const
{
    for (qsizetype i = 0; i < m_actors.size(); ++i)
        if (m_actors[i].login == login)
            return int(i);
    return 0;
}

void ActionLoad::start(int actions, int inFlight)
{
    m_started = true;
    m_remaining = actions;
    for (int i = 0; i < inFlight; ++i)
        launch();
}

void ActionLoad::track(const QJsonObject &c)
{
    const qint64 id = c.value(QStringLiteral("id")).toInteger();
    Tracked &t = m_cases[id];
    const qint64 version = c.value(QStringLiteral("version")).toInteger();
    if (version < t.version)
        return; // an older copy answered late
    t = {version, c.value(QStringLiteral("status")).toString(),
         c.value(QStringLiteral("unitId")).toInteger()};
}

std::optional<ActionLoad::Step> ActionLoad::choose()
{
    // A third of the picks among a few cases, so that desks collide on them.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const qsizetype range =
            m_random.bounded(3) == 0 ? qMin<qsizetype>(m_ids.size(), 40) : m_ids.size();
        const qint64 id = m_ids.at(m_random.bounded(int(range)));
        if (auto step = stepFor(id, m_cases.value(id)))
            return step;
    }
    return std::nullopt;
}

std::optional<ActionLoad::Step> ActionLoad::stepFor(qint64 id, const Tracked &c)
{
    static const QStringList open{QStringLiteral("new"), QStringLiteral("pending_acceptance"),
                                  QStringLiteral("in_progress"),
                                  QStringLiteral("awaiting_approval"), QStringLiteral("answered")};
    if (!open.contains(c.status))
        return std::nullopt;
    Step s{id, actorOf(kCoordinator), QStringLiteral("note"), {}, c.version, newKey()};
    const QJsonObject note{
        {QStringLiteral("text"), QStringLiteral("Ghi chú tải %1").arg(m_figures.done)}};
    s.params = note;
    const bool kimMa = c.unitId == m_kimMa;
    if (c.status == QLatin1String("new")) {
        s.action = QStringLiteral("route");
        s.params = {{QStringLiteral("unitId"), m_random.bounded(2) ? m_kimMa : m_ngocHa}};
        return s;
    }
    if (!kimMa && c.unitId != m_ngocHa)
        return s; // another ward's case: the coordinator's note
    const int leader = actorOf(kimMa ? QStringLiteral("leader") : QStringLiteral("leader2"));
    const QStringList officers =
        kimMa ? QStringList{QStringLiteral("officer"), QStringLiteral("officer3")}
              : QStringList{QStringLiteral("officer2")};
    const int officer = actorOf(officers.at(m_random.bounded(int(officers.size()))));
    const int dice = m_random.bounded(100);
    if (c.status == QLatin1String("pending_acceptance")) {
        s.actor = dice < 60 ? leader : officer;
        if (dice < 60) {
            s.action = QStringLiteral("accept");
            s.params = {};
        }
    } else if (c.status == QLatin1String("in_progress")) {
        s.actor = dice < 55 ? leader : officer;
        if (dice < 20) {
            s.action = QStringLiteral("transfer");
            s.params = {{QStringLiteral("unitId"), kimMa ? m_ngocHa : m_kimMa},
                        {QStringLiteral("reason"), QStringLiteral("Thuộc địa bàn phường bên")}};
        } else if (dice < 40) {
            s.action = QStringLiteral("assign");
            s.params = {{QStringLiteral("officerId"), m_actors.at(officer).id}};
        }
    } else {
        s.actor = dice < 50 ? leader : actorOf(kCoordinator);
    }
    return s;
}

QByteArray ActionLoad::body(const Step &step) const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("action"), step.action},
                                     {QStringLiteral("key"), step.key},
                                     {QStringLiteral("baseVersion"), step.baseVersion},
                                     {QStringLiteral("params"), step.params}})
        .toJson(QJsonDocument::Compact);
}

void ActionLoad::launch()
{
    if (m_remaining - m_inFlight <= 0)
        return;
    const auto step = choose();
    if (!step) {
        m_figures.failures.append(QStringLiteral("no case left to act on"));
        m_remaining = m_inFlight;
        return;
    }
    ++m_inFlight;
    // One in ten goes to two instances at once under one key.
    if (m_http.count() > 1 && m_random.bounded(10) == 0)
        sendTwice(*step);
    else
        send(*step);
}

void ActionLoad::send(const Step &step)
{
    const int instance = m_next++ % int(m_http.count());
    m_http.send(instance, "POST", QStringLiteral("/api/v1/cases/%1/actions").arg(step.caseId),
                body(step), m_actors.at(step.actor).token,
                [this, step](const InstanceRequests::Answer &a) { answered(step, a); });
}

void ActionLoad::sendTwice(const Step &step)
{
    ++m_figures.sameKeyPairs;
    auto answers = std::make_shared<QList<InstanceRequests::Answer>>();
    for (int instance : {0, 1})
        m_http.send(instance, "POST", QStringLiteral("/api/v1/cases/%1/actions").arg(step.caseId),
                    body(step), m_actors.at(step.actor).token,
                    [this, step, answers](const InstanceRequests::Answer &a) {
                        answers->append(a);
                        if (answers->size() < 2)
                            return;
                        const auto &[x, y] = std::pair{answers->at(0), answers->at(1)};
                        if (x.status != y.status || x.body != y.body)
                            m_figures.failures.append(
                                QStringLiteral("key %1 on case %2: %3 and %4 %5")
                                    .arg(step.key)
                                    .arg(step.caseId)
                                    .arg(x.status)
                                    .arg(y.status)
                                    .arg(QString::fromUtf8((x.status == 200 ? y : x).body)));
                        answered(step, x);
                    });
}

bool ActionLoad::failed(const Step &step, const InstanceRequests::Answer &a)
{
    static const QList<int> expected{200, 403, 404, 409, 422};
    if (expected.contains(a.status))
        return false;
    m_figures.failures.append(QStringLiteral("%1 on case %2 (v%3) by %4: %5 %6%7")
                                  .arg(step.action)
                                  .arg(step.caseId)
                                  .arg(step.baseVersion)
                                  .arg(m_actors.at(step.actor).login)
                                  .arg(a.status)
                                  .arg(QString::fromUtf8(a.body.left(300)), a.networkError));
    return true;
}

void ActionLoad::answered(const Step &step, const InstanceRequests::Answer &a)
{
    if (failed(step, a))
        return finishOne();
    const QJsonObject c = a.json().value(QStringLiteral("case")).toObject();
    if (a.status == 200) {
        ++m_figures.applied;
        ++m_figures.appliedByAction[step.action];
        track(c);
        return finishOne();
    }
    if (a.status == 409) {
        ++m_figures.conflicts;
        track(c);
        if (step.action != QLatin1String("note"))
            return finishOne(); // a decision is dropped: the other desk's stands
        ++m_figures.resent;
        Step again = step;
        again.key = newKey();
        again.baseVersion = m_cases.value(step.caseId).version;
        return send(again);
    }
    ++m_figures.refused;
    refresh(step.caseId);
}

void ActionLoad::refresh(qint64 id)
{
    const int instance = m_next++ % int(m_http.count());
    m_http.send(
        instance, "GET", QStringLiteral("/api/v1/cases/%1").arg(id), {},
        m_actors.at(actorOf(kCoordinator)).token, [this, id](const InstanceRequests::Answer &a) {
            if (a.status == 200)
                track(a.json().value(QStringLiteral("case")).toObject());
            else
                m_figures.failures.append(
                    QStringLiteral("GET case %1: %2 %3").arg(id).arg(a.status).arg(a.networkError));
            finishOne();
        });
}

void ActionLoad::finishOne()
{
    --m_inFlight;
    --m_remaining;
    ++m_figures.done;
    launch();
    if (finished())
        Q_EMIT allDone();
}
