#pragma once

// The reply draft under the case detail. Officers write the reply (bold,
// italic, lists; stored as Markdown), insert templates, preview it as the
// citizen will receive it and submit it for approval; leaders see what
// changed since the previous submission and approve (possibly after
// editing) or send back with a comment. What the user typed is never lost:
// it is autosaved a few seconds after the last keystroke (setAutosave), the
// unsent text of every case stays in memory while the selection moves, and
// is handed out through textLeft() when the user leaves the case.

#include "ReplyTextEdit.h"
#include "domain/Case.h"
#include "domain/ReferenceData.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace pakn {

class ApprovalPanel;
class AttachmentStrip;
class CaseFiles;
class ReplyActionButtons;
class ReplyFormatBar;

class ReplyEditor : public QWidget
{
    Q_OBJECT
public:
    using TemplateSource = std::function<QList<ReplyTemplate>(const QString &field)>;
    using Autosave = std::function<bool(CaseId, const QString &markdown)>;

    explicit ReplyEditor(QWidget *parent = nullptr);

    // Where the templates for a case's field come from (the cached reference data).
    void setTemplateSource(TemplateSource source) { m_templates = std::move(source); }
    // Where evidence files are attached, cached and downloaded (none: the
    // evidence is listed by name only and cannot be added).
    void setCaseFiles(CaseFiles *files);
    // Where typed text is saved durably; an empty text removes the saved one.
    void setAutosave(Autosave save) { m_autosave = std::move(save); }
    static constexpr int AutosaveDelayMs = 2000;

    // Shows the case's reply. `storedDraft` is a local draft kept on this PC
    // (autosaved, or refused by the server); it wins over the case's own
    // draft. Calling it again for the same case (after a sync) keeps what
    // the user is typing.
    void setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed,
                 const QString &storedDraft = {});

    // Reports the current case's unsent text through textLeft() (before the
    // window closes or the user logs out), as leaving the case would.
    void keepUnsent() { stashCurrent(); }

    // The action on `caseId` was saved: its text is no longer "unsent".
    void markSent(CaseId caseId);

    QString text() const; // Markdown
    CaseId currentCaseId() const { return m_case ? m_case->id : 0; }
    bool hasUnsentText(CaseId caseId) const;
    ReplyTextEdit *editor() const { return m_edit; }
    QPushButton *button(CaseAction action) const;
    QPushButton *templateButton() const { return m_templateButton; }
    QPushButton *previewButton() const { return m_previewButton; }
    QLabel *lengthLabel() const { return m_length; }
    ApprovalPanel *approvalPanel() const { return m_approval; }
    AttachmentStrip *evidenceStrip() const { return m_evidence; }
    // The photos and documents that go to the citizen with the reply.
    QList<Attachment> evidence() const;
    // The warnings the send confirmation would show now.
    QStringList sendWarnings() const;
    // The plain text the citizen would receive now (as the preview shows it).
    QString citizenText() const;

    // Ctrl+Enter: approve for a leader, else submit; both ask first.
    void sendPrimary();
    void insertTemplate();
    void showPreview();

Q_SIGNALS:
    void actionRequested(qint64 caseId, pakn::CaseAction action, const QJsonObject &params);
    // The user moved away from a case whose text differs from what was saved.
    void textLeft(qint64 caseId, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    // Files dropped on the reply text become evidence.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildEditorPage();
    void showApprovalTab(bool caseChanged);
    void retranslateUi();
    void stashCurrent();
    void textEdited();
    void autosaveNow();
    void updateButtons();
    void updatePlaceholder();
    void saveDraft();
    void submit();
    void approve();
    void sendBack();
    bool editedByApprover() const;

    std::optional<Case> m_case;
    QList<CaseAction> m_allowed;
    QString m_baseline; // the text (normalized Markdown) as last loaded or saved
    QHash<CaseId, QString> m_unsent;
    TemplateSource m_templates;
    Autosave m_autosave;
    QTimer m_autosaveTimer;
    QLabel *m_title;
    QLabel *m_hint;
    QTabWidget *m_tabs;
    ApprovalPanel *m_approval;
    ReplyFormatBar *m_formatBar;
    ReplyTextEdit *m_edit;
    AttachmentStrip *m_evidence;
    QLabel *m_length;
    QPushButton *m_templateButton;
    QPushButton *m_previewButton;
    ReplyActionButtons *m_buttons;
};

} // namespace pakn
