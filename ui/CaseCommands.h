#pragma once

// The keyboard commands on the selected case (the window's "Case" menu): next
// and previous (J/K), open (O, or Enter on a row), reply (R), assign (A) and
// submit (Ctrl+Enter). They drive the window's widgets as a click would, so
// the rules stay where the widgets keep them.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace pakn {

class ActionBar;
class CaseTableModel;
class CaseTableView;
class ReplyEditor;

class CaseCommands : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        CaseTableView *table;
        CaseTableModel *model;
        QWidget *detail;
        ReplyEditor *reply;
        ActionBar *actionBar;
    };

    // Fills `menu` with the commands (their shortcuts work while the window is active).
    CaseCommands(Parts parts, QMenu *menu, QObject *parent);

    QMenu *menu() const { return m_menu; }
    void retranslate();

Q_SIGNALS:
    // Why a command did nothing, for the status bar.
    void message(const QString &text);

private:
    void moveCase(int delta);
    void openCase();
    void startReply();
    void startAssign();
    void submitReply();

    Parts m_parts;
    QMenu *m_menu;
    QAction *m_nextCase = nullptr;
    QAction *m_previousCase = nullptr;
    QAction *m_openCase = nullptr;
    QAction *m_startReply = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_submit = nullptr;
};

} // namespace pakn
