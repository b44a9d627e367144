#pragma once

// Bulk actions on the cases selected in the table: with two or more selected,
// accept, assign and route apply to each of them with one dialog for the
// shared parameters. Each case goes through LocalActions like a single action
// (checked by the rule table, applied to the cache, queued in the outbox);
// a BulkResultDialog then says per case what was done or why not.

#include "ActionParamsDialog.h"
#include "BulkResultDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pakn {

class CaseStore;
class LocalActions;

class BulkActionPanel : public QWidget
{
    Q_OBJECT
public:
    BulkActionPanel(CaseStore &store, LocalActions &actions, QWidget *parent = nullptr);

    static const QList<CaseAction> &actions();

    // Shows the panel for two or more cases (hidden otherwise).
    void setSelection(const QList<CaseId> &ids);
    const QList<CaseId> &selection() const { return m_ids; }

    // Performs `action` on every selected case, in order.
    QList<BulkResult> run(CaseAction action, const QJsonObject &params);

    QPushButton *button(CaseAction action) const { return m_buttons.value(action); }
    ActionParamsDialog *openDialog() const { return m_dialog; }
    BulkResultDialog *resultDialog() const { return m_result; }

Q_SIGNALS:
    // Some cases changed: the caller syncs and refreshes.
    void performed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void trigger(CaseAction action);
    void runAndReport(CaseAction action, const QJsonObject &params);

    CaseStore &m_store;
    LocalActions &m_actions;
    QList<CaseId> m_ids;
    QLabel *m_label;
    QHash<CaseAction, QPushButton *> m_buttons;
    QPointer<ActionParamsDialog> m_dialog;
    QPointer<BulkResultDialog> m_result;
};

} // namespace pakn
