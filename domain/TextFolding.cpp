#include "TextFolding.h"

#include <array>

namespace pakn {

namespace {

bool isMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// Appends one character of the decomposed text as the fold wants it.
void put(QChar c, QString &out, bool &pendingSpace)
{
    if (isMark(c))
        return;
    if (c.isSpace()) {
        pendingSpace = !out.isEmpty();
        return;
    }
    if (pendingSpace) {
        out.append(QLatin1Char(' '));
        pendingSpace = false;
    }
    if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ
        out.append(QLatin1Char('d'));
    else
        out.append(c.toLower());
}

// The definition: the whole text decomposed, then each character put.
QString foldDecomposed(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed)
        put(c, out, pendingSpace);
    return out;
}

// The same, one character at a time from a table: QString::normalized()
// was most of the time a sync spends deriving a case's row. Exact for text
// without surrogates: canonical decomposition works character by character
// and its reordering only moves characters of a nonzero combining class,
// which in the BMP are all marks (dropped); text with surrogates takes
// foldDecomposed(). tst_textfolding compares both over the whole BMP.
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
    if (kept.front().isSpace())
        return kSpace;
    QString out;
    bool pendingSpace = false;
    put(kept.front(), out, pendingSpace);
    return out.front().unicode();
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
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSurrogate())
            return foldDecomposed(text);
        const char16_t folded = table(c.unicode());
        if (folded == kDrop)
            continue;
        if (folded == kSpace) {
            pendingSpace = !out.isEmpty();
        } else if (folded == kOwnWay) {
            for (const QChar d : QString(c).normalized(QString::NormalizationForm_D))
                put(d, out, pendingSpace);
        } else {
            if (pendingSpace) {
                out.append(QLatin1Char(' '));
                pendingSpace = false;
            }
            out.append(QChar(folded));
        }
    }
    return out;
}

QString foldForSearchByDecomposing(const QString &text)
{
    return foldDecomposed(text);
}

} // namespace pakn
