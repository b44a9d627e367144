#include "FixtureSeeder.h"

#include "FiguresFixture.h"
#include "security/PasswordHasher.h"
#include "storage/AccountRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"
#include "storage/TransactionGuard.h"
#include "storage/UnitRepository.h"

namespace pakn::server {

namespace {

using pakn::fixture::FiguresFixture;

bool sameId(qint64 stored, qint64 fixture, const char *what, QString *error)
{
    if (stored == fixture)
        return true;
    *error = QStringLiteral("the %1 %2 of the fixture was stored as %3; seed a fresh database")
                 .arg(QLatin1String(what))
                 .arg(fixture)
                 .arg(stored);
    return false;
}

bool seedStaff(QSqlDatabase db, const FiguresFixture &fixture, QString *error)
{
    UnitRepository units(db);
    for (Unit u : fixture.units) {
        const UnitId wanted = u.id;
        if (!units.insert(u)) {
            *error = units.lastError();
            return false;
        }
        if (!sameId(u.id, wanted, "unit", error))
            return false;
    }
    // One (slow, salted) hash serves every account: they share the password.
    const QString hash = PasswordHasher().hash(fixture.password);
    AccountRepository accounts(db);
    for (const auto &a : fixture.accounts) {
        StoredAccount stored{a.account, hash, false};
        if (!accounts.insert(stored)) {
            *error = accounts.lastError();
            return false;
        }
        if (!sameId(stored.account.id, a.account.id, "account", error))
            return false;
    }
    return true;
}

} // namespace

bool FixtureSeeder::seedFile(const QString &path, QString *error)
{
    Database database;
    return database.open(path, error) && seed(database.connection(), error);
}

bool FixtureSeeder::seed(QSqlDatabase db, QString *error)
{
    const FiguresFixture fixture = FiguresFixture::make();
    // Its own transaction, before the rest's.
    ReferenceRepository reference(db);
    if (!reference.seedIfEmpty(fixture.reference)) {
        *error = reference.lastError();
        return false;
    }
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    if (!seedStaff(db, fixture, error))
        return false;
    CaseRepository cases(db);
    ChangeFeed feed(db, cases);
    for (Case c : fixture.cases) {
        const CaseId wanted = c.id;
        const auto seq = feed.take();
        if (!seq || !cases.insert(c, *seq)) {
            *error = seq ? cases.lastError() : feed.lastError();
            return false;
        }
        if (!sameId(c.id, wanted, "case", error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace pakn::server
