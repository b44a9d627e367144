#include "ReplyActionButtons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace pakn {

ReplyActionButtons::ReplyActionButtons(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, layout](const char *name, CaseAction action) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT clicked(action); });
        return b;
    };
    m_draft = add("saveDraftButton", CaseAction::DraftReply);
    m_draft->setShortcut(QKeySequence::Save);
    m_submit = add("submitButton", CaseAction::SubmitReply);
    m_approve = add("approveButton", CaseAction::Approve);
    m_sendBack = add("sendBackButton", CaseAction::SendBack);
    layout->addStretch(1);
    retranslateUi();
}

QPushButton *ReplyActionButtons::button(CaseAction action) const
{
    switch (action) {
    case CaseAction::DraftReply:
        return m_draft;
    case CaseAction::SubmitReply:
        return m_submit;
    case CaseAction::Approve:
        return m_approve;
    case CaseAction::SendBack:
        return m_sendBack;
    default:
        return nullptr;
    }
}

void ReplyActionButtons::update(const QList<CaseAction> &allowed, bool hasText,
                                bool editedByApprover)
{
    const auto show = [&allowed, hasText](QPushButton *b, CaseAction a, bool needsText) {
        b->setVisible(allowed.contains(a));
        b->setEnabled(allowed.contains(a) && (!needsText || hasText));
    };
    show(m_draft, CaseAction::DraftReply, true);
    show(m_submit, CaseAction::SubmitReply, true);
    show(m_approve, CaseAction::Approve, true);
    show(m_sendBack, CaseAction::SendBack, false);
    if (editedByApprover != m_edited) {
        m_edited = editedByApprover;
        retranslateUi();
    }
}

void ReplyActionButtons::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReplyActionButtons::retranslateUi()
{
    m_draft->setText(tr("Save &draft"));
    m_draft->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_submit->setText(tr("S&ubmit for approval"));
    m_submit->setToolTip(tr("Submit for approval (Ctrl+Enter)"));
    m_approve->setText(m_edited ? tr("A&pprove with my edits") : tr("A&pprove"));
    m_approve->setToolTip(tr("Approve and publish (Ctrl+Enter)"));
    m_sendBack->setText(tr("Send &back…"));
    for (QPushButton *b : {m_draft, m_submit, m_approve, m_sendBack})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
}

} // namespace pakn
