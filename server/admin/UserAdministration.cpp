#include "admin/UserAdministration.h"

#include "admin/AdminLogging.h"
#include "security/PasswordPolicy.h"
#include "storage/TransactionGuard.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace pakn::server {

namespace {
using Error = AdminOutcome::Error;
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype generatedLength = 16;

bool validLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(login).hasMatch();
}
} // namespace

UserAdministration::UserAdministration(UserAdminStores stores, const PasswordHasher &hasher)
    : m_stores(stores), m_hasher(hasher)
{}

QString UserAdministration::generatePassword()
{
    // No look-alike characters (0/O, 1/l/I): it is read aloud or typed from paper.
    static const QString alphabet =
        QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    password.reserve(generatedLength);
    for (qsizetype i = 0; i < generatedLength; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

QList<StoredAccount> UserAdministration::list(bool *ok)
{
    QList<StoredAccount> accounts = m_stores.accounts.listAll();
    *ok = !m_stores.accounts.failed();
    return accounts;
}

std::optional<StoredAccount> UserAdministration::existing(const QString &login,
                                                          AdminOutcome *outcome)
{
    auto found = m_stores.accounts.findByLogin(login);
    if (!found)
        *outcome =
            m_stores.accounts.failed()
                ? AdminOutcome::storage()
                : AdminOutcome::fail(Error::NotFound,
                                     QStringLiteral("there is no user \"%1\"").arg(login.left(64)));
    return found;
}

std::optional<Role> UserAdministration::validRole(const QString &code, AdminOutcome *outcome)
{
    const auto role = roleFromCode(code);
    if (!role) {
        QStringList codes;
        for (Role r : allRoles())
            codes.append(toCode(r));
        *outcome = AdminOutcome::fail(Error::Invalid,
                                      QStringLiteral("unknown role \"%1\"; use one of: %2")
                                          .arg(code.left(40), codes.join(QStringLiteral(", "))));
    }
    return role;
}

bool UserAdministration::validUnit(UnitId id, AdminOutcome *outcome)
{
    if (m_stores.units.find(id))
        return true;
    *outcome = m_stores.units.failed()
                   ? AdminOutcome::storage()
                   : AdminOutcome::fail(Error::NotFound,
                                        QStringLiteral("there is no active unit %1").arg(id));
    return false;
}

bool UserAdministration::validPassword(const QString &password, const QString &login,
                                       AdminOutcome *outcome)
{
    const auto problem = PasswordPolicy::problem(password, login);
    if (problem)
        *outcome = AdminOutcome::fail(Error::Invalid, problem->message);
    return !problem;
}

AdminOutcome UserAdministration::create(const QString &login, const QString &displayName,
                                        const QString &role, UnitId unit, const QString &password,
                                        const AdminActor &actor)
{
    AdminOutcome outcome;
    if (!validLogin(login))
        return AdminOutcome::fail(Error::Invalid,
                                  QStringLiteral("a login is 1 to 64 characters of a-z, 0-9, "
                                                 "'.', '_', '-', starting with a letter or digit"));
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > maxNameLength)
        return AdminOutcome::fail(
            Error::Invalid,
            QStringLiteral("a display name needs 1 to %1 characters").arg(maxNameLength));
    const auto parsedRole = validRole(role, &outcome);
    if (!parsedRole || !validUnit(unit, &outcome))
        return outcome;
    const QString secret = password.isEmpty() ? generatePassword() : password;
    if (!validPassword(secret, login, &outcome))
        return outcome;
    TransactionGuard transaction(m_stores.accounts.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    if (m_stores.accounts.findByLogin(login))
        return AdminOutcome::fail(Error::Conflict,
                                  QStringLiteral("the login \"%1\" is taken").arg(login));
    if (m_stores.accounts.failed())
        return AdminOutcome::storage();
    StoredAccount stored{
        {0, login, name, *parsedRole, unit}, m_hasher.hash(secret), false, password.isEmpty()};
    outcome = AdminOutcome::done(QStringLiteral("created user %1 (%2, %3, unit %4)")
                                     .arg(login, name, toCode(*parsedRole))
                                     .arg(unit));
    if (!m_stores.accounts.insert(stored) ||
        !m_stores.history.record(actor, QStringLiteral("user.create"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    qCInfo(lcAdmin) << "user created:" << login;
    outcome.account = stored;
    if (password.isEmpty())
        outcome.generatedPassword = secret;
    return outcome;
}

AdminOutcome UserAdministration::setDisabled(const QString &login, bool disabled,
                                             const AdminActor &actor)
{
    AdminOutcome outcome;
    TransactionGuard transaction(m_stores.accounts.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    auto stored = existing(login, &outcome);
    if (!stored)
        return outcome;
    // An administrator locking themselves out over the API cannot undo it there.
    if (disabled && actor.id != 0 && stored->account.id == actor.id)
        return AdminOutcome::fail(Error::Conflict,
                                  QStringLiteral("you cannot disable your own account"));
    outcome = AdminOutcome::done(disabled ? QStringLiteral("disabled user %1; its sessions "
                                                           "are ended")
                                                .arg(login)
                                          : QStringLiteral("enabled user %1").arg(login));
    if (!m_stores.accounts.setDisabled(stored->account.id, disabled) ||
        (disabled && !m_stores.sessions.removeForAccount(stored->account.id)) ||
        !m_stores.history.record(
            actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
            outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    stored->disabled = disabled;
    qCInfo(lcAdmin) << "user" << login << (disabled ? "disabled" : "enabled");
    outcome.account = stored;
    return outcome;
}

AdminOutcome UserAdministration::resetPassword(const QString &login, const QString &password,
                                               const AdminActor &actor)
{
    AdminOutcome outcome;
    const QString secret = password.isEmpty() ? generatePassword() : password;
    if (!validPassword(secret, login, &outcome))
        return outcome;
    TransactionGuard transaction(m_stores.accounts.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    auto stored = existing(login, &outcome);
    if (!stored)
        return outcome;
    outcome = AdminOutcome::done(
        QStringLiteral("reset the password of %1; its sessions are ended").arg(login));
    if (!m_stores.accounts.setPasswordHash(stored->account.id, m_hasher.hash(secret),
                                           password.isEmpty()) ||
        !m_stores.sessions.removeForAccount(stored->account.id) ||
        !m_stores.history.record(actor, QStringLiteral("user.password_reset"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    qCInfo(lcAdmin) << "password reset for" << login;
    outcome.account = stored;
    if (password.isEmpty())
        outcome.generatedPassword = secret;
    return outcome;
}

AdminOutcome UserAdministration::setRole(const QString &login, const QString &role, UnitId unit,
                                         const AdminActor &actor)
{
    AdminOutcome outcome;
    const auto parsedRole = validRole(role, &outcome);
    if (!parsedRole)
        return outcome;
    TransactionGuard transaction(m_stores.accounts.database());
    if (!transaction.isActive())
        return AdminOutcome::storage();
    auto stored = existing(login, &outcome);
    if (!stored)
        return outcome;
    const UnitId target = unit != 0 ? unit : stored->account.unitId;
    if (!validUnit(target, &outcome))
        return outcome;
    outcome = AdminOutcome::done(
        QStringLiteral("user %1 is now %2 of unit %3").arg(login, toCode(*parsedRole)).arg(target));
    if (!m_stores.accounts.setRole(stored->account.id, *parsedRole, target) ||
        !m_stores.history.record(actor, QStringLiteral("user.role"), outcome.message) ||
        !transaction.commit())
        return AdminOutcome::storage();
    stored->account.role = *parsedRole;
    stored->account.unitId = target;
    qCInfo(lcAdmin) << "user" << login << "now" << role << "of unit" << target;
    outcome.account = stored;
    return outcome;
}

} // namespace pakn::server
