#include "sync/SyncController.h"

#include "cache/BackfillThread.h"

#include <QTimer>

namespace pakn {

SyncController::SyncController(QString cachePath, ServerEndpoint endpoint, QByteArray token,
                               QString clientName, QObject *parent)
    : QObject(parent), m_engine(new SyncEngine(cachePath, std::move(endpoint), std::move(token),
                                               std::move(clientName))),
      m_timer(new QTimer(this)), m_backfill(new BackfillThread(cachePath, this))
{
    qRegisterMetaType<pakn::SyncState>("pakn::SyncState");
    qRegisterMetaType<pakn::Account>("pakn::Account");
    m_thread.setObjectName(QStringLiteral("pakn-sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &SyncEngine::start);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    // The engine lives on the sync thread: these are queued connections, so
    // the GUI only ever receives results and never waits for the engine.
    connect(
        m_engine, &SyncEngine::stateChanged, this,
        [this](SyncState state, const QString &message) {
            m_state = state;
            Q_EMIT stateChanged(state, message);
        },
        Qt::QueuedConnection);
    connect(
        m_engine, &SyncEngine::roundFinished, this,
        [this](int casesChanged, int actionsSent, const QDateTime &at) {
            m_lastSync = at;
            if (casesChanged > 0)
                m_backfill->start(); // the changed cases' days get their groups rebuilt
            Q_EMIT roundFinished(casesChanged, actionsSent, at);
        },
        Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::actionRejected, this, &SyncController::actionRejected,
            Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::pendingCountChanged, this, &SyncController::pendingCountChanged,
            Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::feedProgress, this, &SyncController::feedProgress,
            Qt::QueuedConnection);
    connect(
        m_engine, &SyncEngine::referenceChanged, this,
        [this](qint64 revision) {
            m_backfill->start(); // a new calendar makes every day's groups stale
            Q_EMIT referenceChanged(revision);
        },
        Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::scopeChanged, this, &SyncController::scopeChanged,
            Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::caseRefetched, this, &SyncController::caseRefetched,
            Qt::QueuedConnection);

    connect(
        m_engine, &SyncEngine::liveChanged, this,
        [this](bool live) {
            m_live = live;
            setInterval(m_interval);
            Q_EMIT liveChanged(live);
        },
        Qt::QueuedConnection);

    connect(m_backfill, &BackfillThread::progress, this, &SyncController::factsBackfillProgress);
    connect(m_backfill, &BackfillThread::finished, this, &SyncController::factsBackfilled);

    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    m_timer->stop();
    if (m_thread.isRunning()) {
        m_thread.quit(); // the engine is deleted on the thread when it finishes
        m_thread.wait();
    } else {
        delete m_engine; // the thread never ran: nothing else will delete it
    }
}

void SyncController::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    m_timer->setInterval(m_live ? std::max(milliseconds, liveInterval) : milliseconds);
}

void SyncController::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_timer->start();
    m_backfill->start();
    syncNow(); // queued behind the engine's start(), which runs first on the thread
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { engine->setLiveFeed(true); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncController::refetchCase(qint64 caseId)
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, caseId] { engine->refetchCase(caseId); },
            Qt::QueuedConnection);
}

void SyncController::revealPhone(qint64 caseId, const ApiClient::RevealCallback &done)
{
    // Like createCase: the answer comes back through this object's event loop.
    const auto relay = [this, done](const ApiResult &r, const std::optional<Case> &c,
                                    const QString &phone) {
        QMetaObject::invokeMethod(
            this, [done, r, c, phone] { done(r, c, phone); }, Qt::QueuedConnection);
    };
    if (!m_thread.isRunning()) {
        ApiResult r;
        r.kind = ApiResult::Kind::Offline;
        r.message = tr("Sync is not running.");
        relay(r, std::nullopt, {});
        return;
    }
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, caseId, relay] { engine->revealPhone(caseId, relay); },
        Qt::QueuedConnection);
}

void SyncController::createCase(const StaffReport &report, const QString &key,
                                const ApiClient::CaseCallback &done)
{
    // c4-deskintake (issue 6). The answer comes back through this object's
    // event loop, so it is dropped if the desk closed meanwhile.
    const auto relay = [this, done](const ApiResult &r, const std::optional<Case> &created) {
        QMetaObject::invokeMethod(
            this, [done, r, created] { done(r, created); }, Qt::QueuedConnection);
    };
    if (!m_thread.isRunning()) {
        ApiResult r;
        r.kind = ApiResult::Kind::Offline;
        r.message = tr("Sync is not running.");
        relay(r, std::nullopt);
        return;
    }
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, report, key, relay] { engine->createCase(report, key, relay); },
        Qt::QueuedConnection);
}

} // namespace pakn
