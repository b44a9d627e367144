#include "SyncStatusWidget.h"

#include "DisplayNames.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pakn {

SyncStatusWidget::SyncStatusWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("syncState"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingCount"));
    m_logButton = new QToolButton(this);
    m_logButton->setObjectName(QStringLiteral("rejectionLogButton"));
    m_logButton->setAutoRaise(true);
    m_logButton->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold"));
    connect(m_logButton, &QToolButton::clicked, this, &SyncStatusWidget::showLog);
    layout->addWidget(m_logButton);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_stateLabel);
    render();
}

void SyncStatusWidget::setFeedProgress(int casesSoFar)
{
    m_progress = casesSoFar;
    render();
}

void SyncStatusWidget::setState(SyncState state, const QString &message)
{
    if (state != SyncState::Syncing)
        m_progress = 0;
    m_state = state;
    m_message = message;
    render();
}

void SyncStatusWidget::setRoundFinished(int, int, const QDateTime &at)
{
    m_lastSync = at;
    if (m_state == SyncState::Syncing)
        m_state = SyncState::Idle;
    render();
}

void SyncStatusWidget::setPendingCount(int count)
{
    m_pending = count;
    render();
}

void SyncStatusWidget::addRejection(qint64 caseId, const QString &action, const QString &message)
{
    const auto a = caseActionFromCode(action);
    const QString line = tr("%1 — case %2: \"%3\" was not accepted by the server: %4")
                             .arg(DisplayNames::dateTime(QDateTime::currentDateTimeUtc()))
                             .arg(caseId)
                             .arg(a ? DisplayNames::action(*a) : action, message);
    m_rejections.append(line);
    if (m_log)
        m_log->appendPlainText(line);
    render();
    Q_EMIT notify(tr("Case %1: \"%2\" was not accepted by the server: %3")
                      .arg(caseId)
                      .arg(a ? DisplayNames::action(*a) : action, message));
}

QString SyncStatusWidget::stateText() const
{
    switch (m_state) {
    case SyncState::Syncing:
        return m_progress > 0 ? tr("Syncing… %n case(s) received", nullptr, m_progress)
                              : tr("Syncing…");
    case SyncState::Offline:
        return tr("Offline — actions will be sent when the connection is back");
    case SyncState::AuthFailed:
        return tr("The session has ended — please log in again");
    case SyncState::Error:
        return m_message.isEmpty() ? tr("Sync error") : tr("Sync error: %1").arg(m_message);
    case SyncState::Idle:
        break;
    }
    if (m_lastSync.isValid())
        return tr("Synced at %1").arg(DisplayNames::time(m_lastSync));
    return tr("Not synced yet");
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending > 0 ? tr("%n action(s) waiting to be sent", nullptr, m_pending) : QString();
}

void SyncStatusWidget::render()
{
    m_stateLabel->setText(stateText());
    const bool bad = m_state == SyncState::Offline || m_state == SyncState::Error ||
                     m_state == SyncState::AuthFailed;
    m_stateLabel->setStyleSheet(bad ? QStringLiteral("color: #b26a00") : QString());
    m_pendingLabel->setText(pendingText());
    m_pendingLabel->setVisible(m_pending > 0);
    m_logButton->setText(tr("%n refused action(s)", nullptr, int(m_rejections.size())));
    m_logButton->setToolTip(tr("Show the actions the server did not accept"));
    m_logButton->setVisible(!m_rejections.isEmpty());
}

void SyncStatusWidget::showLog()
{
    auto *dialog = findChild<QDialog *>(QStringLiteral("rejectionLog"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("rejectionLog"));
        dialog->resize(640, 320);
        auto *layout = new QVBoxLayout(dialog);
        m_log = new QPlainTextEdit(dialog);
        m_log->setReadOnly(true);
        m_log->setPlainText(m_rejections.join(QLatin1Char('\n')));
        layout->addWidget(m_log);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
    }
    dialog->setWindowTitle(tr("Actions not accepted by the server"));
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace pakn
