#include "CasePicker.h"

#include "DisplayNames.h"
#include "ListKeyForwarder.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pakn {

CasePicker::CasePicker(Finder finder, CaseId exclude, QWidget *parent)
    : QWidget(parent), m_finder(std::move(finder)), m_exclude(exclude),
      m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("casePicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Case number or words of the title…"));
    m_search->setAccessibleName(tr("Find the case"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setAccessibleName(tr("Matching cases"));
    m_list->setMinimumHeight(160);
    m_empty->setStyleSheet(QStringLiteral("color: #777"));
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &CasePicker::search);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this] { Q_EMIT currentCaseChanged(currentCaseId()); });
    new ListKeyForwarder(m_search, m_list);
    search({});
}

CasePicker::Finder CasePicker::storeFinder(const CaseStore &store, int limit)
{
    return [&store, limit](const QString &text) {
        bool number = false;
        const CaseId id = text.trimmed().toLongLong(&number);
        QList<CaseRow> rows;
        if (number) {
            if (const auto c = store.caseById(id)) {
                CaseRow r;
                r.id = c->id;
                r.title = c->title;
                r.status = c->status;
                r.unitName = c->unitName;
                r.receivedAt = c->receivedAt;
                rows.append(r);
            }
            return rows;
        }
        if (text.trimmed().isEmpty())
            return rows;
        CaseQuery q;
        q.queue = Queue::All;
        q.search = text;
        return store.page(q, {}, limit);
    };
}

CaseId CasePicker::currentCaseId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CasePicker::search(const QString &text)
{
    m_list->clear();
    for (const CaseRow &r : m_finder(text)) {
        // A merged case has gone already; a case is never merged into itself.
        if (r.id == m_exclude || r.status == CaseStatus::Merged)
            continue;
        auto *item = new QListWidgetItem(
            tr("#%1 — %2 (%3)").arg(r.id).arg(r.title, DisplayNames::status(r.status)), m_list);
        item->setToolTip(
            tr("Received %1, %2")
                .arg(DisplayNames::dateTime(r.receivedAt),
                     r.unitName.isEmpty() ? DisplayNames::status(r.status) : r.unitName));
        item->setData(Qt::UserRole, r.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setText(text.trimmed().isEmpty() ? tr("Type a case number or words of its title.")
                     : m_list->count() == 0   ? tr("No other case matches.")
                                              : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    Q_EMIT currentCaseChanged(currentCaseId());
}

} // namespace pakn
