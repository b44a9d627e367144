#include "TextFolding.h"

namespace pakn {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
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
    return out;
}

} // namespace pakn
