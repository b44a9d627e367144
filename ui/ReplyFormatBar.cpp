#include "ReplyFormatBar.h"

#include "ReplyTextEdit.h"

#include <QAction>

namespace pakn {

ReplyFormatBar::ReplyFormatBar(ReplyTextEdit *edit, QWidget *parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("replyFormatBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    addGlyph(edit->boldAction(), QStringLiteral("B"), true, false);
    addGlyph(edit->italicAction(), QStringLiteral("I"), false, true);
    addSeparator();
    addGlyph(edit->bulletAction(), QStringLiteral("•"), false, false);
    addGlyph(edit->numberAction(), QStringLiteral("1."), false, false);
}

void ReplyFormatBar::addGlyph(QAction *action, const QString &glyph, bool strong, bool italic)
{
    action->setIconText(glyph);
    addAction(action);
    QWidget *button = widgetForAction(action);
    QFont font = button->font();
    font.setBold(strong);
    font.setItalic(italic);
    button->setFont(font);
    button->setMinimumWidth(button->fontMetrics().height() * 2);
    button->setAccessibleName(action->text());
    // The editor retranslates the actions; the buttons' names follow.
    connect(action, &QAction::changed, button,
            [button, action] { button->setAccessibleName(action->text()); });
}

} // namespace pakn
