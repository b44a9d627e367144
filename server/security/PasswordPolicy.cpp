#include "security/PasswordPolicy.h"

#include <QStringList>

namespace pakn::server::PasswordPolicy {

namespace {
// The usual first guesses, and their Vietnamese variants ("mật khẩu"); compared lower-case.
const QStringList common = {
    QStringLiteral("12345678"),  QStringLiteral("123456789"),     QStringLiteral("1234567890"),
    QStringLiteral("87654321"),  QStringLiteral("11111111"),      QStringLiteral("00000000"),
    QStringLiteral("88888888"),  QStringLiteral("66666666"),      QStringLiteral("12341234"),
    QStringLiteral("password"),  QStringLiteral("password1"),     QStringLiteral("password123"),
    QStringLiteral("passw0rd"),  QStringLiteral("qwertyui"),      QStringLiteral("qwerty123"),
    QStringLiteral("abc12345"),  QStringLiteral("abcd1234"),      QStringLiteral("iloveyou"),
    QStringLiteral("admin123"),  QStringLiteral("administrator"), QStringLiteral("matkhau"),
    QStringLiteral("matkhau1"),  QStringLiteral("matkhau123"),    QStringLiteral("matkhau@123"),
    QStringLiteral("12345678a"), QStringLiteral("a12345678"),     QStringLiteral("pakn1234"),
    QStringLiteral("hanoi123"),  QStringLiteral("vietnam123"),    QStringLiteral("123456aa"),
};
} // namespace

std::optional<Refusal> problem(const QString &password, const QString &login)
{
    if (password.size() < minLength)
        return Refusal{QStringLiteral("too_short"),
                       QStringLiteral("a password needs at least %1 characters").arg(minLength)};
    const QString lower = password.toLower();
    const QString name = login.trimmed().toLower();
    if (!name.isEmpty() && lower.contains(name))
        return Refusal{QStringLiteral("contains_login"),
                       QStringLiteral("a password must not contain the login")};
    if (common.contains(lower))
        return Refusal{QStringLiteral("too_common"),
                       QStringLiteral("this password is too common: choose another one")};
    return std::nullopt;
}

} // namespace pakn::server::PasswordPolicy
