#pragma once

// All SQL over the cached cases: applying feed pages, reading queues with
// keyset paging, folded full-text search, counts, and single cases. Unread
// marks (UnreadMarks) and saved queues (SavedQueueStore) have stores of their own.
// One CaseStore per connection (the GUI thread and the sync thread each have one).

#include "cache/DerivedRow.h"
#include "domain/Case.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

namespace pakn {

class QueryShapes;
struct BoundSql;

// The predicates are defined once, in CaseQuerySql.cpp. The cache only holds
// the user's scope, so "in my unit" / "in my scope" needs no unit filter.
enum class Queue
{
    AssignedToMe,     // open cases assigned to the user
    UnitOpen,         // open cases of the user's scope
    AwaitingApproval, // cases awaiting approval in the user's scope
    NewCases,         // status new (coordinators)
    ToAccept,         // pending acceptance (leaders)
    Closed,           // answered, closed, refused, merged
    All,
    DueTodayMine,       // open, assigned to me, answer due between now and the end of today
    OverdueMine,        // open, assigned to me, answer deadline passed
    MyDrafts,           // in progress, assigned to me, with a reply draft or a local draft
    SentBack,           // in progress, assigned to me, the last decision was send_back
    ToAssign,           // in progress, nobody assigned
    ExtensionRequests,  // a pending extension request
    Returned,           // new, the last decision was a unit's return
    PossibleDuplicates, // see CaseQuerySql.cpp: same field and address, open, ±30 days
    Overdue,            // open, answer deadline passed (whole scope)
    Answered,           // status answered (supervisors' read-only view)
    ToReview,           // answered, rated not satisfied, not reopened since (coordinators)
};
QString toCode(Queue q);
std::optional<Queue> queueFromCode(const QString &code);
const QList<Queue> &allQueues();

enum class CaseColumn
{
    Id,
    Title,
    Status,
    Field,
    Urgency,
    Unit,
    Assignee,
    ReceivedAt,
    AnswerDeadline,
    Channel
};

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
    QDateTime answerDeadline; // while pending acceptance: the acceptance deadline (none before)
    bool pending = false;     // has local actions not yet acknowledged by the server
    QVariant sortValue;       // the value of the sort column, for keyset paging
    Channel channel = Channel::Web;
    qint64 version = 0;
    bool unread = false; // changed by somebody else since this user last opened it
};

// Narrows a queue; every set member must match (AND). Dates are Vietnam days.
struct CaseFilter
{
    QString field;     // empty: any
    UnitId unitId = 0; // 0: any
    std::optional<CaseStatus> status;
    std::optional<Urgency> urgency;
    std::optional<Channel> channel;
    QDate receivedFrom;    // invalid: open-ended
    QDate receivedTo;      // inclusive
    UserId assigneeId = 0; // 0: any; kUnassigned: nobody assigned
    static constexpr UserId kUnassigned = -1;

    bool isEmpty() const
    {
        return field.isEmpty() && unitId == 0 && !status && !urgency && !channel &&
               !receivedFrom.isValid() && !receivedTo.isValid() && assigneeId == 0;
    }
    friend bool operator==(const CaseFilter &, const CaseFilter &) = default;
};

struct CaseQuery
{
    Queue queue = Queue::UnitOpen;
    QString search; // raw user text; folded and matched as word prefixes (AND)
    CaseColumn sortColumn = CaseColumn::ReceivedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    CaseFilter filter;
    // "Due today" and "overdue" are relative to this moment; invalid: the wall clock.
    QDateTime now;
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
    // The item's JSON as the server sent it (feedPageFromBytes: its bytes in
    // the page), cached as it is unless local actions change the case;
    // empty: encoded from `item`.
    QByteArray asSent;
    // derivedRowOf(*item), worked out beside the decoding (FeedFetcher) and
    // used unless local actions change the case; unset: worked out when stored.
    std::optional<DerivedRow> derived;
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
    bool setMe(const Account &me, QString *error = nullptr);
    std::optional<Account> me() const;
    // The server the cache was filled from (a different server means another data set).
    bool setServerUrl(const QUrl &url, QString *error = nullptr);
    QUrl serverUrl() const;

    // Applies one feed page and stores its cursor in one transaction. Cases with
    // pending local actions keep them: `reapply` is called with the server's
    // case and returns the locally updated case to store. Until the first
    // sync's last page (UnreadMarks::firstSyncDone) cases are written in bulk
    // (FirstSyncWriter): searching finds them, and the possible-duplicates
    // queue has them, once that page is stored.
    bool applyFeedPage(const FeedPage &page, QString *error,
                       const std::function<Case(const Case &)> &reapply = {});
    qint64 cursor() const;
    // Stores one case as the server answered an action with it (joins the
    // caller's transaction if there is one); `reapply` as for applyFeedPage.
    bool storeServerCase(const Case &c, QString *error,
                         const std::function<Case(const Case &)> &reapply = {});
    // Drops one case the server no longer shows this user (its outbox entries stay).
    bool removeCase(CaseId id, QString *error);

    bool replaceUnits(const QList<Unit> &units, QString *error = nullptr);
    QList<Unit> units() const;
    bool replaceAccounts(const QList<Account> &accounts, QString *error = nullptr);
    QList<Account> accounts() const;

    // Up to `limit` rows after `after` (empty key: from the start).
    QList<CaseRow> page(const CaseQuery &query, const PageKey &after, int limit) const;
    // The key of every `step`-th row after `after`, walking at most `limit`
    // rows (how many there were goes to `walked`): where the pages of a long
    // list end, without reading their rows.
    QList<PageKey> pageEnds(const CaseQuery &query, const PageKey &after, int limit, int step,
                            int *walked) const;
    int count(const CaseQuery &query) const;
    std::optional<Case> caseById(CaseId id) const;

    // Opaque view settings of this profile (column layout, …), kept in the cache.
    QByteArray uiState(const QString &key) const;
    bool setUiState(const QString &key, const QByteArray &state, QString *error = nullptr);

    // Saves a locally changed case (inside the caller's transaction) and marks it pending.
    bool saveLocal(const Case &c, QString *error);
    bool setPending(CaseId id, bool pending, QString *error = nullptr);

    // Reply text the server refused to take (conflict, status changed, no longer
    // in scope), kept so the user can reuse it. Empty text removes the draft.
    QString localDraft(CaseId id) const;
    bool setLocalDraft(CaseId id, const QString &text, QString *error = nullptr);
    int localDraftCount() const;
    struct LocalDraft
    {
        CaseId caseId = 0;
        QString text;
        QDateTime savedAt;
    };
    QList<LocalDraft> localDrafts() const; // newest first, also of cases no longer cached

    // Forgets every case, the search index, the cursor, the local drafts, the
    // unread marks and the saved queues (a different user or server takes
    // over the cache). View settings (uiState) stay: they belong to the PC.
    bool clearCases(QString *error);
    // The same user now has another unit or role (an administrator moved them):
    // records the new `me`, forgets the cases the old scope brought (except
    // those with queued actions, which the server will settle) and the cursor,
    // so the next feed pull brings the new scope from the start. Drafts stay.
    bool restartForNewScope(const Account &me, QString *error);

    QSqlDatabase database() const { return m_db; }

private:
    template <typename Writer>
    bool applyChanges(const FeedPage &page, const std::function<Case(const Case &)> &reapply,
                      QString *error);
    std::optional<QString> meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);
    QueryShapes &shapes() const;
    QList<CaseRow> readRows(const BoundSql &bound) const; // casePageSql's columns

    QSqlDatabase m_db;
    // How the last queries were read (QueryShapes.h); made on first use, shared
    // by copies of this store as they share its connection.
    mutable std::shared_ptr<QueryShapes> m_shapes;
};

} // namespace pakn
