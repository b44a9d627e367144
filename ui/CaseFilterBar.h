#pragma once

// The filters above the case table: field, unit, status, urgency, channel,
// received date range and assigned officer, each "any" by default, plus
// "Clear filters" and "Save as queue…". Every change is reported at once as
// a CaseFilter; the choices (units, staff, fields) come from the cache.
// Everything has an accessible name; Tab walks left to right from the search
// box. The labels carry no Alt letters: the case view and the reply need them.

#include "cache/CaseStore.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QDateEdit;
class QLabel;
class QPushButton;

namespace pakn {

class CaseFilterBar : public QWidget
{
    Q_OBJECT
public:
    // Narrow enough for two filters a row: on a small or scaled screen
    // (1280 px wide at 150 %) the bar reflows instead of squeezing the case pane.
    QSize minimumSizeHint() const override;

    explicit CaseFilterBar(const CaseStore &store, QWidget *parent = nullptr);

    CaseFilter filter() const;
    // Shows a saved queue's filter (without reporting it back).
    void setFilter(const CaseFilter &filter);
    // Re-reads units, staff and fields from the cache (after a sync round).
    void reloadChoices();
    // The controls in Tab order, for placing the bar in a window's tab chain.
    QWidgetList tabChain() const;

Q_SIGNALS:
    void filterChanged(const pakn::CaseFilter &filter);
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QComboBox *addCombo(const char *name);
    QDateEdit *addDate(const char *name);
    void retranslateUi();
    void fillStaticChoices();
    void changed();

    const CaseStore &m_store;
    QComboBox *m_field;
    QComboBox *m_unit;
    QComboBox *m_status;
    QComboBox *m_urgency;
    QComboBox *m_channel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_assignee;
    QPushButton *m_clear;
    QPushButton *m_save;
    QList<QLabel *> m_labels; // in the order of the controls above
    QList<QWidget *> m_controls;
    QGridLayout *m_grid = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    int m_perRow = 0;
    int pairWidth() const; // the widest label and control, side by side
    void placeFilters(int perRow);
    bool m_quiet = false; // filling or setting: no filterChanged
};

} // namespace pakn
