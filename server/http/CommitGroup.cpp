#include "http/CommitGroup.h"

#include "ServerLogging.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

namespace {
// A write that answers 500 may have lost a race with another instance (its
// key or its case written meanwhile): run again in a new savepoint, it sees
// the winner's row and answers as if it came second (retriedAfterLostRace).
constexpr int kAttempts = 3;
} // namespace

CommitGroup::CommitGroup(QSqlDatabase db, std::function<bool()> opening, int maxWrites,
                         QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_opening(std::move(opening)),
      m_maxWrites(qMax(1, maxWrites))
{}

CommitGroup::~CommitGroup() = default;

void CommitGroup::add(Write write, Answer answer)
{
    m_waiting.push_back({std::move(write), std::move(answer), {}});
    if (int(m_waiting.size()) >= m_maxWrites) {
        commitWaiting();
        return;
    }
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Queued: the requests already read in this turn of the loop join the group.
    QMetaObject::invokeMethod(this, &CommitGroup::commitWaiting, Qt::QueuedConnection);
}

void CommitGroup::commitWaiting()
{
    m_scheduled = false;
    if (m_waiting.empty())
        return;
    // Taken out first: an answer or an after-commit effect may add to the next group.
    std::vector<Entry> group;
    group.swap(m_waiting);

    bool committed = false;
    {
        TransactionGuard transaction(m_db);
        bool usable = transaction.isActive() && (!m_opening || m_opening());
        for (Entry &e : group) {
            if (!usable)
                break;
            for (int tried = 1; usable; ++tried) {
                if (!transaction.setSavepoint()) {
                    usable = false;
                    break;
                }
                e.outcome = e.write();
                if (e.outcome.reply.status != 500) {
                    usable = transaction.releaseSavepoint();
                    break;
                }
                e.outcome.afterCommit = nullptr;
                usable = transaction.rollBackToSavepoint();
                if (tried >= kAttempts)
                    break; // a real fault: this write answers 500, the others go on
                qCInfo(lcActions) << "a grouped write failed, perhaps losing a race to another "
                                     "instance; trying it again";
            }
        }
        committed = usable && transaction.commit();
        if (!committed)
            qCWarning(lcActions) << "could not commit a group of" << group.size()
                                 << "writes:" << transaction.errorText();
    }
    if (committed) {
        ++m_groups;
        m_writes += qint64(group.size());
    }
    qCDebug(lcActions) << "group of" << group.size() << "writes"
                       << (committed ? "committed" : "failed");
    for (Entry &e : group) {
        if (!committed) {
            e.answer(ApiReply::internal());
            continue;
        }
        e.answer(e.outcome.reply);
        if (e.outcome.afterCommit)
            e.outcome.afterCommit();
    }
}

} // namespace pakn::server
