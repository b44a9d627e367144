#include "ReplyTextEdit.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace pakn {

namespace {
constexpr auto kMarkdown = QTextDocument::MarkdownDialectCommonMark;

QAction *formatAction(QWidget *owner, const QKeySequence &key)
{
    auto *action = new QAction(owner);
    action->setCheckable(true);
    action->setShortcut(key);
    // Only while typing in the reply: elsewhere Ctrl+B may mean something else.
    action->setShortcutContext(Qt::WidgetShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

ReplyTextEdit::ReplyTextEdit(QWidget *parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("replyText"));
    setAcceptRichText(false); // pasted HTML would bring fonts and colours along
    setTabChangesFocus(true);
    m_bold = formatAction(this, QKeySequence::Bold);
    m_italic = formatAction(this, QKeySequence::Italic);
    m_bullets = formatAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_numbers = formatAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    connect(m_bold, &QAction::triggered, this,
            [this](bool on) { setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(m_italic, &QAction::triggered, this, [this](bool on) { setFontItalic(on); });
    connect(m_bullets, &QAction::triggered, this,
            [this] { toggleList(QTextListFormat::ListDisc); });
    connect(m_numbers, &QAction::triggered, this,
            [this] { toggleList(QTextListFormat::ListDecimal); });
    connect(this, &QTextEdit::currentCharFormatChanged, this, &ReplyTextEdit::syncActions);
    connect(this, &QTextEdit::cursorPositionChanged, this, &ReplyTextEdit::syncActions);
    retranslateUi();
}

QString ReplyTextEdit::markdown() const
{
    return document()->toMarkdown(kMarkdown).trimmed();
}

void ReplyTextEdit::setMarkdown(const QString &markdown)
{
    document()->setMarkdown(markdown, kMarkdown);
    moveCursor(QTextCursor::End);
}

QString ReplyTextEdit::normalized(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, kMarkdown);
    return doc.toMarkdown(kMarkdown).trimmed();
}

void ReplyTextEdit::insertFromMimeData(const QMimeData *source)
{
    // Plain text only, so the reply keeps to what Markdown and channels carry.
    if (source->hasText())
        textCursor().insertText(source->text());
}

void ReplyTextEdit::toggleList(int style)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // Leaving the list: the chosen paragraphs stay, without bullets or numbers.
        const QTextBlock last = document()->findBlock(cursor.selectionEnd());
        for (QTextBlock b = document()->findBlock(cursor.selectionStart()); b.isValid();
             b = b.next()) {
            if (b.textList() == list)
                leaveList(b);
            if (b == last)
                break;
        }
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(QTextListFormat::Style(style));
        list->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    syncActions();
}

void ReplyTextEdit::leaveList(QTextBlock block)
{
    if (QTextList *list = block.textList())
        list->remove(block);
    QTextCursor at(block);
    QTextBlockFormat format = at.blockFormat();
    format.setIndent(0);
    at.setBlockFormat(format);
}

void ReplyTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                       event->modifiers() == Qt::NoModifier;
    const QTextBlock block = textCursor().block();
    if (enter && block.textList() && block.text().isEmpty() && !isReadOnly()) {
        leaveList(block);
        syncActions();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ReplyTextEdit::insertParagraphs(const QString &text)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.clearSelection();
    if (!cursor.block().text().isEmpty()) {
        // Before the paragraph when the cursor is at its start, else after it.
        // (insertBlock gives its format to the block after the split.)
        if (cursor.atBlockStart()) {
            cursor.insertBlock(cursor.blockFormat(), cursor.charFormat());
            cursor.movePosition(QTextCursor::PreviousBlock);
        } else {
            cursor.movePosition(QTextCursor::EndOfBlock);
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        }
    }
    leaveList(cursor.block());
    cursor.setCharFormat(QTextCharFormat());
    // One block per paragraph: a blank line between paragraphs would become an
    // empty block, shown as a double gap and dropped from the Markdown anyway.
    static const QRegularExpression blankLines(QStringLiteral("\n\\s*\n"));
    cursor.insertText(QString(text).replace(blankLines, QStringLiteral("\n")), QTextCharFormat());
    cursor.endEditBlock();
    setTextCursor(cursor);
    syncActions();
}

void ReplyTextEdit::syncActions()
{
    const QTextCharFormat format = currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = textCursor().currentList();
    const int style = list ? list->format().style() : 0;
    m_bullets->setChecked(style == QTextListFormat::ListDisc);
    m_numbers->setChecked(style == QTextListFormat::ListDecimal);
}

void ReplyTextEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTextEdit::changeEvent(event);
}

void ReplyTextEdit::retranslateUi()
{
    m_bold->setText(tr("Bold"));
    m_bold->setToolTip(tr("Bold (Ctrl+B)"));
    m_italic->setText(tr("Italic"));
    m_italic->setToolTip(tr("Italic (Ctrl+I)"));
    m_bullets->setText(tr("Bulleted list"));
    m_bullets->setToolTip(tr("Bulleted list (Ctrl+Shift+8)"));
    m_numbers->setText(tr("Numbered list"));
    m_numbers->setToolTip(tr("Numbered list (Ctrl+Shift+7)"));
}

} // namespace pakn
