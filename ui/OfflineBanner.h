#pragma once

// The strip across the top of the main window while the server cannot be
// reached: says so plainly, with how many actions wait to be sent, and offers
// to try again or to look at the queued actions.

#include "sync/SyncEngine.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pakn {

class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    QString text() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *outboxButton() const { return m_outbox; }

public Q_SLOTS:
    void setState(pakn::SyncState state);
    void setPendingCount(int count);

Q_SIGNALS:
    void retryRequested();
    void outboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    bool m_offline = false;
    int m_pending = 0;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_outbox;
};

} // namespace pakn
