#include "storage/AccountRepository.h"

#include <QSqlError>

namespace pakn::server {

namespace {
const QString columns =
    QStringLiteral("SELECT id, login, display_name, role, unit_id, password_hash, disabled, "
                   "must_change_password FROM accounts ");

StoredAccount readAccount(const QSqlQuery &q)
{
    StoredAccount s;
    s.account.id = q.value(0).toLongLong();
    s.account.login = q.value(1).toString();
    s.account.displayName = q.value(2).toString();
    s.account.role = roleFromCode(q.value(3).toString()).value_or(Role::Officer);
    s.account.unitId = q.value(4).toLongLong();
    s.passwordHash = q.value(5).toString();
    s.disabled = q.value(6).toInt() != 0;
    s.mustChangePassword = q.value(7).toInt() != 0;
    return s;
}
} // namespace

std::optional<StoredAccount> AccountRepository::findByLogin(const QString &login)
{
    return findOne(QStringLiteral("WHERE login = ?"), login);
}

std::optional<StoredAccount> AccountRepository::find(UserId id)
{
    return findOne(QStringLiteral("WHERE id = ?"), id);
}

std::optional<StoredAccount> AccountRepository::findOne(const QString &where, const QVariant &value)
{
    clearError();
    QSqlQuery *q = statement(columns + where);
    if (!q)
        return std::nullopt;
    q->bindValue(0, value);
    if (!exec(*q))
        return std::nullopt;
    std::optional<StoredAccount> found;
    if (q->next())
        found = readAccount(*q);
    q->finish();
    return found;
}

QList<Account> AccountRepository::list(const QList<UnitId> *units)
{
    clearError();
    QList<Account> out;
    if (units && units->isEmpty())
        return out;
    QString sql = columns + QStringLiteral("WHERE disabled = 0");
    if (units)
        sql += QStringLiteral(" AND unit_id IN (") + placeholders(units->size()) + QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(q.lastError().text());
        return out;
    }
    if (units)
        for (qsizetype i = 0; i < units->size(); ++i)
            q.bindValue(int(i), units->at(i));
    if (!exec(q))
        return out;
    while (q.next())
        out.append(readAccount(q).account);
    return out;
}

bool AccountRepository::insert(StoredAccount &stored)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO accounts (login, password_hash, role, unit_id, display_name, disabled, "
        "must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q)
        return false;
    const Account &a = stored.account;
    q->bindValue(0, a.login);
    q->bindValue(1, stored.passwordHash);
    q->bindValue(2, toCode(a.role));
    q->bindValue(3, a.unitId);
    q->bindValue(4, a.displayName);
    q->bindValue(5, stored.disabled ? 1 : 0);
    q->bindValue(6, stored.mustChangePassword ? 1 : 0);
    const auto id = execReturningId(*q);
    if (!id)
        return false;
    stored.account.id = *id;
    return true;
}

QList<StoredAccount> AccountRepository::listAll()
{
    clearError();
    QList<StoredAccount> out;
    QSqlQuery *q = statement(columns + QStringLiteral("ORDER BY id"));
    if (!q || !exec(*q))
        return out;
    while (q->next())
        out.append(readAccount(*q));
    q->finish();
    return out;
}

bool AccountRepository::setDisabled(UserId id, bool disabled)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, disabled ? 1 : 0);
    q->bindValue(1, id);
    return exec(*q);
}

bool AccountRepository::setPasswordHash(UserId id, const QString &hash, bool mustChange)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "UPDATE accounts SET password_hash = ?, must_change_password = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, hash);
    q->bindValue(1, mustChange ? 1 : 0);
    q->bindValue(2, id);
    return exec(*q);
}

bool AccountRepository::setRole(UserId id, Role role, UnitId unit)
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("UPDATE accounts SET role = ?, unit_id = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, toCode(role));
    q->bindValue(1, unit);
    q->bindValue(2, id);
    return exec(*q);
}

bool AccountRepository::moveUnit(UnitId from, UnitId into)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("UPDATE accounts SET unit_id = ? WHERE unit_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, into);
    q->bindValue(1, from);
    return exec(*q);
}

} // namespace pakn::server
