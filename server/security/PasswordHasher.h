#pragma once

// Password hashes as "pbkdf2-sha256$ITERATIONS$SALT_B64$HASH_B64":
// PBKDF2-HMAC-SHA256 (OpenSSL), a random 16-byte salt per hash, compared in
// constant time. The iteration count is stored, so it can rise later.

#include <QString>

namespace pakn::server {

class PasswordHasher
{
public:
    static constexpr int defaultIterations = 120000;
    static constexpr int minimumIterations = 100000;

    explicit PasswordHasher(int iterations = defaultIterations);

    QString hash(const QString &password) const;
    bool verify(const QString &password, const QString &stored) const;
    // Costs as much as verify(); used for unknown logins so that the answer
    // time does not tell which logins exist.
    void spendVerifyTime(const QString &password) const;

private:
    int m_iterations;
};

} // namespace pakn::server
