#pragma once

// What a password chosen by a person (or an administrator for them) must be:
// long enough, not the login, and not one of the few passwords every attacker
// tries first. Generated passwords pass by construction.

#include <QString>
#include <optional>

namespace pakn::server::PasswordPolicy {

constexpr qsizetype minLength = 8;

// Why a password is refused: a code for programs (the desk words it in the
// user's language) and an English message.
struct Refusal
{
    QString reason; // "too_short", "contains_login", "too_common"
    QString message;
};

// Why `password` is refused for the account `login`; nullopt when it is acceptable.
std::optional<Refusal> problem(const QString &password, const QString &login);

} // namespace pakn::server::PasswordPolicy
