#pragma once

// Staff accounts, shared by `pakn-server admin user …` and the
// /api/v1/admin/users routes. Disabling an account or resetting its password
// deletes its sessions in the same transaction, so its tokens stop working
// at once. Passwords the server makes up are returned once and never logged.
// Every change is in the administration's history (AdminHistory), written in
// the change's transaction.

#include "admin/AdminHistory.h"
#include "security/PasswordHasher.h"
#include "storage/SessionRepository.h"

namespace pakn::server {

struct UserAdminStores
{
    UnitRepository &units;
    AccountRepository &accounts;
    SessionRepository &sessions;
    AdminHistory &history;
};

class UserAdministration
{
public:
    UserAdministration(UserAdminStores stores, const PasswordHasher &hasher);

    QList<StoredAccount> list(bool *ok);
    // An empty `password` makes the server generate one (in generatedPassword).
    AdminOutcome create(const QString &login, const QString &displayName, const QString &role,
                        UnitId unit, const QString &password, const AdminActor &actor);
    AdminOutcome setDisabled(const QString &login, bool disabled, const AdminActor &actor);
    AdminOutcome resetPassword(const QString &login, const QString &password,
                               const AdminActor &actor);
    // `unit` 0 keeps the account's unit.
    AdminOutcome setRole(const QString &login, const QString &role, UnitId unit,
                         const AdminActor &actor);

    static QString generatePassword();

private:
    std::optional<StoredAccount> existing(const QString &login, AdminOutcome *outcome);
    std::optional<Role> validRole(const QString &code, AdminOutcome *outcome);
    bool validUnit(UnitId id, AdminOutcome *outcome);
    static bool validPassword(const QString &password, const QString &login, AdminOutcome *outcome);

    UserAdminStores m_stores;
    const PasswordHasher &m_hasher;
};

} // namespace pakn::server
