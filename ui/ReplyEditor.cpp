#include "ReplyEditor.h"

#include "ActionParamsDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pakn {

ReplyEditor::ReplyEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("replyEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5a00"));
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_hint);
    layout->addLayout(top);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("replyText"));
    m_edit->setTabChangesFocus(true);
    m_title->setBuddy(m_edit);
    layout->addWidget(m_edit, 1);

    auto *buttons = new QHBoxLayout;
    m_draft = new QPushButton(this);
    m_draft->setObjectName(QStringLiteral("saveDraftButton"));
    m_draft->setShortcut(QKeySequence::Save);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_sendBack = new QPushButton(this);
    m_sendBack->setObjectName(QStringLiteral("sendBackButton"));
    buttons->addWidget(m_draft);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_sendBack);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_draft, &QPushButton::clicked, this, [this] {
        if (m_case)
            Q_EMIT actionRequested(m_case->id, CaseAction::DraftReply,
                                   {{QStringLiteral("text"), text()}});
    });
    connect(m_submit, &QPushButton::clicked, this, &ReplyEditor::submit);
    connect(m_approve, &QPushButton::clicked, this, &ReplyEditor::approve);
    connect(m_sendBack, &QPushButton::clicked, this, &ReplyEditor::sendBack);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyEditor::updateButtons);

    retranslateUi();
    setCase(std::nullopt, {});
}

QString ReplyEditor::text() const
{
    return m_edit->toPlainText().trimmed();
}

bool ReplyEditor::hasUnsentText(CaseId caseId) const
{
    if (m_case && m_case->id == caseId)
        return m_edit->toPlainText() != m_baseline;
    return m_unsent.contains(caseId);
}

QPushButton *ReplyEditor::button(CaseAction action) const
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

void ReplyEditor::stashCurrent()
{
    if (!m_case)
        return;
    const QString typed = m_edit->toPlainText();
    if (typed == m_baseline) {
        m_unsent.remove(m_case->id);
        return;
    }
    m_unsent.insert(m_case->id, typed);
    Q_EMIT textLeft(m_case->id, typed);
}

void ReplyEditor::setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed,
                          const QString &storedDraft)
{
    const QString saved = storedDraft.isEmpty() && c ? c->replyDraft : storedDraft;
    const bool sameCase = c && m_case && c->id == m_case->id;
    const bool edited = m_edit->toPlainText() != m_baseline;
    if (!sameCase)
        stashCurrent();
    m_case = c;
    m_allowed = allowed;
    if (!sameCase || !edited) {
        // A refresh of the case being edited never overwrites the user's typing.
        m_baseline = saved;
        const QString shown = c && m_unsent.contains(c->id) ? m_unsent.value(c->id) : saved;
        const QSignalBlocker block(m_edit);
        m_edit->setPlainText(shown);
    }
    const bool editable =
        c && (allowed.contains(CaseAction::DraftReply) ||
              allowed.contains(CaseAction::SubmitReply) || allowed.contains(CaseAction::Approve));
    m_edit->setReadOnly(!editable);
    m_edit->setEnabled(bool(c));
    updatePlaceholder();
    updateButtons();
}

void ReplyEditor::markSent(CaseId caseId)
{
    m_unsent.remove(caseId);
    if (m_case && m_case->id == caseId) {
        m_baseline = m_edit->toPlainText();
        updateButtons();
    }
}

void ReplyEditor::updateButtons()
{
    const bool hasText = !text().isEmpty();
    auto show = [this, hasText](QPushButton *b, CaseAction a, bool needsText) {
        const bool allowed = m_case && m_allowed.contains(a);
        b->setVisible(allowed);
        b->setEnabled(allowed && (!needsText || hasText));
    };
    show(m_draft, CaseAction::DraftReply, true);
    show(m_submit, CaseAction::SubmitReply, true);
    show(m_approve, CaseAction::Approve, true);
    show(m_sendBack, CaseAction::SendBack, false);
    const bool unsent = m_case && m_edit->toPlainText() != m_case->replyDraft;
    m_hint->setVisible(unsent && !m_edit->isReadOnly());
}

bool ReplyEditor::confirmShort(const QString &reply)
{
    if (reply.size() >= ShortReplyLength)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Very short reply"),
                    tr("This reply has only %n character(s). Citizens find short, generic "
                       "answers unsatisfying. Send it anyway?",
                       nullptr, int(reply.size())),
                    QMessageBox::NoButton, this);
    QPushButton *send = box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == send;
}

void ReplyEditor::submit()
{
    const QString reply = text();
    if (!m_case || reply.isEmpty() || !confirmShort(reply))
        return;
    Q_EMIT actionRequested(m_case->id, CaseAction::SubmitReply, {{QStringLiteral("text"), reply}});
}

void ReplyEditor::approve()
{
    const QString reply = text();
    if (!m_case || reply.isEmpty() || !confirmShort(reply))
        return;
    // Approving publishes the reply to the citizen: say so before doing it.
    QMessageBox box(QMessageBox::Question, tr("Approve reply"),
                    tr("Approve this reply and publish it to the citizen?"), QMessageBox::NoButton,
                    this);
    QPushButton *yes = box.addButton(tr("Approve and publish"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    Q_EMIT actionRequested(m_case->id, CaseAction::Approve, {{QStringLiteral("text"), reply}});
}

void ReplyEditor::sendBack()
{
    if (!m_case)
        return;
    ActionParamsDialog dialog(CaseAction::SendBack, *m_case, {}, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT actionRequested(m_case->id, CaseAction::SendBack, dialog.params());
}

void ReplyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReplyEditor::retranslateUi()
{
    m_title->setText(tr("Reply to the &citizen"));
    m_hint->setText(tr("Not yet sent — kept on this PC"));
    m_draft->setText(tr("Save &draft"));
    m_draft->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_submit->setText(tr("S&ubmit for approval"));
    m_approve->setText(tr("A&pprove"));
    m_sendBack->setText(tr("Send &back…"));
    updatePlaceholder();
}

void ReplyEditor::updatePlaceholder()
{
    m_edit->setPlaceholderText(m_edit->isReadOnly()
                                   ? tr("No reply drafted yet.")
                                   : tr("Write the reply: what was verified, what was done, "
                                        "with evidence (photos, documents)…"));
}

} // namespace pakn
