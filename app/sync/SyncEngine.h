#pragma once

// One sync round against the server: send the outbox in order, then pull the
// change feed into the cache a page at a time (each page and its cursor in one
// transaction; FeedFetcher fetches and decodes the next pages on its own
// thread while one is stored). Lives on the sync thread with its own database
// connection and its own ApiClient.

#include "cache/CaseStore.h"
#include "cache/LocalActions.h"
#include "cache/Outbox.h"
#include "cache/ReferenceStore.h"
#include "net/ApiClient.h"
#include "sync/FeedFetcher.h"

#include <QObject>
#include <functional>
#include <memory>

namespace pakn {

enum class SyncState
{
    Idle,
    Syncing,
    Offline,
    AuthFailed,
    Error
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // Opens its own connection to `cachePath` when started (on its thread).
    SyncEngine(QString cachePath, ServerEndpoint endpoint, QByteArray token, QString clientName,
               QObject *parent = nullptr);
    ~SyncEngine() override;

public Q_SLOTS:
    void start();   // opens the database; call on the engine's thread
    void syncNow(); // starts a round unless one is running (then one more follows)
    // p2-live: while on, a long poll on the server's feed (FeedWatcher) starts
    // a round as soon as something in the user's scope changed. Off by default.
    void setLiveFeed(bool on);
    // Fetches one case again and stores the server's copy (the user discarded
    // a queued action the cached copy still shows).
    void refetchCase(qint64 caseId);
    // c4-deskintake (issue 6): staff intake, POST /cases with this thread's
    // client (online only: nothing is queued); the answer goes to `done` here.
    void createCase(const StaffReport &report, const QString &key,
                    const ApiClient::CaseCallback &done);
    // The audited reveal of a case's phone number (online only: nothing is
    // queued): the answered case goes to the cache, with the number masked;
    // the number goes to `done` only. A case changed meanwhile is revealed
    // once more on the server's version.
    void revealPhone(qint64 caseId, const ApiClient::RevealCallback &done);

Q_SIGNALS:
    void stateChanged(pakn::SyncState state, const QString &message);
    // A round ran to its end (the cache is as current as the server): how many
    // cases changed, actions sent, and when. A round cut short (offline, TLS,
    // session ended, malformed answer) reports through stateChanged instead.
    void roundFinished(int casesChanged, int actionsSent, const QDateTime &at);
    // A queued action was refused or conflicted; the case id and words for the user.
    void actionRejected(qint64 caseId, const QString &action, const QString &message);
    void pendingCountChanged(int count);
    // A feed page was stored and more follow: how many cases this round has
    // brought so far (a long first sync shows its progress and early rows).
    // `searchPending`: a first sync, whose search index is built after its
    // last page, so searching finds only cases indexed before.
    void feedProgress(int casesSoFar, bool searchPending);
    // An administrator gave the user another unit or role; the cache was reset
    // to the new scope (the user may need to see other queues).
    void scopeChanged(const pakn::Account &me);
    // The server's reference data (calendar, deadline rules, fields, templates)
    // changed and the new revision is cached: rebuild anything made from it.
    void referenceChanged(qint64 revision);
    // refetchCase() stored the server's copy of the case.
    void caseRefetched(qint64 caseId);
    // p2-live: the server's change feed is watched (FeedWatcher): changes made
    // elsewhere start a round at once, so periodic rounds are only a safety net.
    void liveChanged(bool live);

private:
    void sendReveal(qint64 caseId, qint64 version, bool retryOnConflict,
                    const ApiClient::RevealCallback &done);
    void checkScope();
    void refreshDirectory(std::function<void()> next);
    void refreshReference(std::function<void()> next);
    void sendOutbox();
    void pullFeed();
    void storeFeedPage(const FeedFetcher::Delivery &delivery);
    void finishRound(const ApiResult &result);
    void scheduleRetry();
    void setState(SyncState state, const QString &message);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pakn
