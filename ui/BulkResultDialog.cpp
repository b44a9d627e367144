#include "BulkResultDialog.h"

#include "DisplayNames.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pakn {

BulkResultDialog::BulkResultDialog(CaseAction action, const QList<BulkResult> &results,
                                   QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(tr("%1: result per case").arg(DisplayNames::action(action)));
    const auto done = std::count_if(results.cbegin(), results.cend(),
                                    [](const BulkResult &r) { return r.outcome.ok(); });
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(done == results.size()
                           ? tr("Done for all %1 cases; saved on this PC and being sent to the "
                                "server.")
                                 .arg(results.size())
                           : tr("Done for %1 of %2 cases; the others were not changed.")
                                 .arg(done)
                                 .arg(results.size()));

    m_table->setObjectName(QStringLiteral("bulkResults"));
    m_table->setAccessibleName(tr("Result per case"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Title"), tr("Result")});
    m_table->setRowCount(int(results.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < results.size(); ++i) {
        const BulkResult &r = results.at(i);
        auto *id = new QTableWidgetItem(QString::number(r.caseId));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, id);
        auto *title = new QTableWidgetItem(r.title);
        title->setToolTip(r.title);
        m_table->setItem(i, 1, title);
        auto *result = new QTableWidgetItem(
            r.outcome.ok() ? tr("Saved, being sent") : DisplayNames::outcome(r.outcome.code()));
        result->setForeground(r.outcome.ok() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        m_table->setItem(i, 2, result);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    resize(760, 360);
}

} // namespace pakn
