#pragma once

// What a password chosen by a person (or an administrator for them) must be:
// long enough, not the login, and not one of the few passwords every attacker
// tries first. Generated passwords pass by construction.

#include <QString>
#include <optional>

namespace pakn::server::PasswordPolicy {

constexpr qsizetype minLength = 8;

// Why `password` is refused for the account `login`, in English for the API's
// message; nullopt when it is acceptable.
std::optional<QString> problem(const QString &password, const QString &login);

} // namespace pakn::server::PasswordPolicy
