#pragma once

// The reply's text box: bold, italic, bulleted and numbered lists, nothing
// else (what a citizen's channel can carry). The text travels and is stored
// as Markdown, so a channel that only sends plain text can still read it;
// the formatting actions are exposed for the editor's toolbar.

#include <QTextBlock>
#include <QTextEdit>

class QAction;

namespace pakn {

class ReplyTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit ReplyTextEdit(QWidget *parent = nullptr);

    QString markdown() const;
    void setMarkdown(const QString &markdown);
    // `markdown` as this editor would write it back (for "has it changed?").
    static QString normalized(const QString &markdown);

    // Inserts `text` at the cursor as paragraphs of their own, plain (outside
    // any list, not bold): a template dropped into a list item would
    // otherwise turn each of its paragraphs into a bullet.
    void insertParagraphs(const QString &text);

    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *bulletAction() const { return m_bullets; }
    QAction *numberAction() const { return m_numbers; }

protected:
    void changeEvent(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    // Enter on an empty list item ends the list, as in word processors.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void toggleList(int style);
    static void leaveList(QTextBlock block);
    void syncActions();

    QAction *m_bold;
    QAction *m_italic;
    QAction *m_bullets;
    QAction *m_numbers;
};

} // namespace pakn
