#include "OfflineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pakn {

OfflineBanner::OfflineBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Amber like the status bar's offline text: a warning, not an error.
    setStyleSheet(
        QStringLiteral("#offlineBanner { background: #fff4e0; border: 1px solid #e0a040; }"
                       " #offlineBanner QLabel { color: #6a3d00; }"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("offlineText"));
    m_label->setWordWrap(true);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("offlineRetry"));
    m_outbox = new QPushButton(this);
    m_outbox->setObjectName(QStringLiteral("offlineOutbox"));
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    connect(m_outbox, &QPushButton::clicked, this, &OfflineBanner::outboxRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_outbox);
    render();
}

void OfflineBanner::setState(SyncState state)
{
    // Any other state means the server answered (a sync error is shown in the status bar).
    if (state == SyncState::Syncing)
        return;
    m_offline = state == SyncState::Offline;
    render();
}

void OfflineBanner::setPendingCount(int count)
{
    m_pending = count;
    render();
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

void OfflineBanner::render()
{
    m_label->setText(
        m_pending > 0
            ? tr("<b>Offline.</b> The server cannot be reached. %Ln action(s) saved on this PC "
                 "will be sent when the connection is back; you can keep working.",
                 nullptr, m_pending)
            : tr("<b>Offline.</b> The server cannot be reached. You can keep working: what you "
                 "do is saved on this PC and sent when the connection is back."));
    m_retry->setText(tr("&Try again"));
    m_retry->setAccessibleName(tr("Try to reach the server again"));
    m_outbox->setText(tr("&Queued actions…"));
    m_outbox->setAccessibleName(tr("Show the actions waiting to be sent"));
    m_outbox->setVisible(m_pending > 0);
    setAccessibleName(tr("Offline notice"));
    setVisible(m_offline);
}

void OfflineBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace pakn
