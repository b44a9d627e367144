#pragma once

// Runs the SyncEngine on its own thread for the GUI: periodic rounds, a round
// after every local action, and the engine's signals relayed to the GUI thread.
// Also starts the background backfill of case facts for a cache synced before
// they existed (BackfillThread).

#include "sync/SyncEngine.h"

#include <QObject>
#include <QThread>

class QTimer;

namespace pakn {

class BackfillThread;

class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(QString cachePath, ServerEndpoint endpoint, QByteArray token, QString clientName,
                   QObject *parent = nullptr);
    ~SyncController() override; // stops the thread and waits for it

    // Default 30 s; while the feed is watched (SyncEngine::liveChanged) the
    // rounds are only a safety net and come at most every liveInterval.
    void setInterval(int milliseconds);
    static constexpr int liveInterval = 5 * 60 * 1000;
    bool isLive() const { return m_live; }
    SyncState state() const { return m_state; }
    QDateTime lastSync() const { return m_lastSync; }

public Q_SLOTS:
    void start();
    void syncNow();
    void refetchCase(qint64 caseId);

public:
    // c4-deskintake (issue 6): sends a staff intake (POST /cases) on the sync
    // thread; `done` runs on this object's thread with the answer.
    void createCase(const StaffReport &report, const QString &key,
                    const ApiClient::CaseCallback &done);
    // The audited reveal of a case's phone number, online only (SyncEngine::revealPhone);
    // `done` runs on this object's thread with the answer and the number.
    void revealPhone(qint64 caseId, const ApiClient::RevealCallback &done);

Q_SIGNALS:
    void stateChanged(pakn::SyncState state, const QString &message);
    void roundFinished(int casesChanged, int actionsSent, const QDateTime &at);
    void actionRejected(qint64 caseId, const QString &action, const QString &message);
    void pendingCountChanged(int count);
    void feedProgress(int casesSoFar, bool searchPending);
    void referenceChanged(qint64 revision);
    void scopeChanged(const pakn::Account &me);
    void caseRefetched(qint64 caseId);
    // The facts backfill: cases with their facts so far, and its end.
    void factsBackfillProgress(qint64 done, qint64 total);
    void factsBackfilled();
    void liveChanged(bool live);

private:
    QThread m_thread;
    SyncEngine *m_engine; // lives on m_thread; deleted when it finishes
    SyncState m_state = SyncState::Idle;
    QDateTime m_lastSync;
    QTimer *m_timer;
    int m_interval = 30000;
    bool m_live = false;
    BackfillThread *m_backfill;
};

} // namespace pakn
