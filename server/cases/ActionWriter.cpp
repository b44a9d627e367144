#include "cases/ActionWriter.h"

#include "ServerLogging.h"
#include "storage/DatabaseUrl.h"

namespace pakn::server {

// Everything of the actions' thread: made, used and destroyed there only.
struct ActionWriter::Station
{
    Station(QSqlDatabase db, std::function<QDateTime()> clock,
            std::function<void(const Case &)> replyPublished)
        : cases(db), feed(db, cases), idempotency(db), units(db), accounts(db),
          actions({cases, feed, idempotency, units, accounts}, defaultRules, std::move(clock)),
          group(db, [this] { return feed.lockSequence(); })
    {
        actions.setReplyPublishedListener(std::move(replyPublished));
    }

    CaseRepository cases;
    ChangeFeed feed;
    IdempotencyRepository idempotency;
    UnitRepository units;
    AccountRepository accounts;
    WorkflowRules defaultRules; // unused: each request brings the rules in force
    CaseActionService actions;
    CommitGroup group;
};

ActionWriter::ActionWriter(const QString &databaseLocation, std::function<QDateTime()> clock,
                           Listeners listeners, QObject *parent)
    : QObject(parent), m_listeners(std::move(listeners)), m_thread(QStringLiteral("pakn-actions"))
{
    if (!DatabaseUrl::isPostgres(databaseLocation)) {
        m_checkpoints = std::make_unique<WalCheckpointer>();
        if (!m_checkpoints->start(databaseLocation, &m_error)) {
            qCWarning(lcActions) << "no thread for the checkpoints:" << m_error;
            return;
        }
    }
    const bool started = m_thread.start(
        databaseLocation,
        [&](Database &database) {
            m_station = std::make_unique<Station>(database.connection(), std::move(clock),
                                                  m_listeners.replyPublished);
        },
        &m_error);
    if (!started || !m_station)
        qCWarning(lcActions) << "the actions' thread has no database:" << m_error;
}

ActionWriter::~ActionWriter()
{
    m_thread.stop([this] { m_station.reset(); });
}

void ActionWriter::submit(const Caller &caller, CaseId id, CaseActionService::Request request,
                          WorkflowRules rules, CommitGroup::Answer answer)
{
    if (!m_station)
        return answer(ApiReply::internal()); // listen() refused to start without it
    // The answer (a responder) stays on this thread; the other one gets a ticket.
    const quint64 ticket = ++m_nextTicket;
    m_answers.insert(ticket, std::move(answer));
    Station *station = m_station.get();
    auto write = [this, station, caller, id, request = std::move(request),
                  rules = std::move(rules)] {
        GroupedWrite done = station->actions.apply(caller, id, request, rules);
        // Run by the group once committed: sent back, after the answer.
        done.afterCommit = [this, effect = std::move(done.afterCommit)] {
            QMetaObject::invokeMethod(
                this,
                [this, effect] {
                    if (effect)
                        effect();
                    if (m_listeners.committed)
                        m_listeners.committed();
                },
                Qt::QueuedConnection);
        };
        return done;
    };
    auto answered = [this, ticket](const ApiReply &reply) {
        QMetaObject::invokeMethod(
            this, [this, ticket, reply] { finish(ticket, reply); }, Qt::QueuedConnection);
    };
    m_thread.post([station, write = std::move(write), answered = std::move(answered)]() mutable {
        station->group.add(std::move(write), std::move(answered));
    });
}

void ActionWriter::finish(quint64 ticket, const ApiReply &reply)
{
    if (const CommitGroup::Answer answer = m_answers.take(ticket))
        answer(reply);
}

} // namespace pakn::server
