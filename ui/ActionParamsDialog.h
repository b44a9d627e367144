#pragma once

// A small dialog asking for what one action needs: a unit, field and urgency
// for routing; a unit and reason for a transfer; an officer to assign; a
// reason, comment or note text. OK stays disabled until everything required
// is filled in; params() gives the action's parameters as the API names them.

#include "domain/Case.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace pakn {

class ActionParamsDialog : public QDialog
{
    Q_OBJECT
public:
    // `units` and `accounts` are the choices for unit and officer pickers.
    ActionParamsDialog(CaseAction action, const Case &c, const QList<Unit> &units,
                       const QList<Account> &accounts, QWidget *parent = nullptr);

    // Whether the action asks the user for anything at all.
    static bool needsInput(CaseAction action);

    QJsonObject params() const;

    // For tests and keyboard users: the widgets by role.
    QComboBox *unitBox() const { return m_unit; }
    QComboBox *officerBox() const { return m_officer; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    void updateOk();
    QString textKey() const; // "reason", "comment" or "text"

    CaseAction m_action;
    QComboBox *m_unit = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_officer = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pakn
