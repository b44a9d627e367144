#include "sync/SyncEngine.h"

#include "ClientLogging.h"
#include "cache/CacheDatabase.h"
#include "cache/FullDisk.h"
#include "cache/UnreadMarks.h"
#include "domain/JsonCodec.h"
#include "domain/ReferenceDataJson.h"
#include "files/ThumbnailPrefetcher.h"
#include "net/ApiPayloads.h"
#include "sync/FeedFetcher.h"
#include "sync/FeedWatcher.h"
#include "sync/OutboxSender.h"

#include <QTimer>
#include <QUuid>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace pakn {

namespace {
constexpr int kFeedPageSize = 500;
// The server's largest page (GET /feed): a first sync brings the whole scope,
// and fewer, larger pages cost fewer round trips and transactions.
constexpr int kFirstSyncPageSize = 1000;

// A first sync's pages are decoded and freed on the fetcher's thread, and
// glibc keeps what they held in that thread's arena (tens of MiB after
// 100,000 cases): handed back to the system rather than held until the desk
// restarts.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
} // namespace

struct SyncEngine::Private
{
    QString cachePath;
    ServerEndpoint endpoint;
    QByteArray token;
    QString client;

    // Declared in dependency order: destroyed in reverse, the connection last.
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<ReferenceStore> reference;
    WorkflowRules rules; // from the cached reference data; `actions` holds it by reference
    std::unique_ptr<LocalActions> actions;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<OutboxSender> sender;
    std::unique_ptr<AttachmentTransfer> transfer; // attach-client: thumbnails after sync
    std::unique_ptr<ThumbnailPrefetcher> prefetcher;
    std::unique_ptr<FeedWatcher> watcher; // p2-live: a round as soon as the server has news
    std::unique_ptr<FeedFetcher> fetcher; // the feed's pages, fetched and decoded on its thread
    QTimer *retryTimer = nullptr;

    bool running = false;
    bool firstSync = false; // this round's feed fills an empty cache (UnreadMarks)
    bool again = false;     // syncNow() during a round: one more round follows
    bool directoryLoaded = false;
    bool sessionEnded = false; // 401: no more rounds with this token
    bool liveFeed = false;     // p2-live: keep a FeedWatcher on the server's feed
    int unreachableRounds = 0; // rounds in a row that could not reach the server
    QDateTime roundStartedAt;  // an entry due after it was not yet due when this round sent
    int casesChanged = 0;
    int actionsSent = 0;
    // Cases with attachments the round's feed brought: their thumbnails are
    // fetched once the feed's last page is stored, not beside a long first
    // sync's pages (on the same thread and server).
    QList<Case> withAttachments;
    QString problem; // a non-fatal failure of this round, shown as Error
};

SyncEngine::SyncEngine(QString cachePath, ServerEndpoint endpoint, QByteArray token,
                       QString clientName, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->cachePath = std::move(cachePath);
    d->endpoint = std::move(endpoint);
    d->token = std::move(token);
    d->client = std::move(clientName);
    d->retryTimer = new QTimer(this);
    d->retryTimer->setSingleShot(true);
    d->retryTimer->setTimerType(Qt::PreciseTimer); // a coarse one may fire before the entry is due
    connect(d->retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    if (d->cache)
        return;
    QString error;
    // One connection per engine (and thread); the name only has to be unique.
    const QString connection = QStringLiteral("pakn-sync-%1").arg(quintptr(this), 0, 16);
    auto opened = CacheDatabase::open(d->cachePath, connection, &error);
    if (!opened) {
        setState(SyncState::Error, error);
        return;
    }
    d->cache = std::make_unique<CacheDatabase>(std::move(*opened));
    d->store = std::make_unique<CaseStore>(d->cache->db());
    d->outbox = std::make_unique<Outbox>(d->cache->db());
    d->reference = std::make_unique<ReferenceStore>(d->cache->db());
    d->rules = d->reference->current().workflowRules();
    d->actions = std::make_unique<LocalActions>(d->cache->db(), d->rules, d->client);
    d->api = std::make_unique<ApiClient>(d->endpoint);
    d->api->setToken(d->token);
    d->sender = std::make_unique<OutboxSender>(*d->api, *d->store, *d->outbox, *d->actions,
                                               AttachmentFiles::besideCache(d->cachePath));
    d->transfer =
        std::make_unique<AttachmentTransfer>(*d->api, AttachmentFiles::besideCache(d->cachePath));
    d->prefetcher = std::make_unique<ThumbnailPrefetcher>(*d->transfer);
    connect(d->sender.get(), &OutboxSender::actionRejected, this, &SyncEngine::actionRejected);
    connect(d->sender.get(), &OutboxSender::entrySettled, this,
            [this] { Q_EMIT pendingCountChanged(d->outbox->count()); });
    Q_EMIT pendingCountChanged(d->outbox->count());
    d->fetcher = std::make_unique<FeedFetcher>(
        d->endpoint, d->token, [this](const FeedFetcher::Delivery &page) { storeFeedPage(page); });
    d->watcher = std::make_unique<FeedWatcher>(d->endpoint, d->token);
    connect(d->watcher.get(), &FeedWatcher::changed, this, &SyncEngine::syncNow);
    connect(d->watcher.get(), &FeedWatcher::liveChanged, this, &SyncEngine::liveChanged);
}

void SyncEngine::setLiveFeed(bool on)
{
    d->liveFeed = on;
    if (!d->cache)
        start();
    if (!d->watcher)
        return;
    if (!on)
        d->watcher->stop();
    else if (!d->running && !d->sessionEnded)
        d->watcher->watchFrom(d->store->cursor()); // else when the round ends
}

void SyncEngine::syncNow()
{
    if (!d->cache)
        start();
    if (!d->cache || d->sessionEnded)
        return;
    if (d->running) {
        d->again = true;
        return;
    }
    d->running = true;
    d->roundStartedAt = QDateTime::currentDateTimeUtc();
    d->retryTimer->stop();
    d->casesChanged = 0;
    d->actionsSent = 0;
    d->withAttachments.clear();
    d->problem.clear();
    setState(SyncState::Syncing, {});
    if (d->directoryLoaded)
        sendOutbox();
    else
        refreshDirectory([this] { sendOutbox(); });
}

void SyncEngine::createCase(const StaffReport &report, const QString &key,
                            const ApiClient::CaseCallback &done)
{
    if (!d->cache)
        start();
    if (!d->cache || d->sessionEnded) {
        ApiResult refused;
        refused.kind = ApiResult::Kind::Offline;
        refused.message = tr("Not signed in to the server.");
        done(refused, std::nullopt);
        return;
    }
    d->api->createCase(report, key, done);
}

void SyncEngine::revealPhone(qint64 caseId, const ApiClient::RevealCallback &done)
{
    if (!d->cache)
        start();
    const std::optional<Case> cached =
        d->cache && !d->sessionEnded ? d->store->caseById(caseId) : std::nullopt;
    if (!cached) {
        ApiResult refused;
        refused.kind = ApiResult::Kind::Offline;
        refused.message = tr("Not signed in to the server.");
        done(refused, std::nullopt, {});
        return;
    }
    sendReveal(caseId, cached->version, true, done);
}

void SyncEngine::sendReveal(qint64 caseId, qint64 version, bool retryOnConflict,
                            const ApiClient::RevealCallback &done)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto answered = [this, caseId, retryOnConflict, done](const ApiResult &r,
                                                                const std::optional<Case> &c,
                                                                const QString &phone) {
        QString error;
        if (retryOnConflict && r.httpStatus == 409)
            if (const auto current = caseFromAnswer(r.body, &error))
                return sendReveal(caseId, current->version, false, done);
        const auto reapply = [this](const Case &x) { return d->actions->reapplyPending(x); };
        if (c && !d->store->storeServerCase(*c, &error, reapply))
            qCWarning(lcSync) << "could not store case" << caseId << ":" << error;
        done(r, c, phone);
    };
    d->api->revealPhone(caseId, version, key, answered);
}

void SyncEngine::refetchCase(qint64 caseId)
{
    if (!d->cache)
        start();
    if (!d->cache || d->sessionEnded)
        return;
    d->api->get(QStringLiteral("cases/%1").arg(caseId), {}, [this, caseId](const ApiResult &r) {
        QString error;
        if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 404) {
            if (!d->store->removeCase(caseId, &error))
                qCWarning(lcSync) << "could not drop case" << caseId << ":" << error;
            return;
        }
        const auto fresh = r.ok() ? caseFromAnswer(r.body, &error) : std::nullopt;
        if (!fresh || fresh->id != caseId) {
            // Offline or refused: the next change of the case brings it back.
            qCInfo(lcSync) << "could not fetch case" << caseId << "again:" << r.message << error;
            return;
        }
        if (!d->store->storeServerCase(
                *fresh, &error, [this](const Case &c) { return d->actions->reapplyPending(c); }))
            qCWarning(lcSync) << "could not store case" << caseId << ":" << error;
        else
            Q_EMIT caseRefetched(caseId);
    });
}

void SyncEngine::checkScope()
{
    // An administrator may have moved the user to another unit or role since
    // the last round; the feed cursor belongs to the old scope then.
    d->api->get(QStringLiteral("me"), {}, [this](const ApiResult &r) {
        if (!r.ok())
            return finishRound(r);
        QString error;
        const auto me = accountFromJson(r.body.value(QStringLiteral("user")).toObject(), &error);
        if (!me)
            return finishRound(ApiResult::badResponse(
                tr("The server's answer about you is malformed: %1").arg(error)));
        const std::optional<Account> cached = d->store->me();
        if (cached && cached->id == me->id &&
            (cached->unitId != me->unitId || cached->role != me->role)) {
            qCInfo(lcSync) << "scope changed: unit" << cached->unitId << "->" << me->unitId
                           << "role" << toCode(cached->role) << "->" << toCode(me->role);
            if (!d->store->restartForNewScope(*me, &error))
                return finishRound(
                    ApiResult::badResponse(tr("The cache could not be updated: %1").arg(error)));
            d->directoryLoaded = false;
            Q_EMIT scopeChanged(*me);
        }
        refreshReference([this] {
            if (d->directoryLoaded)
                pullFeed();
            else
                refreshDirectory([this] { pullFeed(); });
        });
    });
}

void SyncEngine::refreshReference(std::function<void()> next)
{
    // Asked every round, answered 304 (no body) while the revision is the cached one.
    const qint64 cached = d->reference->revision();
    const QByteArray etag = cached > 0 ? '"' + QByteArray::number(cached) + '"' : QByteArray();
    d->api->getIfNoneMatch(QStringLiteral("reference"), etag, [this, next](const ApiResult &r) {
        if (r.ok() && r.notModified)
            return next();
        // A server older than the reference data: keep what is cached, sync the rest.
        if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 404)
            return next();
        if (!r.ok())
            return finishRound(r);
        QString error;
        const auto data = referenceDataFromJson(r.body, &error);
        if (!data || !d->reference->save(*data, &error)) {
            d->problem =
                tr("The server's holidays and deadline rules could not be used: %1").arg(error);
            return next();
        }
        d->rules = data->workflowRules();
        qCInfo(lcSync) << "reference data revision" << data->revision << "cached";
        Q_EMIT referenceChanged(data->revision);
        next();
    });
}

void SyncEngine::refreshDirectory(std::function<void()> next)
{
    // Units and colleagues change rarely; once per engine keeps names current.
    d->api->get(QStringLiteral("units"), {}, [this, next](const ApiResult &r) {
        QString error;
        const auto units = r.ok() ? unitsFromAnswer(r.body, &error) : std::nullopt;
        if (!r.ok())
            return finishRound(r);
        if (!units || !d->store->replaceUnits(*units, &error))
            return finishRound(
                ApiResult::badResponse(tr("The unit list could not be stored: %1").arg(error)));
        d->api->get(QStringLiteral("users"), {}, [this, next](const ApiResult &answer) {
            QString why;
            const auto accounts =
                answer.ok() ? accountsFromAnswer(answer.body, &why) : std::nullopt;
            if (!answer.ok())
                return finishRound(answer);
            if (!accounts || !d->store->replaceAccounts(*accounts, &why))
                return finishRound(
                    ApiResult::badResponse(tr("The user list could not be stored: %1").arg(why)));
            d->directoryLoaded = true;
            next();
        });
    });
}

void SyncEngine::sendOutbox()
{
    d->sender->run([this](const OutboxSender::Outcome &o) {
        d->actionsSent += o.sent;
        d->problem = o.problem;
        if (o.stoppedBy != ApiResult::Kind::Ok) {
            ApiResult r;
            r.kind = o.stoppedBy;
            r.httpStatus = o.httpStatus;
            r.message = o.message;
            return finishRound(r);
        }
        checkScope();
    });
}

void SyncEngine::pullFeed()
{
    const bool firstSync = !UnreadMarks(d->cache->db()).firstSyncDone();
    d->firstSync = firstSync;
    d->fetcher->fetch(d->store->cursor(), firstSync ? kFirstSyncPageSize : kFeedPageSize);
}

void SyncEngine::storeFeedPage(const FeedFetcher::Delivery &delivery)
{
    if (!d->running)
        return; // the round ended on the page before (the fetch was dropped then)
    if (!delivery.page)
        return finishRound(delivery.failure);
    const FeedPage &page = *delivery.page;
    QString error;
    if (!d->store->applyFeedPage(page, &error,
                                 [this](const Case &c) { return d->actions->reapplyPending(c); }))
        return finishRound(
            ApiResult::badResponse(tr("A feed page could not be stored: %1").arg(error)));
    d->fetcher->stored();
    for (const FeedChange &change : page.changes) // attach-client
        if (change.item && !change.item->attachments.isEmpty() &&
            d->withAttachments.size() < ThumbnailPrefetcher::MaxQueued)
            d->withAttachments.append(*change.item);
    d->casesChanged += int(page.changes.size());
    if (page.more)
        return Q_EMIT feedProgress(d->casesChanged, d->firstSync);
    for (const Case &c : std::exchange(d->withAttachments, {}))
        d->prefetcher->add(c);
    if (d->firstSync)
        releaseFreedMemory();
    finishRound(ApiResult{});
}

void SyncEngine::finishRound(const ApiResult &result)
{
    d->running = false;
    d->fetcher->cancel();
    switch (result.kind) {
    case ApiResult::Kind::Ok:
        d->unreachableRounds = 0;
        setState(d->problem.isEmpty() ? SyncState::Idle : SyncState::Error, d->problem);
        Q_EMIT roundFinished(d->casesChanged, d->actionsSent, QDateTime::currentDateTimeUtc());
        if (d->liveFeed)
            d->watcher->watchFrom(d->store->cursor());
        break;
    case ApiResult::Kind::Offline:
        ++d->unreachableRounds;
        setState(SyncState::Offline, result.message);
        break;
    case ApiResult::Kind::HttpError:
        if (result.httpStatus == 401) {
            d->sessionEnded = true;
            d->watcher->stop();
            setState(SyncState::AuthFailed, tr("The session has ended; please log in again."));
            break;
        }
        [[fallthrough]];
    case ApiResult::Kind::TlsError:
    case ApiResult::Kind::BadResponse:
        setState(SyncState::Error, result.message);
        break;
    }
    Q_EMIT pendingCountChanged(d->outbox->count());
    if (d->sessionEnded)
        return;
    scheduleRetry();
    if (std::exchange(d->again, false))
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::scheduleRetry()
{
    // An entry waiting out its backoff is retried when due, not only when the
    // periodic round or the user happens to ask.
    // While the server is unreachable, try again after 2, 4, 8 … up to 30 seconds,
    // so queued work goes out soon after the connection returns.
    qint64 wait = -1;
    if (d->unreachableRounds > 0)
        wait = qMin<qint64>(Outbox::backoff(d->unreachableRounds).count(), 30) * 1000;
    // An entry that came due while this round ran (after its outbox was sent)
    // goes out at once; one that was due when the round began and is still
    // queued waits for the backoff above.
    if (const auto due = d->outbox->nextAttemptAt(); due && *due > d->roundStartedAt) {
        const qint64 untilDue = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*due));
        wait = wait < 0 ? untilDue : qMin(wait, untilDue);
    }
    if (wait >= 0)
        d->retryTimer->start(int(qMin<qint64>(wait, 5 * 60 * 1000)) + 10);
}

void SyncEngine::setState(SyncState state, const QString &messageIn)
{
    const QString message = withFullDiskExplained(messageIn);
    if (!message.isEmpty())
        qCInfo(lcSync).noquote() << "sync state" << int(state) << message;
    Q_EMIT stateChanged(state, message);
}

} // namespace pakn
