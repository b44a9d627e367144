#pragma once

// Shows where the search matched in the title column: the words of the
// search, folded as the cache folds them (no marks, đ→d, any case, composed
// or decomposed), are found as word prefixes in the displayed text and
// painted over a highlight. "duong" marks "Đường".

#include <QList>
#include <QStyledItemDelegate>

namespace pakn {

struct TextRange
{
    int start = 0;
    int length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// The ranges of `text` (in its own characters) that the search words match
// as word prefixes, in order and merged where they overlap.
QList<TextRange> foldedMatches(const QString &text, const QString &search);

class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setSearch(const QString &search) { m_search = search; }
    const QString &search() const { return m_search; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QString m_search;
};

} // namespace pakn
