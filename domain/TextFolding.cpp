#include "TextFolding.h"

#include <array>
#include <utility>

namespace pakn {

namespace {

bool isMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// A letter as the fold keeps it: đ/Đ → d, others lower case.
QChar foldedLetter(QChar c)
{
    return c == QChar(0x0111) || c == QChar(0x0110) ? QLatin1Char('d') : c.toLower();
}

// The folded text as it grows: a run of white space becomes one space
// between words, none at either end.
class Folded
{
public:
    explicit Folded(qsizetype size) { m_out.reserve(size); }

    void space() { m_pendingSpace = !m_out.isEmpty(); }
    void letter(QChar folded)
    {
        if (std::exchange(m_pendingSpace, false))
            m_out.append(QLatin1Char(' '));
        m_out.append(folded);
    }
    // One character of the decomposed text.
    void put(QChar c)
    {
        if (isMark(c))
            return;
        if (c.isSpace())
            space();
        else
            letter(foldedLetter(c));
    }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
    bool m_pendingSpace = false;
};

// The same, one character at a time from a table: QString::normalized()
// was most of the time a sync spends deriving a case's row. Exact for text
// without surrogates: canonical decomposition works character by character
// and its reordering only moves characters of a nonzero combining class,
// which in the BMP are all marks (dropped); text with surrogates takes
// foldForSearchByDecomposing(). tst_textfolding compares both over the whole BMP.
// Beside the folded character itself: two noncharacters no text folds to.
constexpr char16_t kDrop = 0xFFFE;   // a mark: nothing
constexpr char16_t kOwnWay = 0xFFFF; // several characters once decomposed: put each
constexpr char16_t kSpace = 0x20;    // white space
// ASCII to Latin Extended-B with the combining marks, and Latin Extended
// Additional (Vietnamese's ạ…ỹ).
constexpr char16_t kLatinEnd = 0x0370;
constexpr char16_t kAdditionalStart = 0x1E00;
constexpr char16_t kAdditionalEnd = 0x1F00;

char16_t foldedAlone(char16_t u)
{
    const QString decomposed = QString{QChar(u)}.normalized(QString::NormalizationForm_D);
    QString kept;
    for (const QChar c : decomposed)
        if (!isMark(c))
            kept.append(c);
    if (kept.isEmpty())
        return kDrop;
    if (kept.size() > 1)
        return kOwnWay;
    return kept.front().isSpace() ? kSpace : foldedLetter(kept.front()).unicode();
}

struct FoldTable
{
    std::array<char16_t, kLatinEnd> latin{};
    std::array<char16_t, kAdditionalEnd - kAdditionalStart> additional{};

    FoldTable()
    {
        for (char16_t u = 0; u < kLatinEnd; ++u)
            latin[u] = foldedAlone(u);
        for (char16_t u = kAdditionalStart; u < kAdditionalEnd; ++u)
            additional[u - kAdditionalStart] = foldedAlone(u);
    }

    char16_t operator()(char16_t u) const
    {
        if (u < kLatinEnd)
            return latin[u];
        if (u >= kAdditionalStart && u < kAdditionalEnd)
            return additional[u - kAdditionalStart];
        return kOwnWay;
    }
};

} // namespace

QString foldForSearch(const QString &text)
{
    static const FoldTable table;
    Folded out(text.size());
    for (const QChar c : text) {
        if (c.isSurrogate())
            return foldForSearchByDecomposing(text);
        const char16_t folded = table(c.unicode());
        if (folded == kSpace) {
            out.space();
        } else if (folded == kOwnWay) {
            for (const QChar d : QString(c).normalized(QString::NormalizationForm_D))
                out.put(d);
        } else if (folded != kDrop) {
            out.letter(QChar(folded));
        }
    }
    return out.take();
}

QString foldForSearchByDecomposing(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    Folded out(decomposed.size());
    for (const QChar c : decomposed)
        out.put(c);
    return out.take();
}

} // namespace pakn
