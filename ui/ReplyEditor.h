#pragma once

// The reply draft under the case detail. Officers save drafts and submit them
// for approval; leaders approve (possibly after editing) or send back with a
// comment. What the user typed is never lost when the selection moves: the
// unsent text of every case stays in memory, and is also handed out through
// textLeft() so the caller can keep it as a local draft across restarts.

#include "domain/Case.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pakn {

class ReplyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyEditor(QWidget *parent = nullptr);

    // Shows the case's reply. `storedDraft` is a local draft kept on this PC
    // (e.g. after the server refused a submission); it wins over the case's
    // own draft. Calling it again for the same case (after a sync) keeps
    // what the user is typing.
    void setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed,
                 const QString &storedDraft = {});

    // Reports the current case's unsent text through textLeft() (before the
    // window closes or the user logs out), as leaving the case would.
    void keepUnsent() { stashCurrent(); }

    // The action on `caseId` was saved: its text is no longer "unsent".
    void markSent(CaseId caseId);

    QString text() const;
    CaseId currentCaseId() const { return m_case ? m_case->id : 0; }
    bool hasUnsentText(CaseId caseId) const;
    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *button(CaseAction action) const;

    static constexpr int ShortReplyLength = 20;

Q_SIGNALS:
    void actionRequested(qint64 caseId, pakn::CaseAction action, const QJsonObject &params);
    // The user moved away from a case whose text differs from what was saved.
    void textLeft(qint64 caseId, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void stashCurrent();
    void updateButtons();
    void updatePlaceholder();
    void submit();
    void approve();
    void sendBack();
    bool confirmShort(const QString &text);

    std::optional<Case> m_case;
    QList<CaseAction> m_allowed;
    QString m_baseline; // the text as last loaded or saved; edits differ from it
    QHash<CaseId, QString> m_unsent;
    QLabel *m_title;
    QLabel *m_hint;
    QPlainTextEdit *m_edit;
    QPushButton *m_draft;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_sendBack;
};

} // namespace pakn
