#pragma once

// The status bar's view of synchronisation: online, offline or syncing, when
// the last round finished, how many actions wait to be sent, and the actions
// the server refused. Refusals are never dropped silently: each one is shown
// in the status bar and kept in a log the user can open.

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace pakn {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    QString stateText() const;
    QString pendingText() const;
    const QStringList &rejections() const { return m_rejections; }

public Q_SLOTS:
    void setState(pakn::SyncState state, const QString &message);
    void setRoundFinished(int casesChanged, int actionsSent, const QDateTime &at);
    void setPendingCount(int count);
    void setFeedProgress(int casesSoFar);
    void addRejection(qint64 caseId, const QString &action, const QString &message);
    void showLog();

Q_SIGNALS:
    // A refusal to show to the user now (the main window puts it in the status bar).
    void notify(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    SyncState m_state = SyncState::Idle;
    QString m_message;
    QDateTime m_lastSync;
    int m_pending = 0;
    int m_progress = 0; // cases received so far in the running round
    QStringList m_rejections;
    QLabel *m_stateLabel;
    QLabel *m_pendingLabel;
    QToolButton *m_logButton;
    QPlainTextEdit *m_log = nullptr; // created when first shown
};

} // namespace pakn
