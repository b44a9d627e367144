#include "ActionBar.h"

#include "ActionParamsDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pakn {

ActionBar::ActionBar(UnitsSource units, AccountsSource accounts, QWidget *parent)
    : QWidget(parent), m_units(std::move(units)), m_accounts(std::move(accounts))
{
    setObjectName(QStringLiteral("actionBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (CaseAction a : actions()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("action_") + toCode(a));
        b->setVisible(false);
        connect(b, &QPushButton::clicked, this, [this, a] { trigger(a); });
        layout->addWidget(b);
        m_buttons.insert(a, b);
    }
    m_none = new QLabel(this);
    m_none->setStyleSheet(QStringLiteral("color: #777"));
    layout->addWidget(m_none);
    layout->addStretch(1);
    retranslateUi();
    setCase(std::nullopt, {});
}

const QList<CaseAction> &ActionBar::actions()
{
    static const QList<CaseAction> list = {
        CaseAction::Accept, CaseAction::Assign,   CaseAction::Route, CaseAction::Refuse,
        CaseAction::Return, CaseAction::Transfer, CaseAction::Note};
    return list;
}

void ActionBar::setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed)
{
    m_case = c;
    bool any = false;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const bool show = c && allowed.contains(it.key());
        it.value()->setVisible(show);
        any = any || show;
    }
    m_none->setVisible(c && !any);
}

void ActionBar::trigger(CaseAction action)
{
    if (!m_case)
        return;
    const CaseId id = m_case->id;
    if (!ActionParamsDialog::needsInput(action)) {
        Q_EMIT actionRequested(id, action, {});
        return;
    }
    ActionParamsDialog dialog(action, *m_case, m_units(), m_accounts(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT actionRequested(id, action, dialog.params());
}

void ActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActionBar::retranslateUi()
{
    // Button texts carry their own mnemonics, distinct from the reply buttons'.
    m_buttons[CaseAction::Accept]->setText(tr("Acc&ept into the unit"));
    m_buttons[CaseAction::Assign]->setText(tr("Assi&gn officer…"));
    m_buttons[CaseAction::Route]->setText(tr("Classify and &route…"));
    m_buttons[CaseAction::Refuse]->setText(tr("Refu&se…"));
    m_buttons[CaseAction::Return]->setText(tr("Re&turn to coordinators…"));
    m_buttons[CaseAction::Transfer]->setText(tr("Transfer to another un&it…"));
    m_buttons[CaseAction::Note]->setText(tr("Add &note…"));
    m_none->setText(tr("No other actions for you on this case."));
}

} // namespace pakn
