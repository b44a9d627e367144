#pragma once

// The reply's action buttons: save the draft, submit for approval, approve
// (read as "approve with my edits" once the approver changed the text) and
// send back. Each is shown only when the workflow allows the action now, and
// the ones that send text are enabled only when there is text.

#include "domain/CaseTypes.h"

#include <QWidget>

class QPushButton;

namespace pakn {

class ReplyActionButtons : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyActionButtons(QWidget *parent = nullptr);

    void update(const QList<CaseAction> &allowed, bool hasText, bool editedByApprover);
    QPushButton *button(CaseAction action) const;
    QPushButton *first() const { return m_draft; } // for the tab order

Q_SIGNALS:
    void clicked(pakn::CaseAction action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_edited = false;
    QPushButton *m_draft;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_sendBack;
};

} // namespace pakn
