#pragma once

// Writes the shared FiguresFixture (tests/common/FiguresFixture.h) into a
// server database with the server's own repositories: its reference data,
// units, accounts (the fixture's password, hashed), and cases with their
// histories and facts. On a fresh database the stored ids are the fixture's
// own (units 1–5, accounts 1–11, cases 1–16); anything else is refused, so a
// test can use FiguresFixture's ids as they are. Then a pakn-server (in
// process or the binary, with --data or --database) serves the fixture.

#include <QSqlDatabase>
#include <QString>

namespace pakn::server {

class FixtureSeeder
{
public:
    // Into the database at `location`, an SQLite file or a postgresql:// URL
    // (created and migrated if needed; must hold no units).
    static bool seedFile(const QString &location, QString *error);
    // Into an open, migrated, empty database: the reference data, then the rest in one
    // transaction.
    static bool seed(QSqlDatabase db, QString *error);
};

} // namespace pakn::server
