#pragma once

// The database of one test server. A server test registered twice (tests/server/
// CMakeLists.txt, pakn_add_server_test) runs its "_pg" copy with
// PAKN_TEST_BACKEND=postgresql: then this creates a fresh database in the
// cluster PAKN_TEST_POSTGRES names (scripts/run-tests.sh starts one) and drops
// it on destruction. Otherwise url() is empty and the server uses SQLite in
// its data directory, as in production without --database.

#include <QString>

class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    static bool onPostgres(); // this test run is the PostgreSQL copy

    QString url() const { return m_url; } // postgresql://…; empty on SQLite
    // What Database::open takes: the URL, or else `sqliteFile`.
    QString location(const QString &sqliteFile) const
    {
        return m_url.isEmpty() ? sqliteFile : m_url;
    }
    QString error() const { return m_error; } // why the PostgreSQL database is missing

private:
    bool run(const QString &sql);

    QString m_name;
    QString m_url;
    QString m_error;
};
