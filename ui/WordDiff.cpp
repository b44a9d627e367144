#include "WordDiff.h"

#include <QRegularExpression>
#include <vector>

namespace pakn {

namespace {
bool isSpace(const QString &token)
{
    return !token.isEmpty() && token.front().isSpace();
}

// Any whitespace matches any whitespace, so re-wrapped lines are unchanged.
bool sameWord(const QString &a, const QString &b)
{
    return a == b || (isSpace(a) && isSpace(b));
}

// Merges token-sized parts into readable runs: within a stretch of changes,
// all removed text first, then all added text, and the spaces between the
// changed words belong to both (else "sửa xong" → "thay mới xong" would read
// as -sửa +thay, " ", +mới).
QList<DiffPart> merged(const QList<DiffPart> &tokens)
{
    QList<DiffPart> out;
    QString removed;
    QString added;
    const auto flush = [&] {
        if (!removed.isEmpty())
            out.append({DiffPart::Removed, removed});
        if (!added.isEmpty())
            out.append({DiffPart::Added, added});
        removed.clear();
        added.clear();
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const DiffPart &t = tokens.at(i);
        const bool between = t.kind == DiffPart::Same && isSpace(t.text) && i > 0 &&
                             i + 1 < tokens.size() && tokens.at(i - 1).kind != DiffPart::Same &&
                             tokens.at(i + 1).kind != DiffPart::Same;
        if (between) {
            removed += t.text;
            added += t.text;
        } else if (t.kind == DiffPart::Removed) {
            removed += t.text;
        } else if (t.kind == DiffPart::Added) {
            added += t.text;
        } else {
            flush();
            if (!out.isEmpty() && out.last().kind == DiffPart::Same)
                out.last().text += t.text;
            else
                out.append(t);
        }
    }
    flush();
    return out;
}
} // namespace

QStringList WordDiff::words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\S+|\\s+"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

QList<DiffPart> WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    // Common head and tail cost nothing and shrink the table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && sameWord(a[head], b[head]))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           sameWord(a[a.size() - 1 - tail], b[b.size() - 1 - tail]))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    QList<DiffPart> parts;
    const auto append = [&parts](DiffPart::Kind kind, const QString &text) {
        parts.append({kind, text});
    };
    for (qsizetype i = 0; i < head; ++i)
        append(DiffPart::Same, b[i]);
    if ((n + 1) * (m + 1) > kMaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            append(DiffPart::Removed, a[head + i]);
        for (qsizetype j = 0; j < m; ++j)
            append(DiffPart::Added, b[head + j]);
    } else {
        // lcs[i][j]: the common length of a[i..] and b[j..] (middle parts only).
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = sameWord(a[head + i], b[head + j])
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sameWord(a[head + i], b[head + j])) {
                append(DiffPart::Same, b[head + j]);
                ++i;
                ++j;
            } else if (j == m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                append(DiffPart::Removed, a[head + i++]);
            } else {
                append(DiffPart::Added, b[head + j++]);
            }
        }
    }
    for (qsizetype k = b.size() - tail; k < b.size(); ++k)
        append(DiffPart::Same, b[k]);
    return merged(parts);
}

QString WordDiff::toHtml(const QList<DiffPart> &parts)
{
    QString html;
    for (const DiffPart &p : parts) {
        QString text = p.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (p.kind) {
        case DiffPart::Same:
            html += text;
            break;
        case DiffPart::Removed:
            html += QStringLiteral("<span style=\"color:#b00020; text-decoration:line-through; "
                                   "background:#fde7ea\">") %
                    text % QStringLiteral("</span>");
            break;
        case DiffPart::Added:
            html += QStringLiteral("<span style=\"color:#0b6b2b; text-decoration:underline; "
                                   "background:#e3f5e8\">") %
                    text % QStringLiteral("</span>");
            break;
        }
    }
    return html;
}

} // namespace pakn
