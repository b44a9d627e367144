#include "ShortcutHelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pakn {

namespace {
QString plainText(QString text)
{
    // Menu texts carry mnemonics ("&Reply") and sometimes an ellipsis.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

ShortcutHelpDialog::ShortcutHelpDialog(QList<QAction *> actions, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("shortcutHelp"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(920, 640);
    retranslateUi();
}

QList<QPair<QString, QString>> ShortcutHelpDialog::rows() const
{
    QList<QPair<QString, QString>> out;
    // Keys the table itself handles, without an action of their own.
    out.append({tr("↑ / ↓"), tr("Previous / next case")});
    out.append({tr("Enter"), tr("Open the selected case")});
    out.append({tr("Esc"), tr("Clear the search (in the search box)")});
    out.append({tr("Ctrl+Return"), tr("Submit the reply, or approve it (in the reply editor)")});
    out.append({tr("Tab / Shift+Tab"), tr("Move between the queues, search, table, case and "
                                          "reply")});
    for (const QAction *a : m_actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            out.append({keys.join(tr(" or ")), plainText(a->text())});
    }
    out += placeKeys();
    return out;
}

QList<QPair<QString, QString>> ShortcutHelpDialog::placeKeys()
{
    // Keys of one part of the window (the reply, the saved queues, the
    // attachments and their viewer): their actions live in those parts.
    const auto key = [](const QKeySequence &k) { return k.toString(QKeySequence::NativeText); };
    const QString ctrlReturn = key(QKeySequence(Qt::CTRL | Qt::Key_Return));
    return {
        {key(QKeySequence::Save), tr("Save the reply draft (in the reply editor); save a copy of "
                                     "the chosen attachment (in the attachments or the viewer)")},
        {key(QKeySequence::Bold), tr("Bold (in the reply text)")},
        {key(QKeySequence::Italic), tr("Italic (in the reply text)")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)),
         tr("Bulleted list (in the reply text)")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7)),
         tr("Numbered list (in the reply text)")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)), tr("Attach evidence to the reply")},
        {ctrlReturn, tr("Confirm a dialog that has a text box (Enter starts a new line there)")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)), tr("Choose the table's columns (in "
                                                                 "the case table)")},
        {key(QKeySequence(Qt::Key_F2)), tr("Rename the saved queue (in the queue list)")},
        {key(QKeySequence(Qt::Key_Delete)),
         tr("Delete the saved queue (in the queue list); "
            "withdraw the chosen evidence (in the attachments)")},
        {tr("← / →, Enter"), tr("Choose an attachment, open it (in the attachments)")},
        {tr("Menu key"), tr("More commands for the chosen attachment or saved queue")},
        {tr("← / → or Page Up / Page Down"), tr("Previous / next attachment (in the viewer)")},
        {tr("+ / −"), tr("Zoom in / out (in the viewer)")},
        {tr("0"), tr("Actual size (in the viewer)")},
        {tr("F"), tr("Fit to the window (in the viewer)")},
        {tr("Esc"), tr("Close the viewer or a dialog")},
    };
}

void ShortcutHelpDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("PAKN Desk can be used entirely from the keyboard. Letter keys work "
                        "when no text field has the focus."));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Command")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    const auto list = rows();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(list[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(list[r].second));
    }
}

void ShortcutHelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pakn
