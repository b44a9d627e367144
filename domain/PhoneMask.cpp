#include "domain/PhoneMask.h"

namespace pakn {

QString maskedPhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    QString digits;
    for (QChar ch : phone)
        if (ch.isDigit() || ch == QLatin1Char('*'))
            digits += ch;
    constexpr qsizetype shown = 3;
    if (digits.size() < 8)
        return QString(std::max(digits.size(), shown), QLatin1Char('*'));
    return QString(digits.size() - shown, QLatin1Char('*')) + QLatin1Char(' ') +
           digits.right(shown);
}

} // namespace pakn
