#include "OutboxDialog.h"

#include "DisplayNames.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "files/AttachmentQueue.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcOutboxDialog, "pakn.ui.outbox")

namespace pakn {

namespace {
constexpr int kEntryIdRole = Qt::UserRole + 1;
constexpr int kFailedRole = Qt::UserRole + 2;
} // namespace

OutboxDialog::OutboxDialog(CaseStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("outboxDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("outboxClose"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        QString error;
        if (!Outbox(m_store.database()).retryNow(&error))
            qCWarning(lcOutboxDialog) << "cannot make the outbox due:" << error;
        Q_EMIT retryRequested();
    });
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(980, 400);
    retranslateUi();
    reload();
}

void OutboxDialog::reload()
{
    const qint64 keep = selectedEntry();
    const QList<OutboxEntry> entries = Outbox(m_store.database()).pending();
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const OutboxEntry &e = entries[r];
        const std::optional<Case> c = m_store.caseById(e.caseId);
        const QString caseText =
            c ? tr("#%1 %2").arg(e.caseId).arg(c->title) : tr("#%1").arg(e.caseId);
        const QString what = e.kind == OutboxEntry::Kind::Action // attach-client
                                 ? DisplayNames::action(e.action)
                                 : AttachmentQueue::describe(e);
        const QStringList cells = {caseText, what, DisplayNames::dateTime(e.createdAt),
                                   QString::number(e.attempts), e.lastError};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(kEntryIdRole, e.id);
            item->setData(kFailedRole, e.failed());
            item->setToolTip(cells[col]);
            m_table->setItem(r, col, item);
        }
        if (e.id == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
    m_table->setColumnWidth(0, 260);
    // The last error is the stretched last column: long messages wrap onto
    // more lines rather than being cut (the full text is also the tooltip).
    m_table->resizeRowsToContents();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 OutboxDialog::selectedEntry() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.constFirst()->data(kEntryIdRole).toLongLong();
}

void OutboxDialog::updateButtons()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    // Only a failed action may be discarded: one that was never tried may still go through.
    m_discard->setEnabled(!items.isEmpty() && items.constFirst()->data(kFailedRole).toBool());
    m_retry->setEnabled(m_table->rowCount() > 0);
}

bool OutboxDialog::discardSelected()
{
    const qint64 id = selectedEntry();
    Outbox outbox(m_store.database());
    const std::optional<OutboxEntry> e = id ? outbox.entry(id) : std::nullopt;
    if (!e || !e->failed())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Discard the action"),
                    tr("Discard \"%1\" on case #%2? It will not be sent to the server.")
                        .arg(DisplayNames::action(e->action))
                        .arg(e->caseId),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardConfirmation"));
    if (e->params.contains(QStringLiteral("text")))
        box.setInformativeText(tr("A reply's text is kept as the case's local draft."));
    QPushButton *yes = box.addButton(tr("&Discard"), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    QString error;
    if (!outbox.discard(id, m_store, &error)) {
        QMessageBox failed(QMessageBox::Warning, tr("Discard the action"),
                           tr("The action could not be discarded: %1").arg(error),
                           QMessageBox::NoButton, this);
        failed.addButton(tr("Close"), QMessageBox::AcceptRole);
        failed.exec();
        return false;
    }
    reload();
    Q_EMIT discarded(e->caseId);
    return true;
}

void OutboxDialog::retranslateUi()
{
    setWindowTitle(tr("Actions waiting to be sent"));
    m_intro->setText(tr("These actions are saved on this PC and will be sent to the server in "
                        "order. An action that failed can be retried now or discarded."));
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Action"), tr("Taken at"), tr("Attempts"), tr("Last error")});
    m_table->setAccessibleName(tr("Actions waiting to be sent"));
    m_retry->setText(tr("&Retry now"));
    m_retry->setAccessibleName(tr("Retry now"));
    m_discard->setText(tr("&Discard…"));
    m_discard->setAccessibleName(tr("Discard the selected action"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}

void OutboxDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace pakn
