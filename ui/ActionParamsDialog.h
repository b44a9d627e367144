#pragma once

// The dialog that asks for what one workflow action needs, for one case or
// for several selected cases at once (bulk: only the shared parameters):
// a unit picker for route and transfer (with field and urgency for route),
// an officer of the case's unit for assign, a case picker for merge, dates
// for extensions, the citizen's rating, and a reason, comment or note where
// the rule table asks for one. OK stays disabled until everything required
// is there; for a single case the action is checked with the local rules
// before the dialog closes, so an error is shown where it can be fixed.

#include "CasePicker.h"
#include "domain/WorkflowRules.h"

#include <QDialog>
#include <QJsonObject>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

namespace pakn {

class UnitPicker;

// What the pickers offer and how an action is checked before it is sent.
struct ActionChoices
{
    QList<Unit> units;
    QList<Account> accounts;
    CasePicker::Finder findCases;
    std::function<ActionOutcome(const Case &, CaseAction, const QJsonObject &)> check;
    std::function<QDateTime()> now;
};

class ActionParamsDialog : public QDialog
{
    Q_OBJECT
public:
    // `cases`: one case, or the selected cases of a bulk action (not empty).
    ActionParamsDialog(CaseAction action, const QList<Case> &cases, const ActionChoices &choices,
                       QWidget *parent = nullptr);
    // One case with only units and accounts to choose from (the reply editor's send back).
    ActionParamsDialog(CaseAction action, const Case &c, const QList<Unit> &units,
                       const QList<Account> &accounts, QWidget *parent = nullptr)
        : ActionParamsDialog(action, {c}, ActionChoices{units, accounts, {}, {}, {}}, parent)
    {}

    // Whether the action asks the user for anything at all.
    static bool needsInput(CaseAction action);

    CaseAction action() const { return m_action; }
    QJsonObject params() const;

    // For tests and keyboard users: the widgets by role (null when not used).
    UnitPicker *unitPicker() const { return m_unit; }
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *urgencyBox() const { return m_urgency; }
    QComboBox *officerBox() const { return m_officer; }
    CasePicker *casePicker() const { return m_casePicker; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *otherDateBox() const { return m_otherDate; }
    QButtonGroup *ratingGroup() const { return m_rating; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addUnitRows(QFormLayout *form);
    void addDateRows(QFormLayout *form);
    void addRatingRow(QFormLayout *form);
    void addTextRow(QFormLayout *form);
    void updateOk();
    QString textKey() const; // "reason", "comment" or "text"
    bool textRequired() const;

    CaseAction m_action;
    QList<Case> m_cases;
    ActionChoices m_choices;
    QWidget *m_first = nullptr;
    UnitPicker *m_unit = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_officer = nullptr;
    CasePicker *m_casePicker = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_otherDate = nullptr;
    QButtonGroup *m_rating = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pakn
