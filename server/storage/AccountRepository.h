#pragma once

// Staff accounts: login, password hash, role, unit. The hash never leaves
// this layer except to the password check.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <QVariant>
#include <optional>

namespace pakn::server {

struct StoredAccount
{
    Account account;
    QString passwordHash;
    bool disabled = false;
    bool mustChangePassword = false; // its password was generated: only a change is allowed
};

class AccountRepository : public Repository
{
public:
    using Repository::Repository;

    std::optional<StoredAccount> findByLogin(const QString &login);
    std::optional<StoredAccount> find(UserId id);
    // Enabled accounts, of the given units or of all units when `units` is null.
    QList<Account> list(const QList<UnitId> *units);
    bool insert(StoredAccount &stored); // sets stored.account.id

    // For administration.
    QList<StoredAccount> listAll(); // disabled ones too, ordered by id
    bool setDisabled(UserId id, bool disabled);
    bool setPasswordHash(UserId id, const QString &hash, bool mustChange);
    bool setRole(UserId id, Role role, UnitId unit);
    bool moveUnit(UnitId from, UnitId into); // every account of `from`

private:
    std::optional<StoredAccount> findOne(const QString &where, const QVariant &value);
};

} // namespace pakn::server
