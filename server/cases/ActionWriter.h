#pragma once

// Case actions (POST /cases/{id}/actions) written on a thread of their own,
// through a database connection of their own, in CommitGroups there. While a
// group's statements and its COMMIT (and fsync) run, the HTTP thread goes on
// reading, authenticating and answering the next requests; the actions among
// them join the next group.
//
// A request is decoded and stamped with its time on the HTTP thread, and
// handed over with the workflow rules in force there (a copy: the rules are
// refreshed on that thread). Its answer, its after-commit effects (the log,
// the reply published to Zalo) and the `committed` listener (nudging the
// feed's waiters) run back on the thread that owns this object, in that
// order, once its group committed. On SQLite every transaction begins
// IMMEDIATE (TransactionGuard), so the connections queue for the write lock,
// and a WalCheckpointer copies the log into the file beside them (the commit
// that crossed the automatic checkpoint's mark did all of that copying, and
// every action waited behind it).

#include "cases/CaseActionService.h"
#include "storage/ConnectionThread.h"
#include "storage/WalCheckpointer.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace pakn::server {

class ActionWriter : public QObject
{
    Q_OBJECT
public:
    struct Listeners
    {
        std::function<void(const Case &)> replyPublished; // each committed approval
        std::function<void()> committed;                  // after each committed action
    };

    // Starts the thread and opens its connection to `databaseLocation`
    // (already open and migrated on this thread); waits until it is open.
    ActionWriter(const QString &databaseLocation, std::function<QDateTime()> clock,
                 Listeners listeners, QObject *parent = nullptr);
    // Stops the thread after the group it is writing; actions not written get no answer.
    ~ActionWriter() override;

    // Empty once the thread's connection is open, else what went wrong.
    QString error() const { return m_error; }

    // Runs `request` in the thread's next group; `answer` gets its reply here.
    void submit(const Caller &caller, CaseId id, CaseActionService::Request request,
                WorkflowRules rules, CommitGroup::Answer answer);

private:
    struct Station; // the thread's connection, stores, actions and group

    void finish(quint64 ticket, const ApiReply &reply);

    Listeners m_listeners;
    std::unique_ptr<WalCheckpointer> m_checkpoints; // SQLite only
    ConnectionThread m_thread;
    std::unique_ptr<Station> m_station; // created, used and destroyed on m_thread
    QString m_error;
    QHash<quint64, CommitGroup::Answer> m_answers; // by ticket, on this object's thread
    quint64 m_nextTicket = 0;
};

} // namespace pakn::server
