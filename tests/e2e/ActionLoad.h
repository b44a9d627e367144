#pragma once

// Thousands of staff actions on the cases of two wards (Kim Mã, Ngọc Hà),
// many in flight at once, spread over every instance: notes, assignments,
// acceptances, routings and transfers between the wards (which move cases out
// of one ward's desks' scope and into the other's). Like a desk, a `409`
// re-reads the case from the answer, sends a note again on the new version
// with a new key and drops a decision. Some actions go to two instances at
// once under one idempotency key (a desk retrying elsewhere after a lost
// answer): both must get the same answer. Any 5xx or missing answer is a
// failure.

#include "InstanceRequests.h"

#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <optional>

class ActionLoad : public QObject
{
    Q_OBJECT
public:
    struct Figures
    {
        int done = 0;    // actions finished (answered for good)
        int applied = 0; // 200
        QMap<QString, int> appliedByAction;
        int conflicts = 0; // 409 answers
        int resent = 0;    // notes sent again after a 409
        int refused = 0;   // 403, 404, 422: the case moved on meanwhile
        int sameKeyPairs = 0;
        QStringList failures; // 5xx, no answer, two answers to one key differing
    };

    explicit ActionLoad(InstanceRequests &http, quint32 seed = 7);

    // Logs the actors in and reads every case as the coordinator.
    bool prepare(QString *error);
    void start(int actions, int inFlight);
    bool finished() const { return m_started && m_inFlight == 0 && m_remaining == 0; }
    const Figures &figures() const { return m_figures; }

Q_SIGNALS:
    void allDone();

private:
    struct Actor
    {
        QString login;
        QByteArray token;
        qint64 id = 0;
        qint64 unitId = 0;
    };
    struct Tracked
    {
        qint64 version = 0;
        QString status;
        qint64 unitId = 0;
    };
    struct Step
    {
        qint64 caseId = 0;
        int actor = 0;
        QString action;
        QJsonObject params;
        qint64 baseVersion = 0;
        QString key;
    };

    std::optional<Step> choose();
    std::optional<Step> stepFor(qint64 id, const Tracked &c);
    int actorOf(const QString &login) const;
    QByteArray body(const Step &step) const;
    void launch();
    void send(const Step &step);
    void sendTwice(const Step &step);
    void answered(const Step &step, const InstanceRequests::Answer &a);
    void track(const QJsonObject &c);
    void refresh(qint64 id);
    void finishOne();
    bool failed(const Step &step, const InstanceRequests::Answer &a);

    InstanceRequests &m_http;
    QRandomGenerator m_random;
    QList<Actor> m_actors;
    QHash<qint64, Tracked> m_cases;
    QList<qint64> m_ids;
    qint64 m_kimMa = 0;
    qint64 m_ngocHa = 0;
    int m_next = 0; // the instance the next request goes to
    int m_remaining = 0;
    int m_inFlight = 0;
    bool m_started = false;
    Figures m_figures;
};
