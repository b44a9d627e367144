#pragma once

// What one administration command produced: a one-line summary for people
// (the CLI prints it, the API puts it in error messages), the kind of failure
// so each front end maps it to its own exit code or HTTP status, and the
// changed unit or account. Never carries a password except the one that was
// just generated for the administrator to hand over.

#include "storage/AccountRepository.h"
#include "storage/UnitRepository.h"

#include <optional>

namespace pakn::server {

// Who administers: an admin account over the API, or the console (id 0).
struct AdminActor
{
    UserId id = 0;
    QString name = QStringLiteral("pakn-server admin");
    QString client = QStringLiteral("pakn-server admin");
};

struct AdminOutcome
{
    enum class Error
    {
        None,
        Invalid,  // bad input: an empty name, an unknown role, a cycle
        NotFound, // no such unit, login, field, template or calendar day
        Conflict, // the login exists, the unit is merged already
        Storage,  // the database failed; details are in the log
    };

    Error error = Error::None;
    QString message;
    std::optional<StoredUnit> unit;
    std::optional<StoredAccount> account;
    QString generatedPassword; // set when the server made up a password
    qsizetype movedCases = 0;
    qint64 referenceRevision = 0; // the reference data's revision after a change
    qint64 createdId = 0;         // a reply template just added

    bool ok() const { return error == Error::None; }

    static AdminOutcome done(const QString &message) { return {Error::None, message}; }
    static AdminOutcome fail(Error error, const QString &message) { return {error, message}; }
    static AdminOutcome storage()
    {
        return {Error::Storage, QStringLiteral("the database failed; see the server log")};
    }
};

} // namespace pakn::server
