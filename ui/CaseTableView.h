#pragma once

// The case table: rows of fixed height (so a long queue scrolls without
// measuring every row), sorting by clicking a header (the model re-queries
// the cache), and the selected case kept across reloads of the model when it
// is still in the queue. Several rows can be selected (bulk actions); the
// user chooses the columns from the header's context menu (or "Choose
// columns…", Ctrl+Shift+K), and their layout is remembered in the profile's
// cache. Opening a case clears its unread mark; search words are highlighted
// in the titles.

#include "domain/Case.h"

#include <QTableView>
#include <QTimer>

class QMenu;

namespace pakn {

class CaseTableModel;
class MatchHighlightDelegate;

class CaseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTableView(QWidget *parent = nullptr);

    void setCaseModel(CaseTableModel *model);
    CaseId currentCaseId() const { return m_current; }
    // Selects the case when it is loaded; false otherwise.
    bool selectCase(CaseId id);
    // Selects the first row when nothing is selected, so the detail pane is
    // never empty while the queue has cases.
    void selectFirstIfNone();
    // The same for the rows of a search as typed, but the case is shown (and
    // marked read) only once the rows rest: the first rows of each keystroke
    // on the way are not read.
    void selectFirstIfNoneWhenRested();

    // The selected cases, in table order (the current one included).
    QList<CaseId> selectedCaseIds() const;
    // The words to highlight in the titles (the search box's text).
    void setHighlight(const QString &search);
    // Opens the column chooser (the header's context menu) at `pos` in the header.
    void showColumnMenu(const QPoint &pos);
    QAction *chooseColumnsAction() const { return m_chooseColumns; }

Q_SIGNALS:
    // The selected case changed (0: none selected).
    void currentCaseChanged(qint64 caseId);
    // The set of selected rows changed (for bulk actions).
    void selectedCasesChanged(const QList<qint64> &caseIds);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Tells the model how many rows a screenful is (the first rows of a search).
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLanguageColumns(bool onlyWiden);
    void restoreColumns();
    void saveColumns();
    void retranslateUi();
    void onCurrentRowChanged(const QModelIndex &current);
    void setCurrent(CaseId id);
    void showCurrent(); // marks the current case read and tells the window

    CaseTableModel *m_model = nullptr;
    MatchHighlightDelegate *m_highlight = nullptr;
    QAction *m_chooseColumns = nullptr;
    QTimer m_saveColumns; // a drag resizes a column many times: save once it rests
    // A held arrow or Page Down moves through many rows a second: the case is
    // shown once the selection rests, so the table keeps up with the key.
    QTimer m_showWhenRested;
    bool m_keyRepeating = false;
    CaseId m_current = 0;
    CaseId m_keep = 0;
    int m_keepRow = -1;
    int m_keepScroll = 0;
    bool m_restoring = false;
};

} // namespace pakn
