#pragma once

// A word-level difference between two versions of a reply, for the approver:
// the longest common subsequence of words and the whitespace between them,
// so a changed word shows as one removal and one insertion.
// A reply is a few hundred words; the table is bounded (kMaxCells) and past
// it the versions show as wholly replaced rather than using unbounded memory.

#include <QList>
#include <QString>

namespace pakn {

struct DiffPart
{
    enum Kind
    {
        Same,
        Removed,
        Added
    };
    Kind kind = Same;
    QString text;
    friend bool operator==(const DiffPart &, const DiffPart &) = default;
};

class WordDiff
{
public:
    static constexpr qsizetype kMaxCells = 4'000'000;

    // Adjacent parts of one kind are merged; removals come before insertions.
    static QList<DiffPart> compare(const QString &before, const QString &after);
    // The parts as HTML: removals struck through in red, insertions underlined in green.
    static QString toHtml(const QList<DiffPart> &parts);
    // Words and the whitespace between them: "Đã", " ", "kiểm", …
    static QStringList words(const QString &text);
};

} // namespace pakn
