#include "BulkActionPanel.h"

#include "cache/CaseStore.h"
#include "cache/LocalActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pakn {

BulkActionPanel::BulkActionPanel(CaseStore &store, LocalActions &actions, QWidget *parent)
    : QWidget(parent), m_store(store), m_actions(actions), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkActions"));
    // The label above the buttons keeps the panel as narrow as the action bar.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(m_label);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);
    const std::optional<Account> me = store.me();
    for (CaseAction a : BulkActionPanel::actions()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("bulk_") + toCode(a));
        // Only the actions the user's role may take at all are offered.
        b->setVisible(me && WorkflowRules::rule(a).roles.contains(me->role));
        connect(b, &QPushButton::clicked, this, [this, a] { trigger(a); });
        row->addWidget(b);
        m_buttons.insert(a, b);
    }
    row->addStretch(1);
    retranslateUi();
    setVisible(false);
}

const QList<CaseAction> &BulkActionPanel::actions()
{
    static const QList<CaseAction> list = {CaseAction::Accept, CaseAction::Assign,
                                           CaseAction::Route};
    return list;
}

void BulkActionPanel::setSelection(const QList<CaseId> &ids)
{
    m_ids = ids;
    retranslateUi();
    setVisible(ids.size() > 1);
}

QList<BulkResult> BulkActionPanel::run(CaseAction action, const QJsonObject &params)
{
    QList<BulkResult> results;
    for (CaseId id : std::as_const(m_ids)) {
        BulkResult r;
        r.caseId = id;
        if (const std::optional<Case> c = m_store.caseById(id))
            r.title = c->title;
        r.outcome = m_actions.perform(id, action, params);
        results.append(r);
    }
    return results;
}

void BulkActionPanel::trigger(CaseAction action)
{
    if (m_ids.size() < 2)
        return;
    if (!ActionParamsDialog::needsInput(action)) {
        runAndReport(action, {});
        return;
    }
    QList<Case> cases;
    for (CaseId id : std::as_const(m_ids))
        if (std::optional<Case> c = m_store.caseById(id))
            cases.append(*c);
    if (cases.isEmpty())
        return;
    ActionChoices choices;
    choices.units = m_store.units();
    choices.accounts = m_store.accounts();
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ActionParamsDialog(action, cases, choices, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this,
            [this, action, d = m_dialog.data()] { runAndReport(action, d->params()); });
    m_dialog->open();
}

void BulkActionPanel::runAndReport(CaseAction action, const QJsonObject &params)
{
    const QList<BulkResult> results = run(action, params);
    if (m_result)
        m_result->close();
    m_result = new BulkResultDialog(action, results, this);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    m_result->open();
    Q_EMIT performed();
}

void BulkActionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkActionPanel::retranslateUi()
{
    // Mnemonics chosen apart from the action bar's and the reply editor's.
    const int n = int(m_ids.size());
    m_label->setText(tr("%n case(s) selected, for all of them:", nullptr, n));
    m_buttons[CaseAction::Accept]->setText(tr("Accept a&ll"));
    m_buttons[CaseAction::Assign]->setText(tr("A&ssign all…"));
    m_buttons[CaseAction::Route]->setText(tr("Ro&ute all…"));
    for (QPushButton *b : std::as_const(m_buttons))
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')));
}

} // namespace pakn
