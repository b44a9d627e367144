#pragma once

// The "keyboard shortcuts" screen (? or F1): every key the main window
// understands with what it does, read from the window's own actions so the
// list cannot drift from what the keys really do.

#include <QDialog>
#include <QList>

class QAction;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace pakn {

class ShortcutHelpDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutHelpDialog(QList<QAction *> actions, QWidget *parent = nullptr);

    // The rows shown: keys in the platform's notation, then the command.
    QList<QPair<QString, QString>> rows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    static QList<QPair<QString, QString>> placeKeys();
    void retranslateUi();

    QList<QAction *> m_actions;
    QLabel *m_intro;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace pakn
