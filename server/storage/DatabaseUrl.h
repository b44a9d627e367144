#pragma once

// Where a PostgreSQL database is: postgresql://user[:password]@host[:port]/dbname,
// as given to --database. redacted() is the form for logs and messages: it
// never carries the password.

#include <QString>
#include <optional>

namespace pakn::server {

struct DatabaseUrl
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name; // the database

    // True for text that means PostgreSQL (postgresql:// or postgres://), valid or not.
    static bool isPostgres(const QString &text);
    // Nullopt with a message (free of the password) when the text is not a usable URL.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);

    QString redacted() const;
};

} // namespace pakn::server
