#pragma once

// The actions saved on this PC and not yet accepted by the server: case,
// action, when it was taken, attempts and the last error. The user can ask
// for an immediate retry, or discard an action that failed (after a
// confirmation; a discarded reply's text becomes the case's local draft).

#include "domain/Case.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pakn {

class CaseStore;

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(CaseStore &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }

    // Re-reads the outbox (after a sync round or a discard).
    void reload();
    // Discards the selected entry after asking; false when nothing was discarded.
    bool discardSelected();

Q_SIGNALS:
    void retryRequested();
    // The entry is gone; its case's cached copy should be fetched again.
    void discarded(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    qint64 selectedEntry() const;

    CaseStore &m_store;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_close;
};

} // namespace pakn
