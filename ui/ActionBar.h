#pragma once

// The buttons for the selected case's workflow actions other than the reply
// (the ReplyEditor has those) and the phone reveal (in the case view): every
// action the shared rule table allows this user now. A click asks for the
// parameters in an ActionParamsDialog (window-modal, so the rest of the desk
// keeps painting), then reports the request: performing it is the caller's job.

#include "ActionParamsDialog.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace pakn {

class ActionBar : public QWidget
{
    Q_OBJECT
public:
    // Gives the units and accounts for the pickers when a dialog opens.
    using UnitsSource = std::function<QList<Unit>()>;
    using AccountsSource = std::function<QList<Account>()>;
    using Checker = std::function<ActionOutcome(const Case &, CaseAction, const QJsonObject &)>;

    ActionBar(UnitsSource units, AccountsSource accounts, QWidget *parent = nullptr);

    // How the merge dialog finds cases, and how a dialog checks its action before closing.
    void setCaseFinder(CasePicker::Finder finder) { m_finder = std::move(finder); }
    void setChecker(Checker check) { m_check = std::move(check); }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The actions this bar offers, in the order shown.
    static const QList<CaseAction> &actions();

    void setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed);
    QPushButton *button(CaseAction action) const { return m_buttons.value(action); }
    // The dialog currently open, if any (for tests).
    ActionParamsDialog *openDialog() const { return m_dialog; }

    // The choices a dialog offers now (also used by bulk actions).
    ActionChoices choices() const;

Q_SIGNALS:
    void actionRequested(qint64 caseId, pakn::CaseAction action, const QJsonObject &params);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void trigger(CaseAction action);
    void relayout();

    UnitsSource m_units;
    AccountsSource m_accounts;
    CasePicker::Finder m_finder;
    Checker m_check;
    std::function<QDateTime()> m_now;
    std::optional<Case> m_case;
    QList<CaseAction> m_allowed;
    QHash<CaseAction, QPushButton *> m_buttons;
    QGridLayout *m_grid;
    QLabel *m_none = nullptr;
    QPointer<ActionParamsDialog> m_dialog;
};

} // namespace pakn
