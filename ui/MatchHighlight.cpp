#include "MatchHighlight.h"

#include "domain/TextFolding.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>

namespace pakn {

QList<TextRange> foldedMatches(const QString &text, const QString &search)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = foldForSearch(search).split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // Fold character by character, remembering which character of `text`
    // each folded character came from (combining marks fold to nothing).
    QString folded;
    QList<int> origin;
    for (int i = 0; i < text.size(); ++i) {
        const QString f =
            text.at(i).isSpace() ? QStringLiteral(" ") : foldForSearch(text.mid(i, 1));
        for (const QChar c : f) {
            folded.append(c);
            origin.append(i);
        }
    }
    QList<bool> marked(text.size(), false);
    for (const QString &word : words) {
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            if (at > 0 && folded.at(at - 1).isLetterOrNumber())
                continue; // inside a word: the search matches word prefixes only
            int end = origin.at(at + word.size() - 1) + 1;
            while (end < text.size() && text.at(end).category() == QChar::Mark_NonSpacing)
                ++end; // the marks of the last matched letter belong to it
            for (int i = origin.at(at); i < end; ++i)
                marked[i] = true;
        }
    }
    QList<TextRange> out;
    for (int i = 0; i < marked.size(); ++i) {
        if (!marked.at(i))
            continue;
        if (!out.isEmpty() && out.last().start + out.last().length == i)
            ++out.last().length;
        else
            out.append({i, 1});
    }
    return out;
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<TextRange> ranges = foldedMatches(opt.text, m_search);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The style draws background, selection, focus and icon; the text is
    // drawn here in runs, with a highlight behind the matched ones.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(3, 0, -3, 0); // the style's text margin
    const QFontMetrics fm(opt.font);
    const QString shown = fm.elidedText(text, Qt::ElideRight, rect.width());
    const bool elided = shown != text;
    const int visible = elided ? int(shown.size()) - 1 : int(text.size()); // before the "…"
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setFont(opt.font);
    painter->setClipRect(rect);
    int x = rect.left();
    int pos = 0;
    const auto run = [&](int from, int to, bool match) {
        if (from >= to)
            return;
        const QString part = text.mid(from, to - from);
        const int width = fm.horizontalAdvance(part);
        const QRect box(x, rect.top() + (rect.height() - fm.height()) / 2, width, fm.height());
        if (match) {
            painter->fillRect(box, QColor(0xff, 0xe0, 0x82)); // a marker pen's yellow
            painter->setPen(QColor(0x20, 0x20, 0x20));
        } else {
            painter->setPen(ink);
        }
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, part);
        x += width;
    };
    for (const TextRange &r : ranges) {
        run(pos, qMin(r.start, visible), false);
        run(qMin(r.start, visible), qMin(r.start + r.length, visible), true);
        pos = qMin(r.start + r.length, visible);
    }
    run(pos, visible, false);
    if (elided) {
        painter->setPen(ink);
        painter->drawText(QRect(x, rect.top(), rect.right() - x + 1, rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
    }
    painter->restore();
}

} // namespace pakn
