#pragma once

// All SQL over the cached cases: applying feed pages, reading queues with
// keyset paging, folded full-text search, counts, and single cases.
// One CaseStore per connection (the GUI thread and the sync thread each have one).

#include "domain/Case.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <optional>

namespace pakn {

enum class Queue {
    AssignedToMe,     // open cases assigned to the user
    UnitOpen,         // open cases of the user's scope
    AwaitingApproval, // cases awaiting approval in the user's scope
    NewCases,         // status new (coordinators)
    ToAccept,         // pending acceptance (leaders)
    Closed,           // answered, closed, refused, merged
    All,
};
QString toCode(Queue q);
std::optional<Queue> queueFromCode(const QString &code);

enum class CaseColumn { Id, Title, Status, Field, Urgency, Unit, Assignee, ReceivedAt, AnswerDeadline };

// One row of a queue table: what the list shows, without the long text.
struct CaseRow
{
    CaseId id = 0;
    QString title;
    CaseStatus status = CaseStatus::New;
    QString field;
    Urgency urgency = Urgency::Normal;
    QString unitName;
    QString assigneeName;
    QDateTime receivedAt;
    QDateTime answerDeadline;
    bool pending = false; // has local actions not yet acknowledged by the server
    QVariant sortValue;   // the value of the sort column, for keyset paging
};

struct CaseQuery
{
    Queue queue = Queue::UnitOpen;
    QString search;       // raw user text; folded and matched as word prefixes (AND)
    CaseColumn sortColumn = CaseColumn::ReceivedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Where the previous page ended (keyset paging: never OFFSET).
struct PageKey
{
    QVariant sortValue;
    CaseId id = 0;
};

struct FeedChange
{
    qint64 seq = 0;
    std::optional<Case> item; // set: upsert this case
    CaseId removedId = 0;     // set (item empty): the case left the scope
};

struct FeedPage
{
    QList<FeedChange> changes;
    qint64 cursor = 0;
    bool more = false;
};

class CaseStore
{
public:
    explicit CaseStore(QSqlDatabase db);

    // The user the cache belongs to (queue filters need it); stored in the cache.
    void setMe(const Account &me);
    std::optional<Account> me() const;

    // Applies one feed page and stores its cursor in one transaction. Cases with
    // pending local actions keep them: `reapply` is called with the server's
    // case and returns the locally updated case to store.
    bool applyFeedPage(const FeedPage &page, QString *error,
                       const std::function<Case(const Case &)> &reapply = {});
    qint64 cursor() const;

    void replaceUnits(const QList<Unit> &units);
    QList<Unit> units() const;
    void replaceAccounts(const QList<Account> &accounts);
    QList<Account> accounts() const;

    // Up to `limit` rows after `after` (empty key: from the start).
    QList<CaseRow> page(const CaseQuery &query, const PageKey &after, int limit) const;
    int count(const CaseQuery &query) const;
    std::optional<Case> caseById(CaseId id) const;

    // Saves a locally changed case (inside the caller's transaction) and marks it pending.
    bool saveLocal(const Case &c, QString *error);
    void setPending(CaseId id, bool pending);

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace pakn
