#pragma once

// The row of buttons for the selected case's workflow actions other than the
// reply (the ReplyEditor has those): accept, assign, route, refuse, return,
// transfer, note. Only the actions the shared workflow table allows are
// shown; a click asks for the parameters in a small dialog, then reports the
// request — performing it is the caller's job.

#include "domain/Case.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <functional>
#include <optional>

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

    ActionBar(UnitsSource units, AccountsSource accounts, QWidget *parent = nullptr);

    // The actions this bar offers, in the order shown.
    static const QList<CaseAction> &actions();

    void setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed);
    QPushButton *button(CaseAction action) const { return m_buttons.value(action); }

Q_SIGNALS:
    void actionRequested(qint64 caseId, pakn::CaseAction action, const QJsonObject &params);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void trigger(CaseAction action);

    UnitsSource m_units;
    AccountsSource m_accounts;
    std::optional<Case> m_case;
    QHash<CaseAction, QPushButton *> m_buttons;
    QLabel *m_none = nullptr;
};

} // namespace pakn
