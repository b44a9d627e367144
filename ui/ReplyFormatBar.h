#pragma once

// The reply's formatting buttons (bold, italic, bulleted and numbered list)
// as short glyphs, so the bar fits the narrow reply pane in every language;
// the full names are the tooltips and accessible names. The actions and
// their shortcuts belong to the ReplyTextEdit.

#include <QToolBar>

namespace pakn {

class ReplyTextEdit;

class ReplyFormatBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ReplyFormatBar(ReplyTextEdit *edit, QWidget *parent = nullptr);

private:
    void addGlyph(QAction *action, const QString &glyph, bool strong, bool italic);
};

} // namespace pakn
