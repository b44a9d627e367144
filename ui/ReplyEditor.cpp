#include "ReplyEditor.h"

#include "ActionParamsDialog.h"
#include "ApprovalPanel.h"
#include "AttachmentStrip.h"
#include "CitizenReplyText.h"
#include "ReplyActionButtons.h"
#include "ReplyFormatBar.h"
#include "ReplyPreviewDialog.h"
#include "ReplyTemplatePicker.h"
#include "ReplyTextEdit.h"
#include "SendConfirmation.h"

#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcReplyEditor, "pakn.ui.reply")

namespace pakn {

namespace {
QPushButton *namedButton(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

ReplyEditor::ReplyEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("replyEditor"));
    buildUi();
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(AutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ReplyEditor::autosaveNow);
    connect(m_buttons, &ReplyActionButtons::clicked, this, [this](CaseAction action) {
        if (action == CaseAction::DraftReply)
            saveDraft();
        else if (action == CaseAction::SubmitReply)
            submit();
        else if (action == CaseAction::Approve)
            approve();
        else if (action == CaseAction::SendBack)
            sendBack();
    });
    connect(m_templateButton, &QPushButton::clicked, this, &ReplyEditor::insertTemplate);
    connect(m_previewButton, &QPushButton::clicked, this, &ReplyEditor::showPreview);
    connect(m_edit, &QTextEdit::textChanged, this, &ReplyEditor::textEdited);
    // Ctrl+Enter submits (or, for the approver, approves) while writing. The
    // window's Case menu offers the same command without a second shortcut,
    // which would make the key ambiguous.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *send = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        send->setContext(Qt::WidgetWithChildrenShortcut);
        connect(send, &QShortcut::activated, this, &ReplyEditor::sendPrimary);
    }
    retranslateUi();
    setCase(std::nullopt, {});
}

void ReplyEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0); // the pane ends at the window's edge
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5a00"));
    // Wraps rather than widening the window past a 1400-pixel screen.
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_hint);
    layout->addLayout(top);

    // The approver reads the changes and edits the text on two tabs, so each
    // gets the pane's whole height.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("replyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildEditorPage(), QString());
    m_approval = new ApprovalPanel(m_tabs);
    m_tabs->addTab(m_approval, QString());
    layout->addWidget(m_tabs, 1);
    m_title->setBuddy(m_edit);

    auto *footer = new QHBoxLayout;
    m_evidence = new AttachmentStrip(AttachmentStrip::Mode::Evidence, this);
    m_edit->viewport()->installEventFilter(this);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("replyLength"));
    footer->addWidget(m_evidence, 1);
    footer->addWidget(m_length, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(footer);

    m_buttons = new ReplyActionButtons(this);
    layout->addWidget(m_buttons);
    // Reading order: the text, then what to do with it; the toolbar by shortcut.
    setTabOrder(m_edit, m_templateButton);
    setTabOrder(m_templateButton, m_previewButton);
    setTabOrder(m_previewButton, m_evidence->list());
    setTabOrder(m_evidence->list(), m_evidence->attachButton());
    setTabOrder(m_evidence->attachButton(), m_buttons->first());
}

void ReplyEditor::setCaseFiles(CaseFiles *files)
{
    m_evidence->setCaseFiles(files);
}

QList<Attachment> ReplyEditor::evidence() const
{
    return m_evidence->shown();
}

QStringList ReplyEditor::sendWarnings() const
{
    return SendConfirmation::warnings(citizenText(), int(evidence().size()));
}

bool ReplyEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Files dragged onto the text are evidence, not text to insert.
    if (watched == m_edit->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
         event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = droppedFiles(drop->mimeData());
        if (!files.isEmpty() && m_evidence->canAttach()) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                m_evidence->attachFiles(files);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *ReplyEditor::buildEditorPage()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 4, 0, 0);
    m_edit = new ReplyTextEdit(page);
    m_formatBar = new ReplyFormatBar(m_edit, page);
    m_templateButton = namedButton(page, "templateButton");
    m_previewButton = namedButton(page, "previewButton");
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_formatBar);
    tools->addStretch(1);
    tools->addWidget(m_templateButton);
    tools->addWidget(m_previewButton);
    pageLayout->addLayout(tools);
    pageLayout->addWidget(m_edit, 1);
    return page;
}

QString ReplyEditor::text() const
{
    return m_edit->markdown();
}

QString ReplyEditor::citizenText() const
{
    return citizenMessage(text(), m_case ? m_case->unitName : QString());
}

bool ReplyEditor::hasUnsentText(CaseId caseId) const
{
    if (m_case && m_case->id == caseId)
        return text() != m_baseline;
    return m_unsent.contains(caseId);
}

QPushButton *ReplyEditor::button(CaseAction action) const
{
    return m_buttons->button(action);
}

void ReplyEditor::stashCurrent()
{
    if (!m_case)
        return;
    if (m_autosaveTimer.isActive())
        autosaveNow();
    const QString typed = text();
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
    const bool edited = text() != m_baseline;
    if (!sameCase)
        stashCurrent();
    m_case = c;
    m_allowed = allowed;
    if (!sameCase || !edited) {
        // A refresh of the case being edited never overwrites the user's typing.
        m_baseline = ReplyTextEdit::normalized(saved);
        const QString shown = c && m_unsent.contains(c->id) ? m_unsent.value(c->id) : saved;
        const QSignalBlocker block(m_edit);
        m_edit->setMarkdown(shown);
        m_autosaveTimer.stop();
    }
    const bool editable =
        c && (allowed.contains(CaseAction::DraftReply) ||
              allowed.contains(CaseAction::SubmitReply) || allowed.contains(CaseAction::Approve));
    m_edit->setReadOnly(!editable);
    m_edit->setEnabled(bool(c));
    m_formatBar->setEnabled(editable);
    m_templateButton->setVisible(editable);
    m_approval->setCase(c);
    m_evidence->setCase(c);
    showApprovalTab(!sameCase);
    updatePlaceholder();
    updateButtons();
}

void ReplyEditor::showApprovalTab(bool caseChanged)
{
    const bool applies = m_approval->applies();
    m_tabs->setTabVisible(1, applies);
    m_tabs->tabBar()->setVisible(applies);
    if (!applies)
        m_tabs->setCurrentIndex(0);
    else if (caseChanged) // the approver starts with what changed, when anything did
        m_tabs->setCurrentIndex(m_approval->hasPrevious() ? 1 : 0);
}

void ReplyEditor::markSent(CaseId caseId)
{
    m_unsent.remove(caseId);
    if (m_case && m_case->id == caseId) {
        m_autosaveTimer.stop();
        m_baseline = text();
        updateButtons();
    }
}

void ReplyEditor::textEdited()
{
    if (m_case && !m_edit->isReadOnly())
        m_autosaveTimer.start(); // restarts: saves once the typing pauses
    updateButtons();
}

void ReplyEditor::autosaveNow()
{
    m_autosaveTimer.stop();
    if (!m_case || !m_autosave)
        return;
    const QString typed = text();
    if (typed == m_baseline)
        return; // nothing new; a stored draft shown as it is stays stored
    if (!m_autosave(m_case->id, typed))
        qCWarning(lcReplyEditor) << "autosave of the reply to case" << m_case->id << "failed";
}

bool ReplyEditor::editedByApprover() const
{
    return m_case && m_allowed.contains(CaseAction::Approve) &&
           text() != ReplyTextEdit::normalized(m_case->replyDraft);
}

void ReplyEditor::updateButtons()
{
    const bool hasText = !text().isEmpty();
    m_buttons->update(m_case ? m_allowed : QList<CaseAction>{}, hasText, editedByApprover());
    const bool unsent = m_case && text() != ReplyTextEdit::normalized(m_case->replyDraft);
    m_hint->setVisible(unsent && !m_edit->isReadOnly());
    const qsizetype length = hasText ? citizenText().size() : 0;
    m_length->setText(ReplyPreviewDialog::lengthText(length));
    m_length->setStyleSheet(length > kChannelMessageSoftLimit ? QStringLiteral("color: #b00020")
                                                              : QString());
    m_previewButton->setEnabled(hasText);
}

void ReplyEditor::sendPrimary()
{
    if (m_allowed.contains(CaseAction::Approve))
        approve();
    else if (m_allowed.contains(CaseAction::SubmitReply))
        submit();
}

void ReplyEditor::saveDraft()
{
    if (!m_case || text().isEmpty())
        return;
    m_autosaveTimer.stop();
    Q_EMIT actionRequested(m_case->id, CaseAction::DraftReply, {{QStringLiteral("text"), text()}});
}

void ReplyEditor::submit()
{
    const QString reply = text();
    if (!m_case || reply.isEmpty() || !m_allowed.contains(CaseAction::SubmitReply))
        return;
    autosaveNow(); // the dialog may stay open a while
    if (!SendConfirmation::ask(this, tr("Submit for approval"),
                               tr("Submit this reply to the leader for approval?"), tr("&Submit"),
                               sendWarnings()))
        return;
    Q_EMIT actionRequested(m_case->id, CaseAction::SubmitReply, {{QStringLiteral("text"), reply}});
}

void ReplyEditor::approve()
{
    const QString reply = text();
    if (!m_case || reply.isEmpty() || !m_allowed.contains(CaseAction::Approve))
        return;
    autosaveNow();
    // Approving publishes the reply to the citizen: say so before doing it.
    const QString question = editedByApprover()
                                 ? tr("Approve the reply with your edits and publish it to "
                                      "the citizen?")
                                 : tr("Approve this reply and publish it to the citizen?");
    if (!SendConfirmation::ask(this, tr("Approve reply"), question, tr("Approve and publish"),
                               sendWarnings()))
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

void ReplyEditor::insertTemplate()
{
    if (!m_case || m_edit->isReadOnly())
        return;
    const QString field = m_case->field;
    const QList<ReplyTemplate> templates =
        m_templates ? m_templates(field) : ReferenceData::defaults().templatesFor(field);
    ReplyTemplatePicker picker(templates, *m_case, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    m_edit->insertParagraphs(picker.filledText());
    m_edit->setFocus();
}

void ReplyEditor::showPreview()
{
    ReplyPreviewDialog preview(text(), m_case ? m_case->unitName : QString(), this);
    preview.setEvidence(m_evidence->evidenceForPreview());
    preview.exec();
    m_edit->setFocus();
}

void ReplyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReplyEditor::retranslateUi()
{
    m_title->setText(tr("Reply to the citizen"));
    m_tabs->setTabText(0, tr("Reply te&xt"));
    m_tabs->setTabText(1, tr("Changes since the previous version"));
    m_edit->setAccessibleName(tr("Reply text"));
    m_formatBar->setAccessibleName(tr("Formatting"));
    m_hint->setText(tr("Not yet sent — autosaved on this PC"));
    m_templateButton->setText(tr("&Template…"));
    m_templateButton->setAccessibleName(tr("Insert a reply template"));
    m_previewButton->setText(tr("P&review…"));
    m_previewButton->setAccessibleName(tr("Preview the reply as the citizen will see it"));
    m_length->setAccessibleName(tr("Reply length"));
    updatePlaceholder();
    updateButtons();
}

void ReplyEditor::updatePlaceholder()
{
    m_edit->setPlaceholderText(m_edit->isReadOnly()
                                   ? tr("No reply drafted yet.")
                                   : tr("Write the reply: what was verified, what was done, "
                                        "with evidence (photos, documents)…"));
}

} // namespace pakn
